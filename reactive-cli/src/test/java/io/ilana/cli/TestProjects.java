package io.ilana.cli;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import io.ilana.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Projects in temporary directories whose connection {@code main} points at a database of the given
 * dialect: on H2 a file database inside the project; on PostgreSQL and MariaDB a database of this
 * module's own ({@code ilana_cli_*}), created on first use and emptied by each test, because {@code
 * migrate:fresh} and {@code db:wipe} drop everything in it.
 */
public final class TestProjects {
  private static final Set<String> CREATED = new HashSet<>();

  private TestProjects() {}

  /** The YAML of connection {@code name} to {@code database} (H2: a file in the project). */
  public static String connectionYaml(TestDatabase database, String name, String databaseName) {
    if (database.isEmbedded()) {
      return "  " + name + ": { client: h2, database: ./database/" + databaseName + " }\n";
    }
    ensureDatabase(database, databaseName);
    return "  "
        + name
        + ": { client: "
        + database.dialect()
        + ", host: "
        + database.host()
        + ", port: "
        + database.port()
        + ", user: "
        + database.user()
        + (database.password() == null ? "" : ", password: '" + database.password() + "'")
        + ", database: "
        + databaseName
        + " }\n";
  }

  /**
   * Writes {@code ilana.yml} with connection {@code main} and migrations from {@code
   * migrationsPackage} (table {@code cli_migrations}), and empties the server database.
   */
  public static void write(
      Path project, TestDatabase database, String databaseName, String migrationsPackage) {
    String yaml =
        "default: main\nconnections:\n"
            + connectionYaml(database, "main", databaseName)
            + "migrations: { package: "
            + migrationsPackage
            + ", tableName: cli_migrations }\n";
    try {
      Files.writeString(project.resolve("ilana.yml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!database.isEmbedded()) {
      DatabaseManager manager = open(database, databaseName);
      try {
        Schema.on(manager.connection()).dropAllTables().block();
      } finally {
        manager.close().block();
      }
    }
  }

  /** A manager on the project's database, for checking the catalog. */
  public static DatabaseManager open(Path project, TestDatabase database, String databaseName) {
    if (database.isEmbedded()) {
      return DatabaseManager.create(
          IlanaConfig.builder()
              .connection(
                  ConnectionConfig.builder("main", "h2")
                      .database(project.resolve("database").resolve(databaseName).toString())
                      .pool(PoolConfig.defaults().withSize(0, 2))
                      .build())
              .build());
    }
    return open(database, databaseName);
  }

  private static DatabaseManager open(TestDatabase database, String name) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder("main", database.dialect())
            .user(database.user())
            .password(database.password())
            .database(name)
            .pool(PoolConfig.defaults().withSize(0, 2));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return DatabaseManager.create(IlanaConfig.builder().connection(builder.build()).build());
  }

  private static synchronized void ensureDatabase(TestDatabase database, String name) {
    String key = database.dialect() + "/" + name;
    if (CREATED.contains(key)) {
      return;
    }
    DatabaseManager admin = open(database, database.database());
    try {
      boolean postgres = "postgres".equals(database.dialect());
      String exists =
          postgres
              ? "SELECT 1 AS found FROM pg_database WHERE datname = $1"
              : "SELECT 1 AS found FROM information_schema.schemata WHERE schema_name = ?";
      if (!Boolean.TRUE.equals(admin.select(exists, name).hasElements().block())) {
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
