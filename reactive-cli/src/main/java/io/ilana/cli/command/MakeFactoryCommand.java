package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.Generator.Kind;
import io.ilana.cli.generate.Names;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ilana make:factory UserFactory}: a model factory. */
@Command(
    name = "make:factory",
    mixinStandardHelpOptions = true,
    description = "Create a model factory.")
public final class MakeFactoryCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "The factory's class name, such as UserFactory.")
  String name;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "The model it makes (default: the name without Factory).")
  String model;

  /** The command for a run. */
  public MakeFactoryCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    String factory = Names.className("Factory", name);
    String made =
        model != null
            ? Names.className("Model", model)
            : factory.endsWith("Factory") && factory.length() > "Factory".length()
                ? factory.substring(0, factory.length() - "Factory".length())
                : factory;
    generator.plan(
        Kind.FACTORIES,
        factory,
        "factory",
        Map.of("model", made, "model_import", generator.packageOf(Kind.MODELS) + "." + made));
  }
}
