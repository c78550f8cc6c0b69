package io.ilana.factory;

import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasOne;
import io.ilana.model.HasOneOrMany;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.MorphOne;
import io.ilana.model.MorphOneOrMany;
import io.ilana.model.MorphTo;
import io.ilana.model.Relation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One {@code make}, {@code raw} or {@code create} of a factory: resolves attributes, makes models,
 * links parents, saves in multi-row inserts, creates children and attachments, runs the hooks.
 *
 * <p>Attributes are generated on the bounded-elastic scheduler: Datafaker reads its data files on
 * first use, which must not happen on an event loop. Hooks run there too, since they often call the
 * faker. A {@code create} is one write: the models, their parents, children and pivot rows are
 * saved in one transaction on the model's connection (a savepoint inside the caller's).
 */
final class FactoryRun<T extends Model<T>> {
  private final FactorySpec<T> spec;

  FactoryRun(FactorySpec<T> spec) {
    this.spec = spec;
  }

  // ---- attributes ----------------------------------------------------------------------------

  /** The attributes of the model with {@code index}: definition, steps, hooks, suppliers. */
  Map<String, Object> attributes(Set<String> states) {
    Map<String, Object> attributes = new LinkedHashMap<>(definition());
    for (FactorySpec.Step step : spec.steps) {
      Map<String, ?> changes;
      if (step instanceof FactorySpec.NamedState named) {
        states.add(named.name());
        changes = spec.namedStates.get(named.name()).apply(spec.faker);
      } else if (step instanceof FactorySpec.AttributeState state) {
        changes = state.state().apply(attributes);
      } else {
        changes = next(((FactorySpec.SequenceState) step).sequence());
      }
      attributes.putAll(changes);
    }
    for (var hook : spec.beforeMaking) {
      attributes = new LinkedHashMap<>(hook.apply(attributes));
    }
    for (Map.Entry<String, Object> entry : attributes.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Supplier<?> supplier) {
        entry.setValue(supplier.get());
      } else if (value instanceof DependentAttribute dependent) {
        entry.setValue(dependent.resolve(attributes));
      }
    }
    return attributes;
  }

  private Map<String, ?> definition() {
    Map<String, ?> defined = spec.definition.apply(spec.faker);
    return defined == null ? Map.of() : defined;
  }

  private Map<String, ?> next(Sequence sequence) {
    Map<String, ?> values = sequence.next();
    if (values == null) {
      throw new FactoryException(
          "Sequence ["
              + sequence.name()
              + "] of "
              + spec.describe()
              + " ran out after "
              + sequence.size()
              + " values.");
    }
    return values;
  }

  /**
   * The attributes with factory-valued ones left out: {@code raw} and {@code make} save nothing.
   */
  List<Map<String, Object>> raw(int count) {
    List<Map<String, Object>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<String, Object> attributes = attributes(new LinkedHashSet<>());
      attributes.values().removeIf(value -> value instanceof FactoryBuilder<?, ?>);
      rows.add(attributes);
    }
    return rows;
  }

  // ---- make ----------------------------------------------------------------------------------

  List<T> make(int count) {
    List<T> models = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Set<String> states = new LinkedHashSet<>();
      Map<String, Object> attributes = attributes(states);
      attributes.values().removeIf(value -> value instanceof FactoryBuilder<?, ?>);
      T model = blank().forceFill(attributes);
      for (FactorySpec.ParentLink link : spec.parents) {
        if (link.source() instanceof Model<?> parent) {
          associate(model, link.relation(), parent);
        }
      }
      FactoryContext context = new FactoryContext(Set.copyOf(states), i, spec.faker);
      spec.afterMaking.forEach(hook -> hook.accept(model, context));
      models.add(model);
    }
    return models;
  }

  private T blank() {
    return spec.targeted() ? spec.query().make(Map.of()) : spec.type().newInstance();
  }

  // ---- create --------------------------------------------------------------------------------

  Flux<T> create(int count) {
    return Flux.defer(
        () -> {
          ModelQuery<T> query = spec.query();
          return query
              .connection()
              .transactionMany(trx -> createIn(query, count))
              .publishOn(Schedulers.boundedElastic());
        });
  }

  private Flux<T> createIn(ModelQuery<T> query, int count) {
    Map<T, FactoryContext> contexts = new IdentityHashMap<>();
    Set<String> parentColumns = parentColumns(query.make(Map.of()));
    return parents()
        .flatMap(
            parents ->
                Mono.fromCallable(() -> prepared(count))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(prepared -> made(query, parents, parentColumns, prepared, contexts)))
        .flatMap(models -> beforeCreating(models, contexts))
        .flatMapMany(query::saveMany)
        .transform(
            saved ->
                // Nothing to do per saved model: skip a publisher per model (10,000 of them).
                spec.children.isEmpty()
                        && spec.attachments.isEmpty()
                        && spec.afterCreating.isEmpty()
                    ? saved
                    : saved
                        .publishOn(Schedulers.boundedElastic())
                        .concatMap(
                            model ->
                                children(model)
                                    .then(attachments(model))
                                    .then(run(spec.afterCreating, model, contexts.get(model)))));
  }

  /**
   * The models made from their prepared attributes. Without factory-valued attributes (parents to
   * create first) they are made in one pass on the current (bounded-elastic) thread: a publisher
   * per model would cost more than the inserts for 10,000 of them.
   */
  private Mono<List<T>> made(
      ModelQuery<T> query,
      Map<String, Model<?>> parents,
      Set<String> parentColumns,
      List<Prepared> prepared,
      Map<T, FactoryContext> contexts) {
    if (!createsParents(prepared)) {
      List<T> models = new ArrayList<>(prepared.size());
      for (Prepared row : prepared) {
        models.add(
            model(
                query, parents, without(row.attributes(), parentColumns), row.context(), contexts));
      }
      return Mono.just(models);
    }
    return Flux.fromIterable(prepared)
        .concatMap(
            row ->
                factoryAttributes(without(row.attributes(), parentColumns))
                    .publishOn(Schedulers.boundedElastic())
                    .map(attributes -> model(query, parents, attributes, row.context(), contexts)))
        .collectList();
  }

  private static boolean createsParents(List<Prepared> prepared) {
    for (Prepared row : prepared) {
      for (Object value : row.attributes().values()) {
        if (value instanceof FactoryBuilder<?, ?>) {
          return true;
        }
      }
    }
    return false;
  }

  private T model(
      ModelQuery<T> query,
      Map<String, Model<?>> parents,
      Map<String, Object> attributes,
      FactoryContext context,
      Map<T, FactoryContext> contexts) {
    T model = query.make(Map.of()).forceFill(attributes);
    parents.forEach((relation, parent) -> associate(model, relation, parent));
    spec.afterMaking.forEach(hook -> hook.accept(model, context));
    contexts.put(model, context);
    return model;
  }

  /** The models once every {@code beforeCreating} hook has run on each, in order. */
  private Mono<List<T>> beforeCreating(List<T> models, Map<T, FactoryContext> contexts) {
    if (spec.beforeCreating.isEmpty()) {
      return Mono.just(models);
    }
    return Flux.fromIterable(models)
        .concatMap(model -> run(spec.beforeCreating, model, contexts.get(model)))
        .collectList();
  }

  /**
   * The columns the {@code forRelation} parents set: a factory the definition gives for one of them
   * must not create a parent of its own.
   */
  private Set<String> parentColumns(T blank) {
    Set<String> columns = new LinkedHashSet<>();
    for (FactorySpec.ParentLink link : spec.parents) {
      Relation<?> relation = spec.type().relationOf(blank, link.relation());
      if (relation instanceof BelongsTo<?> belongsTo) {
        columns.add(belongsTo.foreignKey());
      } else if (relation instanceof MorphTo<?> morphTo) {
        columns.add(morphTo.idColumn());
        columns.add(morphTo.typeColumn());
      }
    }
    return columns;
  }

  private static Map<String, Object> without(Map<String, Object> attributes, Set<String> columns) {
    attributes.keySet().removeAll(columns);
    return attributes;
  }

  private record Prepared(Map<String, Object> attributes, FactoryContext context) {}

  private List<Prepared> prepared(int count) {
    List<Prepared> prepared = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Set<String> states = new LinkedHashSet<>();
      Map<String, Object> attributes = attributes(states);
      prepared.add(new Prepared(attributes, new FactoryContext(Set.copyOf(states), i, spec.faker)));
    }
    return prepared;
  }

  private Mono<T> run(
      List<BiFunction<T, FactoryContext, ? extends Publisher<?>>> hooks,
      T model,
      FactoryContext context) {
    if (hooks.isEmpty()) {
      return Mono.just(model);
    }
    return Flux.fromIterable(hooks)
        .concatMap(hook -> Flux.from(hook.apply(model, context)).then())
        .then(Mono.just(model));
  }

  /** Attribute values that are factories become the key of a parent created (or recycled). */
  private Mono<Map<String, Object>> factoryAttributes(Map<String, Object> attributes) {
    if (attributes.values().stream().noneMatch(value -> value instanceof FactoryBuilder<?, ?>)) {
      return Mono.just(attributes);
    }
    return Flux.fromIterable(new ArrayList<>(attributes.entrySet()))
        .filter(entry -> entry.getValue() instanceof FactoryBuilder<?, ?>)
        .concatMap(
            entry ->
                parent((FactoryBuilder<?, ?>) entry.getValue())
                    .doOnNext(parent -> attributes.put(entry.getKey(), parent.getKey())))
        .then(Mono.just(attributes));
  }

  /** The parents of {@code forRelation}, each made once for all the models. */
  private Mono<Map<String, Model<?>>> parents() {
    Map<String, Model<?>> parents = new LinkedHashMap<>();
    return Flux.fromIterable(spec.parents)
        .concatMap(
            link ->
                (link.source() instanceof Model<?> model
                        ? Mono.<Model<?>>just(model)
                        : parent((FactoryBuilder<?, ?>) link.source()))
                    .doOnNext(parent -> parents.put(link.relation(), parent)))
        .then(Mono.just(parents));
  }

  /** A recycled model of the factory's class, or one the factory creates. */
  private Mono<Model<?>> parent(FactoryBuilder<?, ?> factory) {
    List<Model<?>> recycled =
        spec.recycled.stream().filter(model -> model.getClass() == factory.model()).toList();
    if (!recycled.isEmpty()) {
      return Mono.just(recycled.get(spec.faker.random().nextInt(recycled.size())));
    }
    return new FactoryRun<>(factory.inheriting(spec)).create(1).single().map(model -> model);
  }

  private void associate(T model, String relation, Model<?> parent) {
    Relation<?> found = spec.type().relationOf(model, relation);
    if (found instanceof BelongsTo<?> belongsTo) {
      associateTo(belongsTo, parent);
    } else if (found instanceof MorphTo<?> morphTo) {
      morphTo.associate(parent);
    } else {
      throw wrongKind("forRelation", relation, found, "a belongsTo or morphTo");
    }
    model.setRelation(relation, parent);
  }

  private static <R extends Model<R>> void associateTo(BelongsTo<R> relation, Model<?> parent) {
    Class<R> related = relation.relatedType().modelClass();
    if (!related.isInstance(parent)) {
      throw new FactoryException(
          "forRelation() got a "
              + parent.getClass().getName()
              + " for the relation to "
              + related.getName()
              + ".");
    }
    relation.associate(related.cast(parent));
  }

  /** Creates each {@code has} factory's models with their foreign keys set to {@code model}. */
  private Mono<Void> children(T model) {
    return Flux.fromIterable(spec.children)
        .concatMap(
            link -> {
              Relation<?> relation = spec.type().relationOf(model, link.relation());
              if (relation instanceof BelongsToMany<?>) {
                return attach(model, link.relation(), link.factory(), Map.of());
              }
              if (!(relation instanceof HasOneOrMany<?> hasMany)) {
                throw wrongKind(
                    "has", link.relation(), relation, "a hasOne, hasMany, morphOne or morphMany");
              }
              requireRelated("has", link.relation(), relation, link.factory());
              Map<String, Object> keys = new LinkedHashMap<>();
              keys.put(hasMany.foreignKey(), model.get(hasMany.localKey()));
              if (hasMany instanceof MorphOneOrMany<?> morph) {
                keys.put(morph.typeColumn(), morph.morphAlias());
              }
              boolean single = relation instanceof HasOne<?> || relation instanceof MorphOne<?>;
              return createChildren(link.factory(), keys)
                  .doOnNext(
                      created ->
                          model.setRelation(
                              link.relation(),
                              single ? (created.isEmpty() ? null : created.get(0)) : created))
                  .then();
            })
        .then();
  }

  private Mono<List<Model<?>>> createChildren(FactoryBuilder<?, ?> factory, Map<String, ?> keys) {
    FactorySpec<?> child = factory.inheriting(spec);
    return createWith(child, keys);
  }

  private static <C extends Model<C>> Mono<List<Model<?>>> createWith(
      FactorySpec<C> spec, Map<String, ?> keys) {
    FactorySpec<C> withKeys = spec.copy();
    if (!keys.isEmpty()) {
      Map<String, ?> fixed = Map.copyOf(keys);
      withKeys.steps.add(new FactorySpec.AttributeState(attributes -> fixed));
    }
    return new FactoryRun<>(withKeys).create(withKeys.count).collectList().map(List::copyOf);
  }

  /** Attaches each {@code hasAttached} factory's (or list's) models to {@code model}. */
  private Mono<Void> attachments(T model) {
    return Flux.fromIterable(spec.attachments)
        .concatMap(link -> attach(model, link.relation(), link.source(), link.pivot()))
        .then();
  }

  private Mono<Void> attach(T model, String name, Object source, Map<String, ?> pivot) {
    Relation<?> relation = spec.type().relationOf(model, name);
    if (!(relation instanceof BelongsToMany<?> belongsToMany)) {
      throw wrongKind("hasAttached", name, relation, "a belongsToMany or morphToMany");
    }
    if (source instanceof FactoryBuilder<?, ?> factory) {
      requireRelated("hasAttached", name, relation, factory);
    }
    Mono<List<Model<?>>> related =
        source instanceof FactoryBuilder<?, ?> factory
            ? createChildren(factory, Map.of())
            : Mono.just(modelsOf(source));
    return related.flatMap(
        models ->
            belongsToMany
                .attach(models.stream().map(Model::getKey).toList(), pivot)
                .doOnNext(rows -> model.setRelation(name, models))
                .then());
  }

  @SuppressWarnings("unchecked")
  private static List<Model<?>> modelsOf(Object source) {
    return (List<Model<?>>) source;
  }

  private void requireRelated(
      String method, String name, Relation<?> relation, FactoryBuilder<?, ?> factory) {
    Class<?> related = relation.relatedType().modelClass();
    if (factory.model() != related) {
      throw new FactoryException(
          method
              + "() on "
              + spec.describe()
              + " got a factory for ["
              + factory.model().getName()
              + "], but ["
              + name
              + "] relates ["
              + related.getName()
              + "].");
    }
  }

  private FactoryException wrongKind(
      String method, String relation, Relation<?> found, String expected) {
    return new FactoryException(
        method
            + "() on "
            + spec.describe()
            + " needs "
            + expected
            + " relation, but ["
            + relation
            + "] is a "
            + found.getClass().getSimpleName()
            + ".");
  }
}
