package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.Generator.Kind;
import io.ilana.cli.generate.Names;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ilana make:observer UserObserver --model=User}: a model observer. */
@Command(
    name = "make:observer",
    mixinStandardHelpOptions = true,
    description = "Create a model observer (for one model with --model, else for any model).")
public final class MakeObserverCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "The observer's class name, such as UserObserver.")
  String name;

  @Option(names = "--model", paramLabel = "MODEL", description = "The model it observes.")
  String model;

  /** The command for a run. */
  public MakeObserverCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    String observer = Names.className("Observer", name);
    if (model == null) {
      generator.plan(Kind.OBSERVERS, observer, "observer.plain", Map.of());
      return;
    }
    String observed = Names.className("Model", model);
    generator.plan(
        Kind.OBSERVERS,
        observer,
        "observer",
        Map.of(
            "model", observed, "model_import", generator.packageOf(Kind.MODELS) + "." + observed));
  }
}
