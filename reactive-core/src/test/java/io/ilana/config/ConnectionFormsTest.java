package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.Dialects;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionFormsTest {

  @Test
  void flatAndNestedFormsGiveTheSameConnection() {
    ConnectionConfig flat =
        load(
            """
            connections:
              my: { client: mysql, host: db, port: 3306, user: root, password: pw, database: app }
            """);
    ConnectionConfig nested =
        load(
            """
            connections:
              my:
                client: mysql
                connection: { host: db, port: 3306, username: root, password: pw, database: app }
            """);

    assertThat(nested).isEqualTo(flat);
  }

  @Test
  void nodeClientNamesAreAccepted() {
    ConnectionConfig pg = load("connections: { x: { client: pg, host: h, database: d } }");

    assertThat(Dialects.forConnection(pg).name()).isEqualTo("postgres");
  }

  @Test
  void urlAloneIsEnough() {
    ConnectionConfig maria =
        load("connections: { x: { client: mariadb, url: 'r2dbc:mariadb://root@db:3306/app' } }");

    assertThat(maria.url()).isEqualTo("r2dbc:mariadb://root@db:3306/app");
    assertThat(maria.host()).isNull();
  }

  @Test
  void h2DatabaseMayBeAFilePath() {
    assertThat(load("connections: { x: { client: h2, database: ./database/app } }").database())
        .isEqualTo("./database/app");
  }

  @Test
  void sslMappingMeansEnabled() {
    ConnectionConfig pg =
        load(
            "connections: { x: { client: pg, host: h, database: d,"
                + " connection: { ssl: { rejectUnauthorized: false } } } }");

    assertThat(pg.ssl()).isTrue();
  }

  @Test
  void poolLeftOutGetsTheDefaults() {
    assertThat(load("connections: { x: { client: h2, database: 'mem:x' } }").pool())
        .isEqualTo(PoolConfig.defaults());
  }

  @Test
  void poolDurationsAcceptShortForms() {
    PoolConfig pool =
        load("connections: { x: { client: h2, database: 'mem:x',"
                + " pool: { acquireTimeout: 500ms, idleTimeout: 10m, maxLifetime: 1d } } }")
            .pool();

    assertThat(pool.acquireTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(pool.idleTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(pool.maxLifetime()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void connectionWithoutMigrationsLeavesThemToTheGlobalSettings() {
    assertThat(load("connections: { x: { client: h2, database: 'mem:x' } }").migrations()).isNull();
  }

  @Test
  void withoutDefaultTheFirstConnectionIsTheDefault() {
    IlanaConfig config =
        ConfigLoader.fromString(
            "connections: { b: { client: h2, database: 'mem:b' }, a: { client: h2, database: 'mem:a' } }",
            "ilana.yml",
            Map.of());

    assertThat(config.defaultConnection()).isEqualTo("b");
  }

  @Test
  void passwordIsMaskedInToString() {
    ConnectionConfig pg =
        load("connections: { x: { client: pg, host: h, database: d, password: hunter2 } }");

    assertThat(pg.toString()).doesNotContain("hunter2").contains("password=****");
  }

  private static ConnectionConfig load(String yaml) {
    IlanaConfig config = ConfigLoader.fromString(yaml, "ilana.yml", Map.of());
    return config.connection(config.defaultConnection());
  }
}
