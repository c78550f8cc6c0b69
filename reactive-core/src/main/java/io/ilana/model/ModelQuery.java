package io.ilana.model;

import io.ilana.collection.Items;
import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.error.InvalidDefinitionException;
import io.ilana.error.InvalidValueException;
import io.ilana.error.ModelNotFoundException;
import io.ilana.error.MultipleRecordsFoundException;
import io.ilana.pagination.CursorCodec;
import io.ilana.pagination.CursorPage;
import io.ilana.pagination.Page;
import io.ilana.pagination.SimplePage;
import io.ilana.query.QueryBuilder;
import io.ilana.query.WhereBuilder;
import io.ilana.query.parts.Where;
import io.ilana.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query for models of one type: an immutable wrapper around a {@link QueryBuilder} that adds the
 * type's global scopes (soft deletes among them) to every read and to query-level writes, and turns
 * rows into models. Every condition method of the query builder ({@link WhereBuilder}: {@code
 * where*}, {@code orWhere*}, {@code whereNot*}, JSON, date, exists, column, raw, {@code when},
 * {@code unless}) is offered here as on the builder, plus the relation conditions ({@code
 * whereHas}, {@code whereRelation}, …).
 *
 * @param <T> the model type
 */
public final class ModelQuery<T extends Model<T>> extends RelationWhereBuilder<T> {
  private final ModelType<T> type;
  private final DatabaseConnection connection;
  private final QueryBuilder builder;
  private final Set<String> removedScopes;
  private final EagerLoadPlan eager;

  /** What every model read goes through ({@link #afterReading}); null when nothing. */
  private final UnaryOperator<T> afterRead;

  private ModelQuery(
      ModelType<T> type,
      DatabaseConnection connection,
      QueryBuilder builder,
      Set<String> removedScopes,
      EagerLoadPlan eager,
      UnaryOperator<T> afterRead) {
    this.type = type;
    this.connection = connection;
    this.builder = builder;
    this.removedScopes = Set.copyOf(removedScopes);
    this.eager = eager;
    this.afterRead = afterRead;
  }

  static <T extends Model<T>> ModelQuery<T> create(
      ModelType<T> type, DatabaseConnection connection) {
    type.frozen();
    return new ModelQuery<>(
        type,
        connection,
        QueryBuilder.on(connection).from(type.table()),
        Set.of(),
        EagerLoadPlan.none(),
        null);
  }

  private ModelQuery<T> with(QueryBuilder next) {
    return new ModelQuery<>(type, connection, next, removedScopes, eager, afterRead);
  }

  /** The model type queried. */
  public ModelType<T> type() {
    return type;
  }

  /** The connection the query runs on. */
  public DatabaseConnection connection() {
    return connection;
  }

  /**
   * The same query reading the type's table under {@code alias} ({@code from table as alias}), as a
   * sub-query on the table of the query it sits in must: {@link #qualifier()}, the global scopes
   * and the relations' correlations then name the alias.
   */
  public ModelQuery<T> as(String alias) {
    return with(builder.from(type.table() + " as " + alias));
  }

  /**
   * What the query's own columns are qualified with: the alias given to {@link #as}, else the
   * table.
   */
  public String qualifier() {
    String qualifier = builder.qualifier();
    return qualifier == null ? type.table() : qualifier;
  }

  /**
   * The same query on another configured connection of the same manager is not possible once
   * conditions were added (they were validated for this connection's dialect); start from {@code
   * TYPE.on(name)} instead. This returns a fresh query on the named connection of the default
   * manager when nothing was added yet.
   */
  public ModelQuery<T> connection(String name) {
    if (!builder.parts().wheres().isEmpty() || !builder.parts().orders().isEmpty()) {
      throw new IllegalQueryStateException(
          "Call connection(name) before adding conditions, or start with "
              + type.modelClass().getSimpleName()
              + "'s ModelType.on(name).");
    }
    return type.on(name);
  }

