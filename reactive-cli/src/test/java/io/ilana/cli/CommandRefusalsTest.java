package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the database commands refuse before touching a database: production without --force, a
 * missing configuration, an unknown connection, bad option values, seeding without seeders.
 */
class CommandRefusalsTest {
  @TempDir Path project;

  private CliRunner configured() throws IOException {
    Files.writeString(
        project.resolve("ilana.yml"),
        "connections:\n  main: { client: h2, database: ./database/cli }\n"
            + "migrations: { package: io.ilana.cli.fixtures.migrations, tableName: cli_migrations }\n");
    return CliRunner.in(project);
  }

  @ParameterizedTest
  @CsvSource({
    "migrate:fresh, drops every table",
    "migrate:reset, rolls back every migration",
    "migrate:refresh, rolls back every migration",
    "db:wipe, drops every table"
  })
  void destructiveCommandsRefuseProductionWithoutForce(String command, String what)
      throws IOException {
    CliRunner.Result result = configured().env("ILANA_ENV", "production").run(command);

    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo(
            "ilana: "
                + command
                + " "
                + what
                + "; refused in production (ILANA_ENV=production). Add --force to run it anyway.");
    assertThat(project.resolve("database")).doesNotExist();
  }

  @Test
  void forceRunsThemInProduction() throws IOException {
    CliRunner.Result result = configured().env("ILANA_ENV", "production").run("db:wipe", "--force");
    assertThat(result.code()).as(result.toString()).isZero();
  }

  @Test
  void withoutAConfigurationFileADatabaseCommandSaysToRunSetup() {
    CliRunner.Result result = CliRunner.in(project).run("migrate");

    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo(
            "ilana: No configuration file (ilana.yml, ilana.yaml or ilana.json) in "
                + project.toAbsolutePath().normalize()
                + "; run 'ilana setup' first.");
  }

  @Test
  void aConfigFileGivenAfterTheCommandThatDoesNotExistIsNamed() {
    CliRunner.Result result = CliRunner.in(project).run("migrate:status", "--config", "other.yml");

    assertThat(result.error())
        .isEqualTo(
            "ilana: Configuration file "
                + project.toAbsolutePath().normalize().resolve("other.yml")
                + " does not exist.");
  }

  @Test
  void anUnknownConnectionIsNamedWithTheConfiguredOnes() throws IOException {
    CliRunner.Result result = configured().run("migrate", "--connection=reports");

    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo(
            "ilana: Connection [reports] is not configured; configured connections: [main].");
  }

  @Test
  void aConfigurationErrorNamesTheFileAndKey() throws IOException {
    Files.writeString(project.resolve("ilana.yml"), "connections:\n  main: { client: sqlite9 }\n");

    CliRunner.Result result = CliRunner.in(project).run("migrate");

    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error()).startsWith("ilana: " + project.resolve("ilana.yml") + ": ");
  }

  @Test
  void anUnknownMigrationForOnlyIsNamed() throws IOException {
    CliRunner.Result result = configured().run("migrate", "--only", "20990101000000_nothing");
    assertThat(result.error())
        .isEqualTo("ilana: --only 20990101000000_nothing: no such migration.");
  }

  @Test
  void aNonNumericStepIsAUsageError() throws IOException {
    CliRunner.Result result = configured().run("migrate:rollback", "--step", "two");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.error())
        .isEqualTo(
            "ilana: Invalid value for option '--step': 'two' is not an int (see 'ilana"
                + " migrate:rollback --help')");
  }

  /** A project class path without the seeder module: no SeederRunner registration is visible. */
  private static ClassLoader withoutSeeders() {
    return new ClassLoader(CommandRefusalsTest.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals("META-INF/services/" + SeederRunner.class.getName())) {
          return Collections.emptyEnumeration();
        }
        return super.getResources(name);
      }
    };
  }

  @Test
  void seedingWithoutTheSeederModuleSaysWhatIsMissing() throws IOException {
    CliRunner.Result result = configured().classLoader(withoutSeeders()).run("seed");
    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo(
            "ilana: Seeding needs the seeders of reactive-factories (io.ilana.seed) on the class"
                + " path; no io.ilana.cli.SeederRunner is registered.");
    assertThat(configured().classLoader(withoutSeeders()).run("migrate:fresh", "--seed").error())
        .isEqualTo(result.error());
  }
}
