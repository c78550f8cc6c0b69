package io.ilana.model;

import io.ilana.collection.Items;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the relations of an {@link EagerLoadPlan} for a batch of parents: one query per relation
 * per batch ({@code fk in (parent keys)}; a polymorphic {@code morphTo} one per owner type),
 * matched back to the parents by key, then the nested relations on the models just read. Relations
 * load one after another, never interleaved, so inside a transaction the one connection serves one
 * statement at a time.
 */
public final class EagerLoader {
  private EagerLoader() {}

  /** Loads the plan's relations onto every model of the list (all of {@code type}). */
  public static <T extends Model<T>> Mono<Void> load(
      ModelType<T> type, List<T> models, EagerLoadPlan plan) {
    return requireDeclared(type, models, plan)
        .thenMany(Flux.fromIterable(plan.nodes().entrySet()))
        .concatMap(node -> Mono.defer(() -> loadNode(type, models, node.getKey(), node.getValue())))
        .then();
  }

  /** Loads only the relations not loaded yet, then the missing nested ones on the loaded models. */
  public static <T extends Model<T>> Mono<Void> loadMissing(
      ModelType<T> type, List<T> models, EagerLoadPlan plan) {
    return requireDeclared(type, models, plan)
        .thenMany(Flux.fromIterable(plan.nodes().entrySet()))
        .concatMap(
            node -> Mono.defer(() -> loadMissingNode(type, models, node.getKey(), node.getValue())))
        .then();
  }

  /** The whole plan is checked before its first relation query, not as each level loads. */
  private static <T extends Model<T>> Mono<Void> requireDeclared(
      ModelType<T> type, List<T> models, EagerLoadPlan plan) {
    return Mono.fromRunnable(
        () -> {
          if (!models.isEmpty()) {
            plan.requireDeclaredOn(type, models.get(0));
          }
        });
  }

  /** The models of a collection with the relations loaded; empty collections pass through. */
  public static <T extends Model<T>> Mono<Items<T>> load(Items<T> models, String... relations) {
    return Mono.defer(
        () ->
            models.isEmpty()
                ? Mono.just(models)
                : load(typeOf(models), models.all(), EagerLoadPlan.of(relations))
                    .thenReturn(models));
  }

  /** {@link #loadMissing(ModelType, List, EagerLoadPlan)} for a collection. */
  public static <T extends Model<T>> Mono<Items<T>> loadMissing(
      Items<T> models, String... relations) {
    return Mono.defer(
        () ->
            models.isEmpty()
                ? Mono.just(models)
                : loadMissing(typeOf(models), models.all(), EagerLoadPlan.of(relations))
                    .thenReturn(models));
  }

  /** Every model of the stream, with the relations loaded once all of them were read. */
  static <T extends Model<T>> Flux<T> all(ModelType<T> type, Flux<T> models, EagerLoadPlan plan) {
    if (plan.isEmpty()) {
      return models;
    }
    return models
        .collectList()
        .flatMapMany(list -> load(type, list, plan).thenMany(Flux.fromIterable(list)));
  }

  /**
   * The stream in batches of {@code size}: each batch's relations are loaded before its models are
   * emitted, and only one batch waits ahead, so memory stays bounded however long the stream.
   */
  static <T extends Model<T>> Flux<T> inBatches(
      ModelType<T> type, Flux<T> models, EagerLoadPlan plan, int size) {
    if (plan.isEmpty()) {
      return models;
    }
    return models
        .buffer(size)
        .concatMap(batch -> load(type, batch, plan).thenMany(Flux.fromIterable(batch)), 1);
  }

  @SuppressWarnings("unchecked") // a Model<T> subclass's getClass() is Class<T> by declaration
  private static <T extends Model<T>> ModelType<T> typeOf(Items<T> models) {
    return ModelType.forClass((Class<T>) models.get(0).getClass());
  }

  private static <T extends Model<T>> Mono<Void> loadNode(
      ModelType<T> type, List<T> models, String name, EagerLoadPlan.Node node) {
    Function<T, ? extends Relation<?>> declared = type.relationFor(name);
    if (models.isEmpty()) {
      return Mono.empty();
    }
    return loadRelation(declared.apply(models.get(0)), models, name, node, node.children());
  }

  private static Mono<Void> loadRelation(
      Relation<?> relation,
      List<? extends Model<?>> parents,
      String name,
      EagerLoadPlan.Node node,
      EagerLoadPlan children) {
    int size = relation.parentsPerStatement();
    if (parents.size() <= size) {
      return relation.eagerLoad(parents, name, node.constraint(), children);
    }
    // Each parent's related rows come from its own chunk's statement, so matching per chunk is
    // complete; chunks load one after another.
    List<List<? extends Model<?>>> chunks = new ArrayList<>();
    for (int start = 0; start < parents.size(); start += size) {
      chunks.add(parents.subList(start, Math.min(parents.size(), start + size)));
    }
    return Flux.fromIterable(chunks)
        .concatMap(chunk -> relation.eagerLoad(chunk, name, node.constraint(), children))
        .then();
  }

  private static <T extends Model<T>> Mono<Void> loadMissingNode(
      ModelType<T> type, List<T> models, String name, EagerLoadPlan.Node node) {
    Function<T, ? extends Relation<?>> declared = type.relationFor(name);
    if (models.isEmpty()) {
      return Mono.empty();
    }
    List<T> missing = models.stream().filter(model -> !model.relationLoaded(name)).toList();
    Relation<?> relation = declared.apply(models.get(0));
    Mono<Void> own =
        missing.isEmpty()
            ? Mono.empty()
            : loadRelation(relation, missing, name, node, EagerLoadPlan.none());
    if (node.children().isEmpty()) {
      return own;
    }
    return own.then(Mono.defer(() -> loadMissingNested(models, name, node.children())));
  }

  /**
   * The nested relations missing on the models loaded under {@code name}, per model class: a
   * polymorphic relation loads models of several classes, each with its own declarations.
   */
  private static Mono<Void> loadMissingNested(
      List<? extends Model<?>> parents, String name, EagerLoadPlan children) {
    Map<Class<?>, List<Model<?>>> byClass = new LinkedHashMap<>();
    for (Model<?> parent : parents) {
      Object loaded = parent.relation(name);
      if (loaded instanceof List<?> list) {
        list.forEach(model -> add(byClass, (Model<?>) model));
      } else if (loaded != null) {
        add(byClass, (Model<?>) loaded);
      }
    }
    return Flux.fromIterable(byClass.values())
        .concatMap(models -> Mono.defer(() -> loadMissingOfOneClass(models, children)))
        .then();
  }

  private static void add(Map<Class<?>, List<Model<?>>> byClass, Model<?> model) {
    byClass.computeIfAbsent(model.getClass(), key -> new ArrayList<>()).add(model);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // every model of the list is of one class T
  private static Mono<Void> loadMissingOfOneClass(List<Model<?>> models, EagerLoadPlan children) {
    Class modelClass = models.get(0).getClass();
    return loadMissing(ModelType.forClass(modelClass), (List) models, children);
  }
}
