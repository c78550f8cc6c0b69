package io.ilana.model;

import io.ilana.collection.Items;
import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.query.QueryBuilder;
import io.ilana.query.WhereBuilder;
import io.ilana.query.parts.QueryParts;
import io.ilana.query.parts.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A relation between one parent model and models of another type. A relation is a query: it starts
 * from the related type's {@link ModelQuery} constrained to the parent, so {@code
 * user.posts().where("published", true).get()} reads that user's published posts. The same
 * declaration also loads the relation for many parents at once ({@link #eagerQuery}, {@link
 * #match}), which is what {@code with(...)} and {@code load(...)} use.
 *
 * @param <R> the related model type
 */
public abstract class Relation<R extends Model<R>> extends WhereBuilder<ModelQuery<R>> {
  private final Model<?> parent;
  private final ModelQuery<R> related;

  /** The parent the relation starts from and an unconstrained query for the related type. */
  Relation(Model<?> parent, ModelQuery<R> related) {
    this.parent = parent;
    this.related = related;
  }

  /** The parent model. */
  public Model<?> parent() {
    return parent;
  }

  /** The related type's query without the parent constraint. */
  ModelQuery<R> related() {
    return related;
  }

  /**
   * The connection the related models are read on: the one the related model type declares, or the
   * parent's when it declares none.
   */
  public DatabaseConnection connection() {
    return related.connection();
  }

  /** The related model type. */
  public ModelType<R> relatedType() {
    return related.type();
  }

  /** The related table, to qualify key columns. */
  String relatedTable() {
    return related.type().table();
  }

  /** Adds the condition that ties the related query to this relation's parent. */
  abstract ModelQuery<R> constrain(ModelQuery<R> query);

  /**
   * The query reading the related models of every parent at once ({@code key in (...)}), or empty
   * when no parent has a key to look for.
   */
  abstract Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents);

  /** Stores on each parent, under {@code name}, its share of the eagerly read {@code results}. */
  abstract void match(List<? extends Model<?>> parents, List<R> results, String name);

  /**
   * The related query tied to parent rows by column rather than by value ({@code posts.user_id =
   * users.id}), for {@code exists} and {@code count} sub-queries inside a query on {@code
   * parentTable}.
   */
  abstract QueryBuilder correlated(ModelQuery<R> query, String parentTable);

  /**
   * A limit or offset in an eager-loading constraint ({@code with("posts", q ->
   * q.latest().limit(5))}) means per parent, as in Laravel: the batch's query runs without them and
   * each parent keeps its own slice of its related models, in the constraint's order. (A limit on
   * the one query of the batch would cut across parents, and its result would depend on the batch
   * size.)
   */
  private record PerParentSlice(Integer offset, Integer limit) {
    boolean isWhole() {
      return offset == null && limit == null;
    }

    /** Slices each parent's loaded list; returns the related models kept, for nested loading. */
    <M> List<M> apply(List<? extends Model<?>> parents, String name, Class<M> related) {
      List<M> kept = new ArrayList<>();
      for (Model<?> parent : parents) {
        if (parent.relations().get(name) instanceof List<?> all) {
          int from = Math.min(offset == null ? 0 : offset, all.size());
          int to = limit == null ? all.size() : Math.min(all.size(), from + limit);
          List<?> slice = List.copyOf(all.subList(from, to));
          parent.setRelation(name, slice);
          slice.forEach(model -> kept.add(related.cast(model)));
        }
      }
      return kept;
    }
  }

  /**
   * The most parents one eager-loading statement takes: half the bind parameters the database
   * allows, because the parent keys are bound one marker each where they are not bound as one array
   * (MariaDB, H2), a relation may bind them twice (a per-parent sub-query), and a constraint has
   * values of its own. {@link io.ilana.model.EagerLoader} loads larger batches in chunks.
   */
  int parentsPerStatement() {
    return Math.max(1, related().toBase().grammar().dialect().maxBindParameters() / 2);
  }

  /**
   * Loads this relation onto every parent of a batch, under {@code name}: the related query ({@link
   * #eagerQuery}) refined by {@code constraint}, with the {@code children} relations loaded on its
   * models, matched back to the parents ({@link #match}). One statement per batch; a relation
   * needing several (one per related table) overrides this and runs them one after another, never
   * interleaved, so one connection inside a transaction serves them in turn.
   */
  Mono<Void> eagerLoad(
      List<? extends Model<?>> parents,
      String name,
      UnaryOperator<ModelQuery<?>> constraint,
      EagerLoadPlan children) {
    return Mono.defer(
        () -> {
          Optional<ModelQuery<R>> query = eagerQuery(parents);
          if (query.isEmpty()) {
            match(parents, List.of(), name);
            return Mono.empty();
          }
          ModelQuery<R> refined = refine(constraint, query.get());
          QueryParts parts = refined.toBase().parts();
          PerParentSlice slice = new PerParentSlice(parts.offset(), parts.limit());
          if (slice.isWhole()) {
            return refined
                .with(children)
                .get()
                .collectList()
                .doOnNext(results -> matchChecked(parents, results, name))
                .then();
          }
          // Nested relations load only on the models each parent keeps.
          return refined
              .query(QueryBuilder::withoutLimits)
              .get()
              .collectList()
              .flatMap(
                  results -> {
                    matchChecked(parents, results, name);
                    List<R> kept = slice.apply(parents, name, relatedType().modelClass());
                    return children.isEmpty() || kept.isEmpty()
                        ? Mono.<Void>empty()
                        : EagerLoader.load(relatedType(), kept, children);
                  });
        });
  }

  private void matchChecked(List<? extends Model<?>> parents, List<R> results, String name) {
    if (!results.isEmpty()) {
      requireMatchable(results.get(0), name);
    }
    match(parents, results, name);
  }

  /**
   * Fails when an eagerly read model lacks the column {@link #match} finds its parent by: a
   * constraint that replaced the select list ({@code with("posts", q -> q.select("title"))}) would
   * otherwise leave every parent silently without related models.
   */
  void requireMatchable(R result, String name) {}

  /** The error for a model read without {@code column}, which matching needs. */
  final IllegalQueryStateException unmatchable(String name, String column) {
    return new IllegalQueryStateException(
        "Eager loading ["
            + name
            + "] read "
            + relatedType().modelClass().getSimpleName()
            + " rows without ["
            + column
            + "], which matching them to their parents needs; keep it in the constraint's select"
            + " list.");
  }

  /**
   * The query refined by an eager-loading or existence constraint, the constraint's conditions
   * bracketed so that an {@code or} among them cannot escape the relation's own.
   */
  @SuppressWarnings("unchecked") // a constraint refines the query it is given, keeping its type
  static <M extends Model<M>> ModelQuery<M> refine(
      UnaryOperator<ModelQuery<?>> constraint, ModelQuery<M> query) {
    return query.constrainedBy(q -> (ModelQuery<M>) constraint.apply(q));
  }

  // ---- the relation as a query ---------------------------------------------------------------

  /** The related query constrained to the parent. */
  public ModelQuery<R> query() {
    return constrain(related);
  }

  /**
   * The constrained query refined by {@code refine}; an {@code or} in it stays within the
   * refinement and cannot reach models of other parents.
   */
  public ModelQuery<R> query(UnaryOperator<ModelQuery<R>> refine) {
    return query().constrainedBy(refine);
  }

  /**
   * A relation has no conditions of its own: every condition method ({@link WhereBuilder}) starts
   * its related query, the first condition added as a refinement (see {@link
   * #query(UnaryOperator)}) so that an {@code orWhere} cannot reach other parents' models.
   */
  @Override
  public List<Where> wheres() {
    return List.of();
  }

  @Override
  protected ModelQuery<R> withWheres(List<Where> wheres) {
    // The relation's own list is empty, so these are only the conditions just added: appended to
    // the constrained query's, as a refinement.
    return query(
        q -> {
          List<Where> all = new ArrayList<>(q.wheres());
          all.addAll(wheres);
          return q.withWheres(all);
        });
  }

  @Override
  protected ModelQuery<R> emptyGroup() {
    return query().emptyGroup();
  }

  @Override
  protected QueryBuilder emptyQuery() {
    return query().emptyQuery();
  }

  /** {@code order by column asc}. */
  public ModelQuery<R> orderBy(String column) {
    return query().orderBy(column);
  }

  /** {@code order by column direction}. */
  public ModelQuery<R> orderBy(String column, String direction) {
    return query().orderBy(column, direction);
  }

  /** Newest first by {@code created_at}. */
  public ModelQuery<R> latest() {
    return query().latest();
  }

  /** Also loads the named relations of the related models. */
  public ModelQuery<R> with(String... relations) {
    return query().with(relations);
  }

  /** Every related model, streamed. */
  public Flux<R> get() {
    return Flux.defer(() -> query().get());
  }

  /** Every related model, in one {@link Items}. */
  public Mono<Items<R>> collect() {
    return Mono.defer(() -> query().collect());
  }

  /** The first related model, or empty. */
  public Mono<R> first() {
    return Mono.defer(() -> query().first());
  }

  /** The related model with the key, or empty when it is not related to the parent. */
  public Mono<R> find(Object id) {
    return Mono.defer(() -> query().find(id));
  }

  /** How many related models there are. */
  public Mono<Long> count() {
    return Mono.defer(() -> query().count());
  }

  /** Whether any related model exists. */
  public Mono<Boolean> exists() {
    return Mono.defer(() -> query().exists());
  }

  /** The stored value of a parent or related attribute, as read (no cast), for key matching. */
  static Object raw(Model<?> model, String key) {
    return model.attributes().get(key);
  }
}
