package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.ConfigException;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ConfigLoaderErrorsTest {

  @Test
  void missingPasswordVariableNamesTheVariableAndKey() {
    assertLoadFails(
            """
            connections:
              pg: { client: pg, host: localhost, database: app, password: "${DB_PASSWORD}" }
            """)
        .hasMessage(
            "ilana.yml: connections.pg.password: environment variable DB_PASSWORD is not set"
                + " and has no default.");
  }

  @Test
  void missingConnectionsIsReported() {
    assertLoadFails("debug: true\n")
        .hasMessage("ilana.yml: connections: at least one connection must be configured.");
  }

  @Test
  void emptyConnectionsIsReported() {
    assertLoadFails("connections: {}\n")
        .hasMessage("ilana.yml: connections: at least one connection must be configured.");
  }

  @Test
  void emptyDocumentIsReportedAsMissingConnections() {
    assertLoadFails("")
        .hasMessage("ilana.yml: connections: at least one connection must be configured.");
  }

  @Test
  void defaultNamingAnUndefinedConnectionIsReported() {
    assertLoadFails(
            """
            default: mysql
            connections:
              pg: { client: pg, host: localhost, database: app }
              h2: { client: h2, database: "mem:x" }
            """)
        .hasMessage(
            "ilana.yml: default: connection [mysql] is not defined under connections;"
                + " defined: [h2, pg].");
  }

  @Test
  void sqliteFilenameKeyIsRejectedAsUnknown() {
    assertLoadFails("connections: { lite: { client: sqlite3, filename: ./db.sqlite } }\n")
        .hasMessage(
            "ilana.yml: connections.lite.filename: unknown key; expected one of client,"
                + " connection, url, host, port, user, username, password, database, options,"
                + " ssl, pool, migrations.");
  }

  @Test
  void unknownClientNameIsReportedWithItsKeyPathWhenTheManagerIsMade() {
    assertManagerFails("connections: { lite: { client: sqlite3, database: x } }\n")
        .hasMessage(
            "ilana.yml: connections.lite.client: unknown client 'sqlite3'; expected one of"
                + " postgres, mysql, mariadb, h2.");
  }

  @Test
  void missingClientIsReportedWhenTheManagerIsMade() {
    assertManagerFails("connections: { pg: { host: localhost, database: app } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.client: client is missing; expected one of postgres,"
                + " mysql, mariadb, h2.");
  }

  @Test
  void portThatIsNotANumberIsReported() {
    assertLoadFails("connections: { pg: { client: pg, host: h, port: abc, database: app } }\n")
        .hasMessage("ilana.yml: connections.pg.port: expected a whole number, was 'abc'.");
  }

  @Test
  void portFromAVariableThatIsNotANumberIsReported() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: h, port: '${DB_PORT}', database: app } }\n",
            Map.of("DB_PORT", "54x"))
        .hasMessage("ilana.yml: connections.pg.port: expected a whole number, was '54x'.");
  }

  @Test
  void portOutOfRangeIsReported() {
    assertLoadFails("connections: { pg: { client: pg, host: h, port: 70000, database: app } }\n")
        .hasMessage("ilana.yml: connections.pg.port: must be between 1 and 65535, was 70000.");
  }

  @Test
  void urlWithoutR2dbcSchemeIsReportedWithItsPasswordMasked() {
    assertLoadFails(
            "connections: { pg: { client: pg, url: 'postgresql://app:s3cret@db:5432/app' } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.url: must start with 'r2dbc:', was"
                + " 'postgresql://app:****@db:5432/app'.");
  }

  @Test
  void unknownTopLevelKeyIsRejected() {
    assertLoadFails("connection: { pg: { client: pg } }\n")
        .hasMessage(
            "ilana.yml: connection: unknown key; expected one of default, connections,"
                + " migrations, seeds, models, factories, observers,"
                + " casts, stubs, debug, slowQueryMillis, slowQueryThreshold.");
  }

  @Test
  void unknownPoolKeyIsRejectedWithItsPath() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: h, database: d, pool: { maxSize: 5 } } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.pool.maxSize: unknown key; expected one of min, max,"
                + " acquireTimeoutMillis, acquireTimeout, idleTimeoutMillis, idleTimeout,"
                + " maxLifetimeMillis, maxLifetime, validationQuery.");
  }

  @Test
  void unknownKeyInsideNestedConnectionIsRejected() {
    assertLoadFails(
            "connections: { pg: { client: pg, connection: { host: h, database: d, charset: x } } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.connection.charset: unknown key; expected one of url,"
                + " host, port, user, username, password, database, options, ssl.");
  }

  @Test
  void settingGivenBothFlatAndNestedIsRejected() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: a, connection: { host: b, database: d } } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.connection.host: also set as connections.pg.host;"
                + " set it once.");
  }

  @Test
  void userAndUsernameTogetherAreRejected() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: a, database: d, user: x, username: y } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.username: also set as connections.pg.user; set it once.");
  }

  @Test
  void poolMaxBelowMinIsReported() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: h, database: d, pool: { min: 5, max: 2 } } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.pool.max: must be at least 1 and at least min (5), was 2.");
  }

  @Test
  void badDurationIsReported() {
    assertLoadFails(
            "connections: { pg: { client: pg, host: h, database: d,"
                + " pool: { acquireTimeout: soon } } }\n")
        .hasMessage(
            "ilana.yml: connections.pg.pool.acquireTimeout: expected a duration such as 500ms,"
                + " 30s, 5m, 1h or PT30S, was 'soon'.");
  }

  @Test
  void missingHostIsReportedWithTheSourceWhenTheManagerIsMade() {
    assertManagerFails("connections: { pg: { client: pg, database: app } }\n")
        .hasMessage("ilana.yml: connections.pg: either url or host must be set.");
  }

  @Test
  void nonBooleanDebugIsReported() {
    assertLoadFails("debug: sometimes\nconnections: { h2: { client: h2, database: 'mem:x' } }\n")
        .hasMessage("ilana.yml: debug: expected true or false, was 'sometimes'.");
  }

  @Test
  void textWhereAMappingBelongsIsReported() {
    assertLoadFails("connections: { pg: { client: pg, host: h, database: d, pool: big } }\n")
        .hasMessage("ilana.yml: connections.pg.pool: expected a mapping, was 'big'.");
  }

  @Test
  void duplicateKeyIsRejected() {
    assertLoadFails("connections:\n  h2: { client: h2, database: 'mem:x' }\n  h2: { client: h2 }\n")
        .hasMessageStartingWith("ilana.yml: line 3, column ")
        .hasMessageContaining("Duplicate field 'h2'");
  }

  @Test
  void passwordNeverAppearsInAnyMessage() {
    String yaml =
        """
        connections:
          pg:
            client: pg
            url: "postgresql://app:${DB_PASSWORD}@db/app"
            password: ${DB_PASSWORD}
        """;
    assertLoadFails(yaml, Map.of("DB_PASSWORD", "hunter2")).message().doesNotContain("hunter2");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(String yaml) {
    return assertLoadFails(yaml, Map.of());
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(
      String yaml, Map<String, String> env) {
    return assertThatThrownBy(() -> ConfigLoader.fromString(yaml, "ilana.yml", env))
        .isInstanceOf(ConfigException.class);
  }

  /**
   * The client and the server address are checked against the installed dialects, which the
   * configuration layer does not know: when a manager is made, still naming the file.
   */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertManagerFails(String yaml) {
    IlanaConfig config = ConfigLoader.fromString(yaml, "ilana.yml", Map.of());
    return assertThatThrownBy(() -> DatabaseManager.create(config))
        .isInstanceOf(ConfigException.class);
  }
}
