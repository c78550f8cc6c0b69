package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.generate.Generator;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A {@code make:*} command: plans its files, then writes all of them or none. */
abstract class GeneratorCommand implements Callable<Integer> {
  /** The run's context. */
  protected final CliContext context;

  @ParentCommand IlanaCommand ilana;

  GeneratorCommand(CliContext context) {
    this.context = context;
  }

  /** Plans the command's files. */
  abstract void plan(Generator generator);

  @Override
  public final Integer call() {
    Generator generator = new Generator(context, ilana.project(), Clock.systemUTC());
    plan(generator);
    generator.write();
    return ExitCodes.OK;
  }
}
