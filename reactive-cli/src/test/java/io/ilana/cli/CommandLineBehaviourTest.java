package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command behaves as a program: help, exit codes, one-line errors, colours, ILANA_ENV. */
class CommandLineBehaviourTest {
  @TempDir Path project;

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CliRunner.Result result = CliRunner.in(project).run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Usage: ilana", "env");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void everyCommandHasItsOwnHelp() {
    for (String command : Ilana.commandLine(context()).getSubcommands().keySet()) {
      CliRunner.Result result = CliRunner.in(project).run(command, "--help");
      assertThat(result.code()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: ilana " + command);
    }
  }

  @Test
  void anUnknownCommandIsAUsageErrorOnOneLine() {
    CliRunner.Result result = CliRunner.in(project).run("migrate:sideways");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.error())
        .isEqualTo("ilana: Unmatched argument at index 0: 'migrate:sideways' (see 'ilana --help')");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLine() {
    CliRunner.Result result = CliRunner.in(project).run("env", "--bogus");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.error())
        .isEqualTo("ilana: Unknown option: '--bogus' (see 'ilana env --help')");
  }

  @Test
  void ilanaEnvChoosesTheEnvironment() {
    assertThat(CliRunner.in(project).run("env").out())
        .isEqualTo("Current environment: development" + System.lineSeparator());
    assertThat(CliRunner.in(project).env("ILANA_ENV", "production").run("env").out())
        .isEqualTo("Current environment: production" + System.lineSeparator());
  }

  @Test
  void outputIsColouredOnlyOnATerminal() {
    assertThat(CliRunner.in(project).run("env").out()).doesNotContain("\u001B[");
    assertThat(CliRunner.in(project).terminal().run("env").out()).contains("\u001B[1m");
    assertThat(CliRunner.in(project).terminal().env("NO_COLOR", "1").run("env").out())
        .doesNotContain("\u001B[");
  }

  private CliContext context() {
    return CliContext.builder(project).build();
  }
}
