package io.ilana.testkit;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the test database on a local server that runs without it, so the README's test command
 * passes on a machine where only the servers were started. Test set-up only: it blocks.
 */
final class DatabaseCreator {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private DatabaseCreator() {}

  static void ensureExists(TestDatabase database) {
    boolean postgres = "postgres".equals(database.dialect());
    ConnectionFactoryOptions.Builder options =
        ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, postgres ? "postgresql" : "mysql")
            .option(ConnectionFactoryOptions.HOST, database.host())
            .option(ConnectionFactoryOptions.PORT, database.port())
            .option(ConnectionFactoryOptions.USER, database.user());
    if (postgres) {
      // Connect to the maintenance database; CREATE DATABASE cannot run inside a transaction.
      options.option(ConnectionFactoryOptions.DATABASE, "postgres");
    }
    String name = database.database();
    Mono.usingWhen(
            Mono.from(ConnectionFactories.get(options.build()).create()),
            connection ->
                postgres
                    ? createOnPostgres(connection, name)
                    : run(connection, mariaDbCreate(name)),
            Connection::close)
        .block(LIMIT);
  }

  private static Mono<Void> createOnPostgres(Connection connection, String name) {
    return Flux.from(
            connection
                .createStatement("select count(*) from pg_database where datname = $1")
                .bind("$1", name)
                .execute())
        .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)))
        .next()
        .flatMap(count -> count > 0 ? Mono.empty() : run(connection, "create database " + name))
        // Another test JVM may have created it a moment ago.
        .onErrorResume(
            error -> String.valueOf(error.getMessage()).contains("already exists"),
            error -> Mono.empty());
  }

  private static String mariaDbCreate(String name) {
    return "create database if not exists " + name;
  }

  private static Mono<Void> run(Connection connection, String sql) {
    return Flux.from(connection.createStatement(sql).execute())
        .concatMap(result -> Mono.from(result.getRowsUpdated()))
        .then();
  }
}
