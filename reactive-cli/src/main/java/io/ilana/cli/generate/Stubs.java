package io.ilana.cli.generate;

import io.ilana.cli.CliException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates generated sources come from: the built-in one of each kind, or the file the
 * configuration names under {@code stubs}. Placeholders are written {@code {{ name }}}; one the
 * generator does not know is an error naming the template, so a typo never lands in a source file.
 */
public final class Stubs {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  private final Path project;
  private final Map<String, String> custom;

  /**
   * Templates of a project.
   *
   * @param project the directory custom stub paths resolve against
   * @param custom kind to stub file, from the configuration
   */
  public Stubs(Path project, Map<String, String> custom) {
    this.project = project;
    this.custom = Map.copyOf(custom);
  }

  /** The template of a kind with its placeholders filled in. */
  public String render(String kind, Map<String, String> values) {
    String source =
        custom.containsKey(kind) ? "stubs." + kind + " (" + custom.get(kind) + ")" : kind + ".stub";
    String template = custom.containsKey(kind) ? file(kind, custom.get(kind)) : builtIn(kind);
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new CliException(
            "Template "
                + source
                + " uses {{ "
                + matcher.group(1)
                + " }}, which is not one of "
                + new java.util.TreeSet<>(values.keySet())
                + ".");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String file(String kind, String path) {
    Path file = project.resolve(path).normalize();
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          "stubs." + kind + ": cannot read " + path + " (" + e.getClass().getSimpleName() + ").",
          e);
    }
  }

  private static String builtIn(String kind) {
    String name = "/io/ilana/cli/stubs/" + kind + ".stub";
    try (InputStream in = Stubs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new CliException("No built-in template " + kind + ".stub.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("Cannot read the built-in template " + kind + ".stub.", e);
    }
  }
}