  // ---- conditions: every condition method of the builder (WhereBuilder), plus these -----------

  @Override
  public List<Where> wheres() {
    return builder.wheres();
  }

  @Override
  public ModelQuery<T> withWheres(List<Where> wheres) {
    return with(builder.withWheres(wheres));
  }

  /** A group's conditions are collected on an empty query of the same model type. */
  @Override
  public ModelQuery<T> emptyGroup() {
    return with(builder.emptyGroup());
  }

  @Override
  public QueryBuilder emptyQuery() {
    return builder.emptyQuery();
  }

  /** Adds to the underlying builder anything it offers. */
  public ModelQuery<T> query(UnaryOperator<QueryBuilder> piece) {
    return with(piece.apply(builder));
  }

  /** {@code attribute = value}, the value stored as the attribute's cast stores it. */
  public <V> ModelQuery<T> where(Attribute<T, V> attribute, V value) {
    return where(attribute.name(), stored(attribute, value));
  }

  /** {@code attribute operator value}, the value stored as the attribute's cast stores it. */
  public <V> ModelQuery<T> where(Attribute<T, V> attribute, String operator, V value) {
    return where(attribute.name(), operator, stored(attribute, value));
  }

  /** {@code attribute in (values)}, each stored as the attribute's cast stores it. */
  public <V> ModelQuery<T> whereIn(Attribute<T, V> attribute, Collection<? extends V> values) {
    List<Object> stored = new ArrayList<>(values.size());
    values.forEach(value -> stored.add(stored(attribute, value)));
    return whereIn(attribute.name(), stored);
  }

  /** {@code order by attribute asc}. */
  public ModelQuery<T> orderBy(Attribute<T, ?> attribute) {
    return orderBy(attribute.name());
  }

  private Object stored(Attribute<T, ?> attribute, Object value) {
    return type.frozen().transforms().castOnly(attribute.name(), value);
  }

  /** Every {@code column = value} of the map. */
  public ModelQuery<T> where(Map<String, ?> columns) {
    QueryBuilder next = builder;
    for (Map.Entry<String, ?> entry : columns.entrySet()) {
      next = next.where(entry.getKey(), entry.getValue());
    }
    return with(next);
  }

  /** {@code order by column asc}. */
  public ModelQuery<T> orderBy(String column) {
    return with(builder.orderBy(column));
  }

  /** {@code order by column direction}. */
  public ModelQuery<T> orderBy(String column, String direction) {
    return with(builder.orderBy(column, direction));
  }

  /** {@code order by column desc}. */
  public ModelQuery<T> orderByDesc(String column) {
    return with(builder.orderByDesc(column));
  }

  /**
   * Newest first by the type's creation column ({@code created_at} unless declared otherwise),
   * qualified with the table so that joined relation queries stay unambiguous.
   */
  public ModelQuery<T> latest() {
    return with(builder.latest(createdAtColumn()));
  }

  /** Newest first by {@code column}. */
  public ModelQuery<T> latest(String column) {
    return with(builder.latest(column));
  }

  /** Oldest first by the type's creation column, qualified with the table. */
  public ModelQuery<T> oldest() {
    return with(builder.oldest(createdAtColumn()));
  }

  /** Oldest first by {@code column}. */
  public ModelQuery<T> oldest(String column) {
    return with(builder.oldest(column));
  }

  private String createdAtColumn() {
    String column = type.frozen().timestamps().createdAtColumn();
    return qualifier() + "." + (column == null ? "created_at" : column);
  }

  /** At most {@code count} models. */
  public ModelQuery<T> limit(int count) {
    return with(builder.limit(count));
  }

  /** Skips {@code count} rows. */
  public ModelQuery<T> offset(int count) {
    return with(builder.offset(count));
  }

  /** Reads only these columns. */
  public ModelQuery<T> select(String... columns) {
    return with(builder.select(columns));
  }

  // ---- eager loading ------------------------------------------------------------------------

