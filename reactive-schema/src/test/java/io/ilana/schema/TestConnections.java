package io.ilana.schema;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.testkit.TestDatabase;
import java.util.HashSet;
import java.util.Set;

/**
 * Opens managers on databases owned by this module's tests: on PostgreSQL and MariaDB a dedicated
 * database ({@value #DATABASE} or one named by the test), created on first use, so that {@code
 * fresh} and table names never touch what other test suites share in {@code ilana_test}.
 */
public final class TestConnections {
  /** The database this module's server tests run in. */
  public static final String DATABASE = "ilana_schema_test";

  private static final Set<String> CREATED = new HashSet<>();

  private TestConnections() {}

  /** A manager on the module's own database of the testkit server (H2: the testkit database). */
  public static DatabaseManager open(TestDatabase database) {
    return open(database, DATABASE);
  }

  /** A manager on a database of the given name, created first if needed. */
  public static DatabaseManager open(TestDatabase database, String name) {
    if (database.isEmbedded()) {
      return manager(database, database.database(), 10);
    }
    ensureDatabase(database, name);
    return manager(database, name, 10);
  }

  /** The settings of a connection to {@code name} on the testkit server. */
  public static ConnectionConfig config(TestDatabase database, String name, int poolSize) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(database.dialect(), database.dialect())
            .user(database.user())
            .password(database.password())
            .database(name)
            .pool(PoolConfig.defaults().withSize(0, poolSize));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return builder.build();
  }

  /**
   * The settings of a connection named {@code connection} to the database {@code name}: on the
   * testkit server, created first if needed; on H2 the in-memory database {@code mem:<name>}.
   */
  public static ConnectionConfig named(
      TestDatabase database, String connection, String name, int poolSize) {
    String target = database.isEmbedded() ? "mem:" + name : name;
    if (!database.isEmbedded()) {
      ensureDatabase(database, name);
    }
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(connection, database.dialect())
            .user(database.user())
            .password(database.password())
            .database(target)
            .pool(PoolConfig.defaults().withSize(0, poolSize));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return builder.build();
  }

  private static DatabaseManager manager(TestDatabase database, String name, int poolSize) {
    return DatabaseManager.create(
        IlanaConfig.builder().connection(config(database, name, poolSize)).build());
  }

  private static synchronized void ensureDatabase(TestDatabase database, String name) {
    String key = database.dialect() + "/" + name;
    if (CREATED.contains(key)) {
      return;
    }
    DatabaseManager admin = manager(database, database.database(), 1);
    try {
      boolean postgres = "postgres".equals(database.dialect());
      String exists =
          postgres
              ? "SELECT 1 AS found FROM pg_database WHERE datname = $1"
              : "SELECT 1 AS found FROM information_schema.schemata WHERE schema_name = ?";
      Boolean found = admin.select(exists, name).hasElements().block();
      if (!Boolean.TRUE.equals(found)) {
        String create =
            postgres
                ? "CREATE DATABASE \"" + name + "\""
                : "CREATE DATABASE IF NOT EXISTS `" + name + "`";
        try {
          admin.statement(create).block();
        } catch (RuntimeException raced) {
          // Another test JVM created it between the check and the create.
          if (!Boolean.TRUE.equals(admin.select(exists, name).hasElements().block())) {
            throw raced;
          }
        }
      }
      CREATED.add(key);
    } finally {
      admin.close().block();
    }
  }
}
