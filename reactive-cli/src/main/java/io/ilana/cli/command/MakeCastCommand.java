package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.Generator.Kind;
import io.ilana.cli.generate.Names;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ilana make:cast MoneyCast}: a custom attribute cast. */
@Command(
    name = "make:cast",
    mixinStandardHelpOptions = true,
    description = "Create a custom attribute cast.")
public final class MakeCastCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "The cast's class name, such as MoneyCast.")
  String name;

  /** The command for a run. */
  public MakeCastCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    generator.plan(Kind.CASTS, Names.className("Cast", name), "cast", Map.of());
  }
}
