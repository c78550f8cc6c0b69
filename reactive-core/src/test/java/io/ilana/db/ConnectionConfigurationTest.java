package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.error.ConfigException;
import io.ilana.error.ConnectionException;
import io.ilana.error.UnknownConnectionException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ConnectionConfigurationTest {

  private static DatabaseManager managerWith(ConnectionConfig connection) {
    return DatabaseManager.create(IlanaConfig.builder().connection(connection).build());
  }

  @Test
  void unknownConnectionNameListsTheConfiguredOnes() {
    DatabaseManager manager =
        managerWith(
            ConnectionConfig.builder("main", "h2").database("mem:unknown_name_test").build());
    assertThatThrownBy(() -> manager.connection("reports"))
        .isInstanceOf(UnknownConnectionException.class)
        .hasMessage("Connection [reports] is not configured; configured connections: [main].");
  }

  @Test
  void malformedUrlIsReportedWithoutItsPassword() {
    // Settings are checked when the manager is created, on the caller's thread.
    assertThatThrownBy(
            () ->
                managerWith(
                    ConnectionConfig.builder("pg", "postgres")
                        .url("r2dbc:postgresql://app:s3cret@db:notaport/app")
                        .build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.pg.url: malformed R2DBC URL 'r2dbc:postgresql://app:****@db:notaport/app'"
                + " (port 'notaport' is not a number).");
  }

  @Test
  void unparseableUrlIsReportedWithoutItsPassword() {
    // Settings are checked when the manager is created, on the caller's thread.
    assertThatThrownBy(
            () ->
                managerWith(
                    ConnectionConfig.builder("pg", "postgres")
                        .url("r2dbc:postgresql:app:s3cret@db/app")
                        .build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.pg.url: malformed R2DBC URL 'r2dbc:postgresql:app:****@db/app'"
                + " (Invalid URL: r2dbc:postgresql:app:****@db/app).");
  }

  @Test
  void urlForAnotherDriverThanTheClientIsRejected() {
    // Settings are checked when the manager is created, on the caller's thread.
    assertThatThrownBy(
            () ->
                managerWith(
                    ConnectionConfig.builder("pg", "postgres")
                        .url("r2dbc:mysql://root@127.0.0.1:3306/app")
                        .build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.pg.url: the URL 'r2dbc:mysql://root@127.0.0.1:3306/app' is for driver"
                + " 'mysql' but the connection's client is 'postgres' (driver 'postgresql').");
  }

  @Test
  void unknownClientNamesTheAcceptedOnes() {
    ConnectionConfig lite = ConnectionConfig.builder("lite", "sqlite3").database("x").build();
    assertThatThrownBy(() -> DatabaseManager.create(IlanaConfig.builder().connection(lite).build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.lite: unknown client 'sqlite3'; expected one of postgres, mysql,"
                + " mariadb, h2.");
  }

  @Test
  void unreachableServerFailsTheStatementWithAConnectionException() {
    DatabaseManager manager =
        managerWith(
            ConnectionConfig.builder("down", "postgres")
                .host("127.0.0.1")
                .port(1)
                .user("nobody")
                .database("none")
                .build());
    manager
        .connection()
        .select("select 1")
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                org.assertj.core.api.Assertions.assertThat(error)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessageStartingWith("Could not get a connection for [down]: "))
        .verify();
    manager.close().block();
  }

  @Test
  void aClosedManagerRefusesNewWork() {
    DatabaseManager manager =
        managerWith(ConnectionConfig.builder("main", "h2").database("mem:closed_test").build());
    manager.close().block();
    assertThatThrownBy(manager::connection)
        .hasMessage("This DatabaseManager is closed; create a new one.");
  }

  @Test
  void aPostgresSessionTimeZoneOtherThanUtcIsRefused() {
    // Settings are checked when the manager is created, on the caller's thread.
    assertThatThrownBy(
            () ->
                managerWith(
                    ConnectionConfig.builder("pg", "postgres")
                        .host("127.0.0.1")
                        .database("app")
                        .options(java.util.Map.of("timeZone", "Asia/Tokyo"))
                        .build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.pg.options.timeZone: 'Asia/Tokyo' is not allowed; IlanaORM sets it to"
                + " 'UTC' so that an Instant is stored and read as the same instant whatever the"
                + " JVM, session or server time zone. Remove the option.");
  }

  @Test
  void aMysqlConnectionTimeZoneOtherThanUtcIsRefused() {
    // Settings are checked when the manager is created, on the caller's thread.
    assertThatThrownBy(
            () ->
                managerWith(
                    ConnectionConfig.builder("maria", "mariadb")
                        .host("127.0.0.1")
                        .database("app")
                        .options(java.util.Map.of("connectionTimeZone", "LOCAL"))
                        .build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.maria.options.connectionTimeZone: 'LOCAL' is not allowed; IlanaORM sets"
                + " it to '+00:00' so that an Instant is stored and read as the same instant"
                + " whatever the JVM, session or server time zone. Remove the option.");
  }

  @Test
  void aSessionTimeZoneOptionThatSaysUtcIsAccepted() {
    ConnectionConfig config =
        ConnectionConfig.builder("pg", "postgres")
            .host("127.0.0.1")
            .database("app")
            .options(java.util.Map.of("timeZone", "utc"))
            .build();
    org.assertj.core.api.Assertions.assertThat(
            new io.ilana.dialect.postgres.PostgresDialect()
                .connectionOptions(config)
                .getValue(io.r2dbc.spi.Option.valueOf("timeZone")))
        .isEqualTo("UTC");
  }
}
