package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code ilana model:prune}: deletes the rows of prunable models ({@code ModelType.prunable}),
 * every prunable model of the models package unless {@code --model} names some. {@code --pretend}
 * counts them instead.
 */
@Command(
    name = "model:prune",
    mixinStandardHelpOptions = true,
    description = "Delete the rows prunable models mark as no longer needed.")
public final class ModelPruneCommand extends DatabaseCommand {
  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "A model to prune (repeatable; default: every prunable model).")
  List<String> models = new ArrayList<>();

  @Option(names = "--chunk", defaultValue = "1000", description = "Models deleted per query.")
  int chunk;

  @Option(names = "--pretend", description = "Count the prunable rows; delete nothing.")
  boolean pretend;

  /** The command for a run. */
  public ModelPruneCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    List<ModelType<?>> types = types(session);
    if (types.isEmpty()) {
      context.out().println("No prunable models.");
      return Mono.just(ExitCodes.OK);
    }
    return Flux.fromIterable(types)
        .concatMap(
            type -> {
              ModelQuery<?> query = type.query(session.connection());
              String name = type.modelClass().getSimpleName();
              return pretend
                  ? query
                      .prunable()
                      .count()
                      .doOnNext(n -> context.out().println(name + ": " + n + " would be pruned"))
                  : query
                      .prune(chunk)
                      .doOnNext(n -> context.out().println(name + ": " + n + " pruned"));
            })
        .then(Mono.just(ExitCodes.OK));
  }

  private List<ModelType<?>> types(Session session) {
    List<ModelType<?>> types = new ArrayList<>();
    if (!models.isEmpty()) {
      for (String model : models) {
        ModelType<?> type = typeOf(ModelClasses.resolve(model, session, context.classLoader()));
        if (!type.isPrunable()) {
          throw new CliException(
              type.modelClass().getName()
                  + " is not prunable: declare which rows go with ModelType.prunable(...).");
        }
        types.add(type);
      }
      return types;
    }
    String packageName = ModelClasses.packageOf(session);
    if (packageName == null) {
      throw new CliException(
          "No models package configured (models.package in ilana.yml): name the models with --model.");
    }
    for (Class<?> model : ModelClasses.inPackage(packageName, context.classLoader())) {
      ModelType<?> type = typeOf(model);
      if (type.isPrunable()) {
        types.add(type);
      }
    }
    return types;
  }

  /** The class was checked to extend Model; its type parameter is itself, as for every model. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ModelType<?> typeOf(Class<?> modelClass) {
    return ModelType.forClass((Class) modelClass);
  }
}
