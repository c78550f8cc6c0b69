package io.ilana.model;

import io.ilana.query.QueryBuilder;
import io.ilana.sql.Identifiers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Many parents, many related models, tied by rows of a pivot table: users and roles through {@code
 * role_user (user_id, role_id)}. Loaded, the relation is a {@code List}; each related model read
 * through it carries its pivot row as a loaded relation named {@code "pivot"} (see {@link #as}),
 * holding both pivot keys, the {@link #withPivot} columns and the {@link #withTimestamps} columns.
 *
 * <p>The declaration methods ({@code withPivot}, {@code withTimestamps}, {@code as}, {@code using},
 * {@code wherePivot...}) change this relation and return it, as in Laravel: a model's relation
 * method builds a new relation on every call, so the configuration belongs to that one call.
 *
 * <p>The pivot table is joined into the related model's query, so it is read and written on the
 * related model's connection: the one the related type declares, or the parent's when it declares
 * none. A connection declared on a {@link #using} pivot class is not used.
 *
 * <p>Pivot conditions ({@code wherePivot...}) restrict reads, eager loads, {@code has}/{@code
 * withCount}, and the rows {@code detach}, {@code sync}, {@code toggle} and {@code
 * updateExistingPivot} see and change. Each write runs one statement per kind of change, and calls
 * that run several statements run them in one transaction (a savepoint inside an outer one).
 *
 * <p>Reads through {@link #get()}, {@link #get(UnaryOperator)}, {@link #first()}, {@link
 * #find(Object)}, {@link #collect()} and eager loading carry pivots; a query taken out with {@link
 * #query()} and run on its own returns the models with the raw {@code pivot_*} attributes instead.
 *
 * @param <R> the related model type
 */
public class BelongsToMany<R extends Model<R>> extends Relation<R> {
  /** The prefix of the pivot columns selected along with the related models. */
  static final String PREFIX = "pivot_";

  private final String table;
  private final String foreignPivotKey;
  private final String relatedPivotKey;
  private final String parentKey;
  private final String relatedKey;
  private final Set<String> pivotColumns = new LinkedHashSet<>();
  private final List<UnaryOperator<QueryBuilder>> pivotWheres = new ArrayList<>();
  private final Map<String, Object> pivotValues = new LinkedHashMap<>();
  private String createdAt;
  private String updatedAt;
  private String accessor = "pivot";
  private Function<Model<?>, PivotModel<?>> pivotFactory;

  /**
   * A relation through {@code pivotTable}, whose {@code foreignPivotKey} holds the parent's {@code
   * parentKey} and whose {@code relatedPivotKey} holds the related model's {@code relatedKey}.
   */
  BelongsToMany(
      Model<?> parent,
      ModelQuery<R> related,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey,
      String parentKey,
      String relatedKey) {
    super(parent, related);
    this.table = pivotTable;
    this.foreignPivotKey = foreignPivotKey;
    this.relatedPivotKey = relatedPivotKey;
    this.parentKey = parentKey;
    this.relatedKey = relatedKey;
    this.pivotFactory = model -> PivotModel.takeFrom(model, PREFIX, Pivot.class, pivotRow());
  }

  // ---- declaration ---------------------------------------------------------------------------

  /** Also reads these pivot columns onto each related model's pivot. */
  public BelongsToMany<R> withPivot(String... columns) {
    for (String column : columns) {
      pivotColumns.add(column(column, "withPivot"));
    }
    return this;
  }

  /** Maintains and reads the pivot's {@code created_at} and {@code updated_at}. */
  public BelongsToMany<R> withTimestamps() {
    return withTimestamps("created_at", "updated_at");
  }

  /** Maintains and reads pivot timestamps with these column names. */
  public BelongsToMany<R> withTimestamps(String createdAtColumn, String updatedAtColumn) {
    this.createdAt = column(createdAtColumn, "withTimestamps");
    this.updatedAt = column(updatedAtColumn, "withTimestamps");
    return this;
  }

  /** The name under which related models carry their pivot; {@code "pivot"} by default. */
  public BelongsToMany<R> as(String accessorName) {
    this.accessor = Identifiers.alias(accessorName, "as");
    return this;
  }

  /** Reads pivots as {@code pivotClass}, so its casts and accessors apply to pivot columns. */
  public <P extends PivotModel<P>> BelongsToMany<R> using(Class<P> pivotClass) {
    this.pivotFactory = model -> PivotModel.takeFrom(model, PREFIX, pivotClass, pivotRow());
    return this;
  }

  /** Only pivot rows whose {@code column} equals {@code value}. */
  public BelongsToMany<R> wherePivot(String column, Object value) {
    String qualified = pivotColumn(column(column, "wherePivot"));
    pivotWheres.add(b -> b.where(qualified, value));
    return this;
  }

  /** Only pivot rows whose {@code column} compares with {@code value} by {@code operator}. */
  public BelongsToMany<R> wherePivot(String column, String operator, Object value) {
    String qualified = pivotColumn(column(column, "wherePivot"));
    pivotWheres.add(b -> b.where(qualified, operator, value));
    return this;
  }

  /** Only pivot rows whose {@code column} is one of {@code values}. */
  public BelongsToMany<R> wherePivotIn(String column, Collection<?> values) {
    String qualified = pivotColumn(column(column, "wherePivotIn"));
    List<Object> copy = List.copyOf(values);
    pivotWheres.add(b -> b.whereIn(qualified, copy));
    return this;
  }

  /** Only pivot rows whose {@code column} is none of {@code values}. */
  public BelongsToMany<R> wherePivotNotIn(String column, Collection<?> values) {
    String qualified = pivotColumn(column(column, "wherePivotNotIn"));
    List<Object> copy = List.copyOf(values);
    pivotWheres.add(b -> b.whereNotIn(qualified, copy));
    return this;
  }

  /** Only pivot rows whose {@code column} is null. */
  public BelongsToMany<R> wherePivotNull(String column) {
    String qualified = pivotColumn(column(column, "wherePivotNull"));
    pivotWheres.add(b -> b.whereNull(qualified));
    return this;
  }

  /** Only pivot rows whose {@code column} is not null. */
  public BelongsToMany<R> wherePivotNotNull(String column) {
    String qualified = pivotColumn(column(column, "wherePivotNotNull"));
    pivotWheres.add(b -> b.whereNotNull(qualified));
    return this;
  }

  /**
   * Only pivot rows whose {@code column} equals {@code value}, and rows this relation attaches get
   * that value: a fixed column that sorts one pivot table into several relations.
   */
  public BelongsToMany<R> withPivotValue(String column, Object value) {
    pivotValues.put(column(column, "withPivotValue"), value);
    return this;
  }

  /** A pivot column name as declared: one plain name, checked now rather than at first use. */
  private static String column(String name, String method) {
    Identifiers.writeColumn(name, method);
    return name;
  }

  // ---- what it is ----------------------------------------------------------------------------

  /** The pivot table. */
  public String pivotTable() {
    return table;
  }

  /** The pivot column holding the parent's key. */
  public String foreignPivotKey() {
    return foreignPivotKey;
  }

  /** The pivot column holding the related model's key. */
  public String relatedPivotKey() {
    return relatedPivotKey;
  }

  /** The name under which related models carry their pivot. */
  public String pivotAccessor() {
    return accessor;
  }

  /**
   * The attribute holding the pivot's parent key on related models read through {@link #query()}
   * (and not yet given their pivot).
   */
  public String pivotAttribute() {
    return PREFIX + foreignPivotKey;
  }

  /** The pivot model a related model read through this relation carries; {@code null} if none. */
  public PivotModel<?> pivotOf(R model) {
    return model.relationLoaded(accessor) && model.relation(accessor) instanceof PivotModel<?> p
        ? p
        : null;
  }

  /** Columns every pivot row of this relation has fixed values for (morph types among them). */
  Map<String, Object> fixedPivotValues() {
    return pivotValues;
  }

  String createdAtColumn() {
    return createdAt;
  }

  String updatedAtColumn() {
    return updatedAt;
  }

  String parentKeyName() {
    return parentKey;
  }

  String pivotColumn(String column) {
    return table + "." + column;
  }

  /** The pivot conditions and fixed values, as conditions on the pivot table. */
  QueryBuilder pivotConditions(QueryBuilder builder) {
    QueryBuilder out = builder;
    for (Map.Entry<String, Object> fixed : fixedPivotValues().entrySet()) {
      out = out.where(pivotColumn(fixed.getKey()), fixed.getValue());
    }
    for (UnaryOperator<QueryBuilder> where : pivotWheres) {
      out = where.apply(out);
    }
    return out;
  }

  // ---- reading -------------------------------------------------------------------------------

  private List<String> selectedPivotColumns() {
    Set<String> columns = new LinkedHashSet<>();
    columns.add(foreignPivotKey);
    columns.add(relatedPivotKey);
    columns.addAll(fixedPivotValues().keySet());
    columns.addAll(pivotColumns);
    if (createdAt != null) {
      columns.add(createdAt);
      columns.add(updatedAt);
    }
    return List.copyOf(columns);
  }

  /** Joins the pivot to the related rows, read under {@code qualifier} (the table or an alias). */
  private QueryBuilder joinPivot(QueryBuilder builder, String qualifier) {
    return pivotConditions(
        builder.join(table, pivotColumn(relatedPivotKey), qualifier + "." + relatedKey));
  }

  private ModelQuery<R> joined(ModelQuery<R> query) {
    List<String> select = new ArrayList<>();
    select.add(relatedTable() + ".*");
    for (String column : selectedPivotColumns()) {
      select.add(pivotColumn(column) + " as " + PREFIX + column);
    }
    return query
        .query(builder -> joinPivot(builder, relatedTable()).select(select.toArray(String[]::new)))
        .afterReading(this::carryPivot);
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    return joined(query)
        .where(pivotColumn(foreignPivotKey), raw(parent(), parentKey))
        .whereNotNull(pivotColumn(foreignPivotKey));
  }

  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return joinPivot(query.toBase(), query.qualifier())
        .whereColumn(pivotColumn(foreignPivotKey), parentTable + "." + parentKey);
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys = Keys.distinct(parents.stream().map(p -> raw(p, parentKey)).toList());
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(joined(related()).whereIn(pivotColumn(foreignPivotKey), keys));
  }

  @Override
  void requireMatchable(R result, String name) {
    if (pivotOf(result) == null) {
      throw unmatchable(name, table + "." + foreignPivotKey);
    }
  }

  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = new HashMap<>();
    for (R result : results) {
      PivotModel<?> pivot = pivotOf(result);
      Object key = pivot == null ? null : raw(pivot, foreignPivotKey);
      groups.computeIfAbsent(Keys.normalise(key), k -> new ArrayList<>()).add(result);
    }
    for (Model<?> parent : parents) {
      Object key = Keys.normalise(raw(parent, parentKey));
      parent.setRelation(name, List.copyOf(groups.getOrDefault(key, List.of())));
    }
  }

  /** Where the pivots this relation reads live, for their own save and delete. */
  private PivotModel.Row pivotRow() {
    List<String> keys = new ArrayList<>(List.of(foreignPivotKey, relatedPivotKey));
    keys.addAll(fixedPivotValues().keySet());
    return new PivotModel.Row(table, keys, updatedAt);
  }

  /** Moves the selected pivot columns of a model read through the relation into its pivot. */
  private R carryPivot(R model) {
    if (model.attributes().containsKey(pivotAttribute())) {
      model.setRelation(accessor, pivotFactory.apply(model));
    }
    return model;
  }

  /**
   * The related models of the relation query refined by {@code refine} ({@code roles.get(q ->
   * q.where("name", "admin"))}), each carrying its pivot, as every read through the relation does.
   */
  public Flux<R> get(UnaryOperator<ModelQuery<R>> refine) {
    return Flux.defer(() -> query(refine).get());
  }

  // ---- the pivot -----------------------------------------------------------------------------

  /**
   * What {@link #sync} changed: the related keys attached, detached, and those whose pivot row was
   * updated with new attributes.
   */
  public record Sync(List<Object> attached, List<Object> detached, List<Object> updated) {}

  /** What {@link #toggle} changed: the related keys attached and detached. */
  public record Toggle(List<Object> attached, List<Object> detached) {}

  private PivotWriter<R> writer() {
    return new PivotWriter<>(this);
  }

  /** Adds pivot rows tying the parent to the related keys; emits how many rows were inserted. */
  public Mono<Long> attach(Collection<?> relatedKeys) {
    return attach(relatedKeys, Map.of());
  }

  /** Adds pivot rows, each with the same extra {@code pivotAttributes}; one INSERT. */
  public Mono<Long> attach(Collection<?> relatedKeys, Map<String, ?> pivotAttributes) {
    return writer().attach(PivotWriter.sameFor(relatedKeys, pivotAttributes));
  }

  /** Adds pivot rows, each related key with its own extra attributes; one INSERT. */
  public Mono<Long> attach(Map<?, ? extends Map<String, ?>> attributesByKey) {
    return writer().attach(PivotWriter.copy(attributesByKey));
  }

  /** Removes the pivot rows tying the parent to the related keys; emits how many went. */
  public Mono<Long> detach(Collection<?> relatedKeys) {
    return writer().detach(List.copyOf(relatedKeys));
  }

  /** Removes every pivot row of the parent (that the pivot conditions allow); emits how many. */
  public Mono<Long> detachAll() {
    return writer().detachAll();
  }

  /**
   * Makes the parent's pivot rows exactly the related keys: detaches the others and attaches the
   * missing ones, in one transaction (one SELECT, one DELETE, one INSERT).
   */
  public Mono<Sync> sync(Collection<?> relatedKeys) {
    return writer().sync(PivotWriter.sameFor(relatedKeys, Map.of()), true);
  }

  /**
   * {@link #sync(Collection)} with pivot attributes per key: rows attached get them, rows already
   * there are updated to them (one UPDATE per distinct set of attributes).
   */
  public Mono<Sync> sync(Map<?, ? extends Map<String, ?>> attributesByKey) {
    return writer().sync(PivotWriter.copy(attributesByKey), true);
  }

  /** Attaches the missing related keys and leaves every other pivot row alone. */
  public Mono<Sync> syncWithoutDetaching(Collection<?> relatedKeys) {
    return writer().sync(PivotWriter.sameFor(relatedKeys, Map.of()), false);
  }

  /** {@link #syncWithoutDetaching(Collection)} with pivot attributes per key. */
  public Mono<Sync> syncWithoutDetaching(Map<?, ? extends Map<String, ?>> attributesByKey) {
    return writer().sync(PivotWriter.copy(attributesByKey), false);
  }

  /** Detaches the given keys that are attached and attaches the others, in one transaction. */
  public Mono<Toggle> toggle(Collection<?> relatedKeys) {
    return writer().toggle(PivotWriter.sameFor(relatedKeys, Map.of()));
  }

  /** {@link #toggle(Collection)} where attached keys get their pivot attributes. */
  public Mono<Toggle> toggle(Map<?, ? extends Map<String, ?>> attributesByKey) {
    return writer().toggle(PivotWriter.copy(attributesByKey));
  }

  /**
   * Updates the pivot row tying the parent to {@code relatedKey} (and {@code updated_at} when
   * timestamped); emits how many rows changed.
   */
  public Mono<Long> updateExistingPivot(Object relatedKey, Map<String, ?> pivotAttributes) {
    return writer().updateExisting(List.of(relatedKey), PivotWriter.attributes(pivotAttributes));
  }
}