  /**
   * Loads the named relations with the models; dotted paths load nested relations ({@code
   * "posts.comments"}). One query per relation per batch of models.
   */
  public ModelQuery<T> with(String... relations) {
    return with(EagerLoadPlan.of(relations));
  }

  /** Loads the relation with its query refined by {@code constraint}. */
  public ModelQuery<T> with(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return with(EagerLoadPlan.none().with(relation, constraint));
  }

  /**
   * Same as {@link #with(String, UnaryOperator)}, under the name the reference README uses: {@code
   * withConstraints("posts", q -> q.where("published", true).limit(5))}.
   */
  public ModelQuery<T> withConstraints(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return with(relation, constraint);
  }

  /** Loads the plan's relations with the models. */
  public ModelQuery<T> with(EagerLoadPlan plan) {
    return new ModelQuery<>(type, connection, builder, removedScopes, eager.merge(plan), afterRead);
  }

  /**
   * Adds {@code <relation>_count}: how many related models each model has. Without a select list,
   * the model's own columns are selected too.
   */
  public ModelQuery<T> withCount(String... relations) {
    ModelQuery<T> query = this;
    for (String name : relations) {
      query = query.withCount(name, q -> q);
    }
    return query;
  }

  /**
   * Adds {@code <relation>_count}, counting only the related models matching {@code constraint}.
   */
  public ModelQuery<T> withCount(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return with(relations().count(builder, relation, constraint));
  }

  /**
   * Adds {@code <relation>_sum_<column>}: the sum of the column over each model's related models.
   */
  public ModelQuery<T> withSum(String relation, String column) {
    return with(relations().aggregate(builder, relation, "sum", column));
  }

  /** Adds {@code <relation>_avg_<column>}: the average of the column over the related models. */
  public ModelQuery<T> withAvg(String relation, String column) {
    return with(relations().aggregate(builder, relation, "avg", column));
  }

  /** Adds {@code <relation>_min_<column>}: the smallest value of the column among them. */
  public ModelQuery<T> withMin(String relation, String column) {
    return with(relations().aggregate(builder, relation, "min", column));
  }

  /** Adds {@code <relation>_max_<column>}: the largest value of the column among them. */
  public ModelQuery<T> withMax(String relation, String column) {
    return with(relations().aggregate(builder, relation, "max", column));
  }

  /** Adds {@code <relation>_exists}: whether each model has at least one related model. */
  public ModelQuery<T> withExists(String relation) {
    return with(relations().existsColumn(builder, relation));
  }

  @Override
  QueryBuilder base() {
    return builder;
  }

  @Override
  ModelQuery<T> withBase(QueryBuilder next) {
    return with(next);
  }

  @Override
  RelationConditions<T> relations() {
    return new RelationConditions<>(type, this);
  }

  /** The relations to load with the models. */
  EagerLoadPlan eagerPlan() {
    return eager;
  }

  // ---- scopes --------------------------------------------------------------------------------

  /** Applies a local scope declared on the type, with its parameters. */
  public ModelQuery<T> scope(String name, Object... parameters) {
    return type.frozen().scopes().local(name).apply(this, parameters);
  }

  /** Leaves out the named global scope. */
  public ModelQuery<T> withoutGlobalScope(String name) {
    Set<String> removed = new HashSet<>(removedScopes);
    removed.add(name);
    return new ModelQuery<>(type, connection, builder, removed, eager, afterRead);
  }

  /** Leaves out every global scope. */
  public ModelQuery<T> withoutGlobalScopes() {
    ModelQuery<T> query = this;
    for (String name : type.frozen().scopes().globalNames()) {
      query = query.withoutGlobalScope(name);
    }
    return query;
  }

  /** Includes soft-deleted models. */
  public ModelQuery<T> withTrashed() {
    return withoutGlobalScope(SoftDeletes.SCOPE);
  }

  /** Only soft-deleted models. */
  public ModelQuery<T> onlyTrashed() {
    SoftDeletes soft = softDeletes("onlyTrashed");
    ModelQuery<T> query = withTrashed();
    return query.with(soft.onlyTrashed(query.builder));
  }

