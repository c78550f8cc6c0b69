package io.ilana.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Where the migrator finds migrations. Three ways, all returning migrations sorted by name:
 *
 * <ul>
 *   <li>{@link #of} — an explicit list, the most predictable;
 *   <li>{@link #serviceLoader} — classes listed in {@code
 *       META-INF/services/io.ilana.migration.Migration};
 *   <li>{@link #scanPackage} — every concrete {@link Migration} class with a public no-argument
 *       constructor in a package (directories and jars on the class path; {@code
 *       MigrationsConfig.packageName} names it in configuration).
 * </ul>
 */
@FunctionalInterface
public interface MigrationSource {

  /** The migrations, in any order; the migrator sorts and checks them. */
  List<Migration> migrations();

  /** An explicit list. */
  static MigrationSource of(Migration... migrations) {
    List<Migration> list = List.copyOf(Arrays.asList(migrations));
    return () -> list;
  }

  /** An explicit list. */
  static MigrationSource of(List<? extends Migration> migrations) {
    List<Migration> list = List.copyOf(migrations);
    return () -> list;
  }

  /** The migrations registered with {@link ServiceLoader}. */
  static MigrationSource serviceLoader(ClassLoader loader) {
    return () -> {
      List<Migration> found = new ArrayList<>();
      ServiceLoader.load(Migration.class, loader).forEach(found::add);
      return found;
    };
  }

  /** The migration classes of a package, found on the class path of {@code loader}. */
  static MigrationSource scanPackage(String packageName, ClassLoader loader) {
    return () -> PackageScanner.migrations(packageName, loader);
  }

  /**
   * The source a configuration names: the classes of {@code MigrationsConfig.packageName} when it
   * is set, else the {@link ServiceLoader} registrations.
   */
  static MigrationSource fromConfig(io.ilana.config.MigrationsConfig config, ClassLoader loader) {
    return config.packageName() == null || config.packageName().isBlank()
        ? serviceLoader(loader)
        : scanPackage(config.packageName(), loader);
  }

  /**
   * The migrations sorted by name.
   *
   * @throws MigrationException when a name is invalid or used twice
   */
  static List<Migration> sorted(MigrationSource source) {
    Map<String, Migration> byName = new HashMap<>();
    for (Migration migration : source.migrations()) {
      String name = MigrationNames.require(migration.name());
      Migration previous = byName.put(name, migration);
      if (previous != null) {
        throw new MigrationException(
            "Two migrations are named "
                + name
                + ": "
                + previous.getClass().getName()
                + " and "
                + migration.getClass().getName()
                + ".");
      }
    }
    List<Migration> sorted = new ArrayList<>(byName.values());
    sorted.sort((a, b) -> MigrationNames.ORDER.compare(a.name(), b.name()));
    return sorted;
  }
}
