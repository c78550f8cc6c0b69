package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.dialect.Dialects;
import io.ilana.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderFileTest {
  private static final String FULL =
      """
      default: ${DB_CONNECTION:pg}
      connections:
        pg:
          client: postgres
          host: 127.0.0.1
          port: 5432
          user: postgres
          password: ${DB_PASSWORD}
          database: app
          options: { applicationName: app, statementTimeout: 5000 }
          ssl: false
          pool:
            min: 1
            max: 20
            acquireTimeoutMillis: 10000
            idleTimeout: 5m
            maxLifetime: PT2H
            validationQuery: SELECT 1
          migrations: { tableName: pg_migrations }
        local:
          client: h2
          database: mem:test
      migrations: { tableName: migrations, directory: ./db/migrations, package: com.acme.migrations }
      seeds: { directory: ./db/seeds, package: com.acme.seeds }
      debug: true
      slowQueryMillis: 500
      """;

  @TempDir Path dir;

  @Test
  void fullYamlFileIsReadIntoTheRecords() throws IOException {
    Path file = write("ilana.yml", FULL);

    IlanaConfig config = ConfigLoader.from(file, Map.of("DB_PASSWORD", "s3cret"));

    ConnectionConfig pg = config.connection("pg");
    assertThat(config.defaultConnection()).isEqualTo("pg");
    assertThat(Dialects.forConnection(pg).name()).isEqualTo("postgres");
    assertThat(pg.host()).isEqualTo("127.0.0.1");
    assertThat(pg.port()).isEqualTo(5432);
    assertThat(pg.user()).isEqualTo("postgres");
    assertThat(pg.password()).isEqualTo("s3cret");
    assertThat(pg.database()).isEqualTo("app");
    assertThat(pg.options())
        .containsEntry("applicationName", "app")
        .containsEntry("statementTimeout", "5000");
    assertThat(pg.ssl()).isFalse();
    assertThat(pg.pool())
        .isEqualTo(
            new PoolConfig(
                1,
                20,
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                Duration.ofHours(2),
                "SELECT 1"));
    assertThat(pg.migrations())
        .isEqualTo(new MigrationsConfig("./db/migrations", "pg_migrations", "com.acme.migrations"));
    assertThat(config.connection("local").database()).isEqualTo("mem:test");
    assertThat(config.migrations())
        .isEqualTo(new MigrationsConfig("./db/migrations", "migrations", "com.acme.migrations"));
    assertThat(config.seeds()).isEqualTo(new SeedsConfig("./db/seeds", "com.acme.seeds"));
    assertThat(config.debug()).isTrue();
    assertThat(config.slowQueryThreshold()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void jsonFileIsReadLikeYaml() throws IOException {
    Path file =
        write(
            "ilana.json",
            """
            {"default": "my", "connections": {"my": {"client": "mysql2",
              "connection": {"host": "db", "port": 3306, "user": "root", "database": "app"}}}}
            """);

    IlanaConfig config = ConfigLoader.from(file, Map.of());

    assertThat(Dialects.forConnection(config.connection("my")).name()).isEqualTo("mysql");
    assertThat(config.connection("my").host()).isEqualTo("db");
    assertThat(config.connection("my").port()).isEqualTo(3306);
  }

  @Test
  void noFileAnywhereGivesTheEmbeddedH2Default() {
    assertThat(ConfigLoader.fromDirectory(dir, Map.of())).isEqualTo(IlanaConfig.embedded());
  }

  @Test
  void fileInTheDirectoryIsFound() throws IOException {
    write("ilana.yaml", "connections: { mem: { client: h2, database: 'mem:x' } }");

    IlanaConfig config = ConfigLoader.fromDirectory(dir, Map.of());

    assertThat(config.defaultConnection()).isEqualTo("mem");
  }

  @Test
  void dotEnvBesideTheFileSuppliesMissingVariables() throws IOException {
    write(".env", "# local settings\nexport DB_PASSWORD='from-dotenv'\nDB_HOST=\"dbhost\"\n");
    Path file = write("ilana.yml", FULL.replace("127.0.0.1", "${DB_HOST}"));

    ConnectionConfig pg = ConfigLoader.from(file, Map.of()).connection("pg");

    assertThat(pg.password()).isEqualTo("from-dotenv");
    assertThat(pg.host()).isEqualTo("dbhost");
  }

  @Test
  void realEnvironmentWinsOverDotEnv() throws IOException {
    write(".env", "DB_PASSWORD=from-dotenv\n");
    Path file = write("ilana.yml", FULL);

    ConnectionConfig pg =
        ConfigLoader.from(file, Map.of("DB_PASSWORD", "from-env")).connection("pg");

    assertThat(pg.password()).isEqualTo("from-env");
  }

  @Test
  void dotEnvInTheDirectoryIsHonouredWhenSearchingDefaultLocations() throws IOException {
    write(".env", "DB_CONNECTION=local\nDB_PASSWORD=x\n");
    write("ilana.yml", FULL);

    assertThat(ConfigLoader.fromDirectory(dir, Map.of()).defaultConnection()).isEqualTo("local");
  }

  @Test
  void missingFileIsReported() {
    Path file = dir.resolve("nope.yml");

    assertThatThrownBy(() -> ConfigLoader.from(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": file not found.");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    Path file = write("ilana.yml", "connections:\n  pg:\n    host: [unclosed\n");

    assertThatThrownBy(() -> ConfigLoader.from(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file + ": line 4, column 1: invalid YAML: expected ',' or ']', but got <stream end>.");
  }

  @Test
  void jsonSyntaxErrorNamesTheLine() throws IOException {
    Path file = write("ilana.json", "{\n  \"connections\": {,}\n}");

    assertThatThrownBy(() -> ConfigLoader.from(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": line 2, column 19: invalid JSON: Unexpected character (',' (code 44)):"
                + " was expecting double-quote to start field name.");
  }

  @Test
  void jsonSyntaxErrorDoesNotQuoteTheOffendingValue() throws IOException {
    Path file = write("ilana.json", "{\"connections\": {\"pg\": {\"password\": hunter2}}}");

    assertThatThrownBy(() -> ConfigLoader.from(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": line 1, column 37: invalid JSON: Unrecognized token: was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false').");
  }

  @Test
  void malformedDotEnvLineIsReportedWithoutItsContent() throws IOException {
    write(".env", "DB_PASSWORD=ok\nthis line is wrong s3cret\n");
    Path file = write("ilana.yml", FULL);

    assertThatThrownBy(() -> ConfigLoader.from(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve(".env") + ": line 2: expected KEY=value.");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
