package io.ilana.config;

import java.util.Objects;

/**
 * Where migrations live and where their history is recorded.
 *
 * @param directory the directory generated migration sources go to
 * @param tableName the table that records applied migrations
 * @param packageName the Java package migrations are discovered in, or {@code null}
 */
public record MigrationsConfig(String directory, String tableName, String packageName) {
  public MigrationsConfig {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(tableName, "tableName");
  }

  /** {@code ./migrations}, table {@code migrations}, no package. */
  public static MigrationsConfig defaults() {
    return new MigrationsConfig("./migrations", "migrations", null);
  }
}
