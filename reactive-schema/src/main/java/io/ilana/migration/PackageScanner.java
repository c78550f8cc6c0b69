package io.ilana.migration;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds migration classes in one package (not its sub-packages) of directories and jars. */
final class PackageScanner {
  private PackageScanner() {}

  static List<Migration> migrations(String packageName, ClassLoader loader) {
    String path = packageName.replace('.', '/');
    List<String> classNames = new ArrayList<>();
    try {
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".class") && !n.contains("$"))
                .forEach(n -> classNames.add(packageName + "." + n.substring(0, n.length() - 6)));
          }
        } else if ("jar".equals(root.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith(path + "/") && n.endsWith(".class"))
                .map(n -> n.substring(path.length() + 1, n.length() - 6))
                .filter(n -> !n.contains("/") && !n.contains("$"))
                .forEach(n -> classNames.add(packageName + "." + n));
          }
        }
      }
    } catch (IOException e) {
      throw new MigrationException(
          "Cannot scan package " + packageName + ": " + e.getMessage(), List.of(), null, e);
    } catch (URISyntaxException e) {
      throw new MigrationException("Cannot scan package " + packageName + ": " + e.getMessage());
    }
    List<Migration> migrations = new ArrayList<>();
    for (String className : classNames) {
      instantiate(className, loader, migrations);
    }
    return migrations;
  }

  private static void instantiate(String className, ClassLoader loader, List<Migration> into) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return;
    }
    if (!Migration.class.isAssignableFrom(type)
        || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())) {
      return;
    }
    try {
      into.add((Migration) type.getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new MigrationException(
          "Migration class " + className + " needs a public no-argument constructor.");
    }
  }
}
