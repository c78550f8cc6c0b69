package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ilana env}: which environment {@code ILANA_ENV} selects. */
@Command(
    name = "env",
    mixinStandardHelpOptions = true,
    description = "Show the current environment (ILANA_ENV, default development).")
public final class EnvCommand implements Callable<Integer> {
  private final CliContext context;

  /** The command for a run. */
  public EnvCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context
        .out()
        .println(context.style("Current environment: @|bold " + context.environmentName() + "|@"));
    return ExitCodes.OK;
  }
}
