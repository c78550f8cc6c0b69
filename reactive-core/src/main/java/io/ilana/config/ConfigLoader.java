package io.ilana.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the configuration file: {@code ilana.yml}, {@code ilana.yaml} or {@code
 * ilana.json}. String values may refer to environment variables as {@code ${NAME}} or {@code
 * ${NAME:default}}; a {@code .env} file supplies variables the environment lacks. Every problem is
 * a {@link io.ilana.error.ConfigException} whose message reads {@code <source>: <key path>:
 * <problem>}.
 */
public final class ConfigLoader {
  private static final List<String> FILE_NAMES = List.of("ilana.yml", "ilana.yaml", "ilana.json");
  private static final String DOT_ENV = ".env";

  private ConfigLoader() {}

  /**
   * The configuration from the working directory, then the classpath root, with the process
   * environment and the working directory's {@code .env}; the embedded H2 default when there is no
   * file.
   */
  public static IlanaConfig fromDefaultLocations() {
    return fromDirectory(Path.of(""), System.getenv());
  }

  /**
   * The configuration from {@code directory}, then the classpath root; the embedded H2 default when
   * there is no file.
   *
   * @param directory where to look first, and where the {@code .env} file is looked for
   * @param environment the variables that take precedence over {@code .env}
   */
  public static IlanaConfig fromDirectory(Path directory, Map<String, String> environment) {
    for (String name : FILE_NAMES) {
      Path file = directory.resolve(name);
      if (Files.isRegularFile(file)) {
        return from(file, environment);
      }
    }
    for (String name : FILE_NAMES) {
      String text = classpathResource(name);
      if (text != null) {
        return parse(
            text,
            "classpath:" + name,
            isJson(name),
            withDotEnv(environment, directory.resolve(DOT_ENV)));
      }
    }
    return IlanaConfig.embedded();
  }

  /**
   * The configuration in {@code file}, with the process environment and the {@code .env} file
   * beside it.
   */
  public static IlanaConfig fromFile(Path file) {
    return from(file, System.getenv());
  }

  /**
   * The configuration in {@code file}, with the {@code .env} file beside it.
   *
   * @param file a {@code .yml}, {@code .yaml} or {@code .json} file
   * @param environment the variables that take precedence over {@code .env}, in place of the
   *     process environment
   */
  public static IlanaConfig from(Path file, Map<String, String> environment) {
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw ConfigErrors.whole(source, "file not found.");
    } catch (IOException e) {
      throw ConfigErrors.whole(
          source, "cannot read the file (" + e.getClass().getSimpleName() + ").");
    }
    Path fileName = file.getFileName();
    boolean json = fileName != null && isJson(fileName.toString());
    return parse(text, source, json, withDotEnv(environment, file.resolveSibling(DOT_ENV)));
  }

  /**
   * The configuration in YAML (or JSON) text, with the process environment and the working
   * directory's {@code .env}.
   *
   * @param yamlOrJson the document
   * @param sourceName what to call it in messages
   */
  public static IlanaConfig fromString(String yamlOrJson, String sourceName) {
    return fromString(yamlOrJson, sourceName, withDotEnv(System.getenv(), Path.of(DOT_ENV)));
  }

  /**
   * The configuration in YAML (or JSON) text, with exactly the given variables and no {@code .env}.
   *
   * @param yamlOrJson the document
   * @param sourceName what to call it in messages
   * @param environment the variables references are resolved against
   */
  public static IlanaConfig fromString(
      String yamlOrJson, String sourceName, Map<String, String> environment) {
    return parse(yamlOrJson, sourceName, false, environment);
  }

  private static IlanaConfig parse(
      String text, String source, boolean json, Map<String, String> environment) {
    Interpolator interpolator = new Interpolator(environment);
    return ConfigReader.read(
        ConfigNode.root(DocumentParser.parse(text, source, json), source, interpolator));
  }

  /** The real environment wins over {@code .env}, so deployments can override a checked-in file. */
  private static Map<String, String> withDotEnv(Map<String, String> environment, Path dotEnv) {
    Map<String, String> merged = new HashMap<>(DotEnv.read(dotEnv));
    merged.putAll(environment);
    return merged;
  }

  private static boolean isJson(String name) {
    return name.endsWith(".json");
  }

  private static String classpathResource(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ConfigLoader.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ConfigErrors.whole(
          "classpath:" + name, "cannot read the file (" + e.getClass().getSimpleName() + ").");
    }
  }
}
