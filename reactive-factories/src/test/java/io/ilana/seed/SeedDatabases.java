package io.ilana.seed;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.testkit.TestDatabase;
import java.util.HashSet;
import java.util.Set;

/**
 * Managers for the seeder tests. On PostgreSQL and MariaDB they open a database of their own
 * ({@value #DATABASE}, created on first use), because {@code wipeDatabase()} drops every table of
 * the database it runs on and must never touch what other suites share in {@code ilana_test}.
 */
final class SeedDatabases {
  static final String DATABASE = "ilana_sd_test";
  private static final Set<String> CREATED = new HashSet<>();

  private SeedDatabases() {}

  /** A manager whose default connection is {@code main}, with {@code poolSize} connections. */
  static DatabaseManager open(TestDatabase database, int poolSize, String... otherConnections) {
    IlanaConfig.Builder builder =
        IlanaConfig.builder().connection(config(database, "main", "", poolSize));
    for (String name : otherConnections) {
      builder.connection(config(database, name, "_" + name, poolSize));
    }
    return DatabaseManager.create(builder.build());
  }

  /**
   * A connection named {@code name}: on H2 its own in-memory database (suffix), on a server the
   * seeder tests' database.
   */
  private static ConnectionConfig config(
      TestDatabase database, String name, String suffix, int poolSize) {
    String target = database.isEmbedded() ? "mem:sd_seeders" + suffix : DATABASE;
    if (!database.isEmbedded()) {
      ensureDatabase(database);
    }
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(name, database.dialect())
            .user(database.user())
            .password(database.password())
            .database(target)
            .pool(PoolConfig.defaults().withSize(0, poolSize));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return builder.build();
  }

  private static synchronized void ensureDatabase(TestDatabase database) {
    String key = database.dialect();
    if (CREATED.contains(key)) {
      return;
    }
    ConnectionConfig.Builder admin =
        ConnectionConfig.builder("admin", database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database())
            .host(database.host())
            .port(database.port())
            .pool(PoolConfig.defaults().withSize(0, 1));
    DatabaseManager manager =
        DatabaseManager.create(IlanaConfig.builder().connection(admin.build()).build());
    try {
      boolean postgres = "postgres".equals(database.dialect());
      String exists =
          postgres
              ? "SELECT 1 AS found FROM pg_database WHERE datname = $1"
              : "SELECT 1 AS found FROM information_schema.schemata WHERE schema_name = ?";
      if (!Boolean.TRUE.equals(manager.select(exists, DATABASE).hasElements().block())) {
        try {
          manager
              .statement(
                  postgres
                      ? "CREATE DATABASE \"" + DATABASE + "\""
                      : "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "`")
              .block();
        } catch (RuntimeException raced) {
          if (!Boolean.TRUE.equals(manager.select(exists, DATABASE).hasElements().block())) {
            throw raced;
          }
        }
      }
      CREATED.add(key);
    } finally {
      manager.close().block();
    }
  }
}