  /** Only models that are not soft-deleted (the default). */
  public ModelQuery<T> withoutTrashed() {
    softDeletes("withoutTrashed");
    Set<String> removed = new HashSet<>(removedScopes);
    removed.remove(SoftDeletes.SCOPE);
    return new ModelQuery<>(type, connection, builder, removed, eager, afterRead);
  }

  private SoftDeletes softDeletes(String method) {
    SoftDeletes soft = type.frozen().softDeletes();
    if (soft == null) {
      throw new IllegalQueryStateException(
          method + "() needs soft deletes; " + type.modelClass().getSimpleName() + " has none.");
    }
    return soft;
  }

  /** The builder with the global scopes applied: what every read and write runs. */
  QueryBuilder toBase() {
    return type.frozen().scopes().apply(builder, removedScopes);
  }

  /** The SELECT statement this query runs. */
  public Sql compile() {
    return toBase().compile();
  }

  private String qualifiedKey() {
    return qualifier() + "." + type.keyName();
  }

  /**
   * This query refined by a caller's {@code constraint}, whose conditions are bracketed together:
   * an {@code or} inside a {@code with(..)} or {@code whereHas(..)} constraint must not escape the
   * relation's own conditions (the parent keys, a morph type, pivot conditions).
   */
  ModelQuery<T> constrainedBy(UnaryOperator<ModelQuery<T>> constraint) {
    int before = builder.parts().wheres().size();
    ModelQuery<T> refined = constraint.apply(this);
    return refined.with(refined.builder.groupWheresAfter(before));
  }

  /**
   * Applies {@code step} to every model this query reads, before relations load: a relation that
   * reads extra columns with its models (a pivot row) moves them where they belong this way, on
   * every read path ({@code get}, {@code first}, {@code cursor}, {@code chunk}, pagination).
   */
  ModelQuery<T> afterReading(UnaryOperator<T> step) {
    UnaryOperator<T> before = afterRead;
    UnaryOperator<T> steps = before == null ? step : model -> step.apply(before.apply(model));
    return new ModelQuery<>(type, connection, builder, removedScopes, eager, steps);
  }

  /** Rows turned into models of the type, each passed through the after-read steps. */
  Flux<T> hydrate(Flux<Map<String, Object>> rows) {
    if (!eager.isEmpty()) {
      // Subscribed before the rows, so an undeclared relation fails before the parent query runs.
      return Flux.defer(
          () -> {
            requireEagerPlan();
            return hydrateNow(rows);
          });
    }
    return hydrateNow(rows);
  }

  private Flux<T> hydrateNow(Flux<Map<String, Object>> rows) {
    Flux<T> models = Hydrator.hydrateAll(type, connection, rows);
    return afterRead == null ? models : models.map(afterRead);
  }

  /** Every relation of {@code with(...)} is declared, at every depth. */
  void requireEagerPlan() {
    if (!eager.isEmpty()) {
      eager.requireDeclaredOn(type, type.blank(connection));
    }
  }

  // ---- reads ---------------------------------------------------------------------------------

  /** Every matching model, streamed. */
  public Flux<T> get() {
    return Flux.defer(() -> EagerLoader.all(type, hydrate(toBase().get()), eager));
  }

  /** Same as {@link #get()}. */
  public Flux<T> all() {
    return get();
  }

  /** The first matching model, or empty. */
  public Mono<T> first() {
    return Mono.defer(() -> EagerLoader.all(type, hydrate(toBase().first().flux()), eager).next());
  }

  /** The first matching model, or {@link ModelNotFoundException}. */
  public Mono<T> firstOrFail() {
    return first().switchIfEmpty(Mono.error(() -> notFound(List.of())));
  }

