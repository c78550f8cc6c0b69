package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.ConfigLoader;
import io.ilana.config.IlanaConfig;
import io.ilana.config.SourcesConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ilana setup}: configuration, .env and source packages, idempotent, never overwriting. */
class SetupCommandTest {
  @TempDir Path project;

  @Test
  void writesAConfigurationWhoseDefaultIsTheEmbeddedDatabase() {
    assertThat(CliRunner.in(project).run("setup").code()).isZero();

    IlanaConfig config = ConfigLoader.from(project.resolve("ilana.yml"), Map.of());
    assertThat(config.defaultConnection()).isEqualTo("local");
    assertThat(config.connection("local").client()).isEqualTo("h2");
    assertThat(config.connection("local").database()).isEqualTo("./database/ilana");
    assertThat(config.connection("server").client()).isEqualTo("postgres");
    assertThat(config.migrations().packageName()).isEqualTo("app.database.migrations");
    assertThat(config.migrations().tableName()).isEqualTo("migrations");
    assertThat(config.seeds().packageName()).isEqualTo("app.database.seeders");
    assertThat(config.generators().models())
        .isEqualTo(new SourcesConfig("./src/main/java/app/models", "app.models"));
    assertThat(config.generators().casts().packageName()).isEqualTo("app.casts");
  }

  @Test
  void writesADotEnvWithTheDatabaseVariablesThatTheConfigurationReads() throws IOException {
    CliRunner.in(project).run("setup");

    assertThat(Files.readAllLines(project.resolve(".env")))
        .contains(
            "DB_CONNECTION=local",
            "DB_HOST=127.0.0.1",
            "DB_PORT=5432",
            "DB_DATABASE=app",
            "DB_USERNAME=app",
            "DB_PASSWORD=");
    Files.writeString(project.resolve(".env"), "DB_CONNECTION=server\nDB_DATABASE=shop\n");
    IlanaConfig config = ConfigLoader.from(project.resolve("ilana.yml"), Map.of());
    assertThat(config.defaultConnection()).isEqualTo("server");
    assertThat(config.connection("server").database()).isEqualTo("shop");
  }

  @Test
  void createsAPackageForEachKindOfSource() {
    CliRunner.in(project).run("setup", "--package", "com.acme");

    for (String folder :
        new String[] {
          "models",
          "database/migrations",
          "database/seeders",
          "database/factories",
          "observers",
          "casts"
        }) {
      assertThat(project.resolve("src/main/java/com/acme/" + folder + "/package-info.java"))
          .as(folder)
          .isRegularFile();
    }
    assertThat(project.resolve("database")).isDirectory();
  }

  @Test
  void runningItAgainOverwritesNothing() throws IOException {
    CliRunner.in(project).run("setup");
    Files.writeString(project.resolve("ilana.yml"), "# mine\n");

    CliRunner.Result again = CliRunner.in(project).run("setup");

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("Exists  ilana.yml (left as is)").doesNotContain("Created");
    assertThat(project.resolve("ilana.yml")).hasContent("# mine");
  }

  @Test
  void aBadPackageNameIsRefused() {
    CliRunner.Result result = CliRunner.in(project).run("setup", "--package", "com.acme-shop");
    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo("ilana: --package com.acme-shop is not a Java package name.");
    assertThat(project.resolve("ilana.yml")).doesNotExist();
  }
}
