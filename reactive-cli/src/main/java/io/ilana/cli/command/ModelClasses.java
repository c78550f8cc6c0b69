package io.ilana.cli.command;

import io.ilana.cli.CliException;
import io.ilana.cli.Session;
import io.ilana.model.Model;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The project's model classes: one by name, or every one in the configured models package. */
final class ModelClasses {
  private ModelClasses() {}

  /** The model class {@code name}: simple (in {@code models.package}) or qualified. */
  static Class<?> resolve(String name, Session session, ClassLoader loader) {
    String packageName = packageOf(session);
    String qualified = name.contains(".") || packageName == null ? name : packageName + "." + name;
    Class<?> found;
    try {
      found = Class.forName(qualified, true, loader);
    } catch (ClassNotFoundException e) {
      throw new CliException(
          "Model class " + qualified + " is not on the class path (compile the project first).", e);
    }
    if (!Model.class.isAssignableFrom(found)) {
      throw new CliException(qualified + " is not a model (it does not extend Model).");
    }
    return found;
  }

  static String packageOf(Session session) {
    return session.project().config().generators().models().packageName();
  }

  /** Every top-level model class of {@code packageName} on the loader's class path, by name. */
  static List<Class<?>> inPackage(String packageName, ClassLoader loader) {
    TreeSet<String> names = new TreeSet<>();
    String path = packageName.replace('.', '/');
    try {
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files
                .map(file -> file.getFileName().toString())
                .filter(file -> file.endsWith(".class") && !file.contains("$"))
                .forEach(file -> names.add(packageName + "." + file.replace(".class", "")));
          }
        } else if ("jar".equals(root.getProtocol())) {
          String jar = root.getPath().substring("file:".length(), root.getPath().indexOf('!'));
          try (JarFile file = new JarFile(jar)) {
            for (JarEntry entry : Collections.list(file.entries())) {
              String entryName = entry.getName();
              if (entryName.startsWith(path + "/")
                  && entryName.endsWith(".class")
                  && entryName.indexOf('/', path.length() + 1) < 0
                  && !entryName.contains("$")) {
                names.add(entryName.replace('/', '.').replace(".class", ""));
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new CliException("Cannot list the classes of package " + packageName + ": " + e, e);
    }
    List<Class<?>> models = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> found = Class.forName(name, true, loader);
        if (Model.class.isAssignableFrom(found)) {
          models.add(found);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new CliException("Cannot load " + name + ": " + e, e);
      }
    }
    return models;
  }
}