  /**
   * The model with the key, or empty. Text of digits finds a whole-number key ({@code "17"} finds
   * 17); a value that cannot be the key is an {@link io.ilana.error.InvalidValueException} naming
   * the model and the value.
   */
  public Mono<T> find(Object id) {
    Object key;
    try {
      key = KeyValues.coerce(type, id);
    } catch (InvalidValueException notAKey) {
      return Mono.error(notAKey);
    }
    return where(qualifiedKey(), key).first();
  }

  /**
   * The models with the keys, in key order; keys are brought to the key type as by {@link #find}.
   */
  public Flux<T> findMany(Collection<?> ids) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    List<Object> keys = new ArrayList<>(ids.size());
    try {
      ids.forEach(id -> keys.add(KeyValues.coerce(type, id)));
    } catch (InvalidValueException notAKey) {
      return Flux.error(notAKey);
    }
    return whereIn(qualifiedKey(), keys).get();
  }

  /** The model with the key, or {@link ModelNotFoundException} naming the class and id. */
  public Mono<T> findOrFail(Object id) {
    return find(id).switchIfEmpty(Mono.error(() -> notFound(List.of(id))));
  }

  /**
   * The only matching model; not one: {@link ModelNotFoundException}; several: {@link
   * MultipleRecordsFoundException}.
   */
  public Mono<T> sole() {
    return limit(2)
        .get()
        .collectList()
        .flatMap(
            models -> {
              if (models.isEmpty()) {
                return Mono.error(notFound(List.of()));
              }
              if (models.size() > 1) {
                return Mono.error(new MultipleRecordsFoundException(models.size()));
              }
              return Mono.just(models.get(0));
            });
  }

  private ModelNotFoundException notFound(List<?> ids) {
    return new ModelNotFoundException(type.modelClass(), ids);
  }

  /** The first model matching {@code attributes}, or a new unsaved one filled with both maps. */
  public Mono<T> firstOrNew(Map<String, ?> attributes, Map<String, ?> values) {
    return where(attributes)
        .first()
        .switchIfEmpty(Mono.fromSupplier(() -> make(attributes).fill(values)));
  }

  /** The first model matching {@code attributes}, or one created from both maps. */
  public Mono<T> firstOrCreate(Map<String, ?> attributes, Map<String, ?> values) {
    return where(attributes)
        .first()
        .switchIfEmpty(Mono.defer(() -> make(attributes).fill(values).save()));
  }

  /** Updates the first model matching {@code attributes} with {@code values}, or creates it. */
  public Mono<T> updateOrCreate(Map<String, ?> attributes, Map<String, ?> values) {
    return firstOrNew(attributes, Map.of()).flatMap(model -> model.fill(values).save());
  }

  /** Whether any model matches. */
  public Mono<Boolean> exists() {
    return Mono.defer(() -> toBase().exists());
  }

  /** Whether no model matches. */
  public Mono<Boolean> doesntExist() {
    return exists().map(found -> !found);
  }

  /** How many models match. */
  public Mono<Long> count() {
    return Mono.defer(() -> toBase().count());
  }

  /** The sum of the column over the matching models. */
  public Mono<BigDecimal> sum(String column) {
    return Mono.defer(() -> toBase().sum(column));
  }

  /** The average of the column over the matching models. */
  public Mono<BigDecimal> avg(String column) {
    return Mono.defer(() -> toBase().avg(column));
  }

  /** The smallest value of the column. */
  public Mono<Object> min(String column) {
    return Mono.defer(() -> toBase().min(column));
  }

  /** The largest value of the column. */
  public Mono<Object> max(String column) {
    return Mono.defer(() -> toBase().max(column));
  }

  /** One column of the first matching row. */
  public Mono<Object> value(String column) {
    return Mono.defer(() -> toBase().value(column));
  }

  /** One column of every matching row. */
  public Mono<List<Object>> pluck(String column) {
    return Mono.defer(() -> toBase().pluck(column));
  }

  // ---- collections and pages ----------------------------------------------------------------

  /** Every matching model, materialised in one {@link Items}. */
  public Mono<Items<T>> collect() {
    return get().collectList().map(Items::of);
  }

  /**
   * Page {@code page} (from 1) of {@code perPage} models, with the total counted by the same scoped
   * query.
   */
  public Mono<Page<T>> paginate(int page, int perPage) {
    return Mono.defer(() -> new Paginator<>(this).paginate(page, perPage));
  }

  /** Page {@code page} without a total: one extra row tells whether more follow. */
  public Mono<SimplePage<T>> simplePaginate(int page, int perPage) {
    return Mono.defer(() -> new Paginator<>(this).simplePaginate(page, perPage));
  }

  /**
   * A keyset page of {@code perPage} models ordered by {@code column} ({@code asc} or {@code desc})
   * with the key as tie-breaker, starting at the {@code cursor} token from a previous page ({@code
   * null} or blank for the first page). Tokens are signed and read by {@code codec}, and are valid
   * only for the table and ordering they were issued for: a tampered, malformed or foreign token,
   * or one from a query ordered otherwise, fails with {@link io.ilana.error.InvalidCursorException}
   * ("Invalid pagination cursor.") before any statement.
   */
  public Mono<CursorPage<T>> cursorPaginate(
      int perPage, String cursor, String column, String direction, CursorCodec codec) {
    return Mono.defer(
        () -> new Paginator<>(this).cursorPaginate(perPage, cursor, column, direction, codec));
  }

  // ---- streaming -----------------------------------------------------------------------------

  /**
   * The matching models in lists of {@code size}, paged by key ({@code where key > last order by
   * key limit size}), so each page is a complete query and rows changing between pages are neither
   * skipped nor repeated as with OFFSET. The query's own order is replaced by the key.
   */
  public Flux<List<T>> chunk(int size) {
    return new KeysetChunks<>(this, qualifiedKey(), size).all();
  }

  /** The models of one key-paged chunk, relations loaded ({@link KeysetChunks} pages with it). */
  Mono<List<T>> readAll(QueryBuilder page) {
    return EagerLoader.all(type, hydrate(page.get()), eager).collectList();
  }

  /** The matching models one by one, read in key-paged chunks of {@code size}. */
  public Flux<T> lazy(int size) {
    return chunk(size).concatMapIterable(page -> page);
  }

  /**
   * The matching models from one query, fetched {@code fetchSize} rows at a time where the driver
   * can, with backpressure: memory stays flat however many rows there are. Relations asked for with
   * {@code with(...)} load per batch of {@code fetchSize} models before the batch is emitted.
   */
  public Flux<T> cursor(int fetchSize) {
    return Flux.defer(
        () ->
            EagerLoader.inBatches(
                type, hydrate(connection.cursor(compile(), fetchSize)), eager, fetchSize));
  }

  // ---- writes --------------------------------------------------------------------------------

  /** A new unsaved model on this query's connection, filled (mass assignment applies). */
  public T make(Map<String, ?> attributes) {
    return type.newInstance(connection).fill(attributes);
  }

  /** Fills a new model (mass assignment applies) and saves it. */
  public Mono<T> create(Map<String, ?> attributes) {
    return Mono.defer(() -> make(attributes).save());
  }

  /**
   * Fills a new model from each map (mass assignment applies) and saves them all with multi-row
   * inserts; emits the models, keys set, in the order given. See {@link #saveMany(List)}.
   */
  public Flux<T> createMany(List<? extends Map<String, ?>> attributes) {
    return Flux.defer(() -> saveMany(attributes.stream().map(this::make).toList()));
  }

  /**
   * Saves the models with as few statements as the database allows: new ones in multi-row inserts
   * that read every generated key back, existing ones updated one by one. Each model gets its
   * events ({@code saving}, {@code creating}, then {@code created}, {@code saved}) and its
   * timestamps as {@link Model#save()} gives them; one a {@code saving} or {@code creating}
   * listener refuses is left out. Emits the inserted models in the order given, then the updated
   * ones. The inserts are one write: all rows or none.
   */
  public Flux<T> saveMany(List<T> models) {
    return BatchPersister.saveMany(List.copyOf(models));
  }

  /**
   * The models the type marks {@link ModelType#prunable prunable}, soft-deleted ones included: what
   * {@link #prune(int)} deletes ({@code ilana model:prune --pretend} counts them). {@link
   * InvalidDefinitionException} when the model is not prunable.
   */
  public ModelQuery<T> prunable() {
    var which = type.prunableQuery();
    if (which == null) {
      throw new InvalidDefinitionException(
          type.modelClass().getName()
              + " is not prunable: declare which rows go with ModelType.prunable(...).");
    }
    return which.apply(withTrashed());
  }

  /**
   * Deletes the {@link #prunable()} models {@code chunk} at a time in key order, each through
   * {@link Model#forceDelete()} so its delete events run and a soft deleting model's row really
   * goes; emits how many were deleted. One a {@code deleting} listener refuses is skipped, not
   * retried.
   */
  public Mono<Long> prune(int chunk) {
    return Mono.defer(() -> Prunings.run(prunable(), type.keyName(), chunk));
  }

  /** Creates a model from every attribute, fillable or not. Only for trusted input. */
  public Mono<T> forceCreate(Map<String, ?> attributes) {
    return Mono.defer(() -> type.newInstance(connection).forceFill(attributes).save());
  }

  /**
   * Updates every matching row (scopes applied, {@code updated_at} set); no model events run. Emits
   * the number of rows.
   *
   * <p>Like Eloquent's query-level {@code update}, this writes the columns you name: fillable and
   * guarded do not apply (they guard {@code fill}, {@code create} and the model's {@code update}).
   * Never pass request input here unfiltered; fill a model, or pick the allowed keys first. Keys
   * are column names matched exactly: a key naming one of the model's declared columns in another
   * case ({@code IS_ADMIN} for {@code is_admin}) is refused with {@link
   * io.ilana.error.InvalidIdentifierException} before any statement, on every database (MySQL and
   * MariaDB would otherwise write {@code is_admin}, their column names being case-insensitive).
   */
  public Mono<Long> update(Map<String, ?> values) {
    return Mono.defer(
        () -> {
          QueryWrites.requireExactColumns(type, values, "update");
          return toBase().update(QueryWrites.withUpdatedAt(type, values));
        });
  }

  /**
   * Sets {@code updated_at} to now on every matching row; no model events run. Emits the number of
   * rows, or 0 without touching anything when the type keeps no {@code updated_at}.
   */
  public Mono<Long> touch() {
    return QueryWrites.keepsUpdatedAt(type) ? update(Map.of()) : Mono.just(0L);
  }

  /** Deletes every matching row (soft when the type soft-deletes); no model events run. */
  public Mono<Long> delete() {
    SoftDeletes soft = type.frozen().softDeletes();
    return soft == null ? forceDelete() : update(Map.of(soft.column(), Timestamps.now()));
  }

  /** Deletes every matching row for good, even when the type soft-deletes. */
  public Mono<Long> forceDelete() {
    return Mono.defer(() -> toBase().delete());
  }

  /** Restores every matching soft-deleted row. */
  public Mono<Long> restore() {
    return withTrashed().update(QueryWrites.cleared(softDeletes("restore").column()));
  }

  /** Loads the models with the keys and deletes each, with its events; emits how many. */
  public Mono<Long> destroy(Collection<?> ids) {
    return findMany(ids).concatMap(Model::delete).filter(Boolean::booleanValue).count();
  }

  /** Adds {@code amount} to the column of every matching row. */
  public Mono<Long> increment(String column, Number amount) {
    return Mono.defer(() -> toBase().increment(column, amount));
  }

  /** Subtracts {@code amount} from the column of every matching row. */
  public Mono<Long> decrement(String column, Number amount) {
    return Mono.defer(() -> toBase().decrement(column, amount));
  }
}
