package io.ilana.seed;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds seeder classes by name, as {@code ilana seed --class=UserSeeder} names them: a qualified
 * name is loaded as it is; a simple name is looked for in the configured seeders package, then
 * among the seeders registered in {@code META-INF/services/io.ilana.seed.Seeder}. Loading classes
 * reads files, so callers do it off the event loop.
 */
final class SeederCatalog {
  /** The seeder {@code ilana seed} runs when no class is named. */
  static final String DEFAULT_SEEDER = "DatabaseSeeder";

  private final ClassLoader loader;
  private final String packageName;

  SeederCatalog(ClassLoader loader, String packageName) {
    this.loader = loader;
    this.packageName = packageName == null || packageName.isBlank() ? null : packageName;
  }

  /** The seeder class of that name ({@code null}: {@value #DEFAULT_SEEDER}). */
  Class<? extends Seeder> find(String name) {
    String wanted = name == null || name.isBlank() ? DEFAULT_SEEDER : name.strip();
    if (wanted.contains(".")) {
      return load(wanted)
          .map(type -> asSeeder(wanted, type))
          .orElseThrow(
              () ->
                  new SeederException("Unknown seeder [" + wanted + "]: there is no such class."));
    }
    if (packageName != null) {
      Optional<Class<?>> inPackage = load(packageName + "." + wanted);
      if (inPackage.isPresent()) {
        return asSeeder(wanted, inPackage.get());
      }
    }
    Optional<Class<? extends Seeder>> registered =
        ServiceLoader.load(Seeder.class, loader).stream()
            .map(ServiceLoader.Provider::type)
            .filter(type -> type.getSimpleName().equals(wanted))
            .<Class<? extends Seeder>>map(type -> type)
            .findFirst();
    return registered.orElseThrow(
        () ->
            new SeederException(
                "Unknown seeder ["
                    + wanted
                    + "]: "
                    + (packageName == null
                        ? "no seeders package is configured (seeds: { package: ... })"
                        : "there is no class " + packageName + "." + wanted)
                    + ", and no seeder of that name is registered in"
                    + " META-INF/services/io.ilana.seed.Seeder."));
  }

  private Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static Class<? extends Seeder> asSeeder(String name, Class<?> type) {
    if (!Seeder.class.isAssignableFrom(type)) {
      throw new SeederException(
          "Class ["
              + type.getName()
              + "] is not a seeder: it does not extend io.ilana.seed.Seeder.");
    }
    return type.asSubclass(Seeder.class);
  }

  /**
   * A new instance of a seeder class, through its no-argument constructor (which need not be
   * public: seeders are often nested classes of a test).
   */
  static Seeder instantiate(Class<? extends Seeder> type) {
    if (Modifier.isAbstract(type.getModifiers())) {
      throw new SeederException(
          "Seeder [" + type.getName() + "] is abstract; run a concrete seeder class.");
    }
    Constructor<? extends Seeder> constructor;
    try {
      constructor = type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw new SeederException(
          "Seeder [" + type.getName() + "] needs a no-argument constructor.", e);
    }
    constructor.trySetAccessible();
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new SeederException(
          "Seeder [" + type.getName() + "] failed in its constructor: " + cause.getMessage(),
          cause);
    } catch (ReflectiveOperationException e) {
      throw new SeederException(
          "Seeder [" + type.getName() + "] needs a no-argument constructor.", e);
    }
  }
}
