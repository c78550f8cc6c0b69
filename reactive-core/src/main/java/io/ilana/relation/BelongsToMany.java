package io.ilana.relation;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Many parents, many related models, tied by rows of a pivot table: users and roles through {@code
 * role_user (user_id, role_id)}. Related models read through the relation carry the pivot's parent
 * key as the attribute {@code pivot_<foreignPivotKey>}, which is how eager loading matches them.
 * Loaded, the relation is a {@code List}.
 *
 * @param <R> the related model type
 */
public final class BelongsToMany<R extends Model<R>> extends Relation<R> {
  private final Pivot pivot;

  /** The pivot table and its columns, and the key columns they point at. */
  private record Pivot(
      String table,
      String foreignPivotKey,
      String relatedPivotKey,
      String parentKey,
      String relatedKey) {}

  /**
   * A relation through {@code pivotTable}, whose {@code foreignPivotKey} holds the parent's {@code
   * parentKey} and whose {@code relatedPivotKey} holds the related model's {@code relatedKey}.
   */
  public BelongsToMany(
      Model<?> parent,
      ModelQuery<R> related,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey,
      String parentKey,
      String relatedKey) {
    super(parent, related);
    this.pivot = new Pivot(pivotTable, foreignPivotKey, relatedPivotKey, parentKey, relatedKey);
  }

  /** The pivot table. */
  public String pivotTable() {
    return pivot.table();
  }

  /** The attribute holding the pivot's parent key on related models read through the relation. */
  public String pivotAttribute() {
    return "pivot_" + pivot.foreignPivotKey();
  }

  private String pivotColumn(String column) {
    return pivot.table() + "." + column;
  }

  private ModelQuery<R> joined(ModelQuery<R> query) {
    return query.query(
        builder ->
            builder
                .join(
                    pivot.table(),
                    pivotColumn(pivot.relatedPivotKey()),
                    relatedTable() + "." + pivot.relatedKey())
                .select(
                    relatedTable() + ".*",
                    pivotColumn(pivot.foreignPivotKey()) + " as " + pivotAttribute()));
  }

  @Override
  protected ModelQuery<R> constrain(ModelQuery<R> query) {
    return joined(query)
        .where(pivotColumn(pivot.foreignPivotKey()), parentKeyOrNull())
        .whereNotNull(pivotColumn(pivot.foreignPivotKey()));
  }

  @Override
  public QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return query
        .toBase()
        .join(
            pivot.table(),
            pivotColumn(pivot.relatedPivotKey()),
            relatedTable() + "." + pivot.relatedKey())
        .whereColumn(pivotColumn(pivot.foreignPivotKey()), parentTable + "." + pivot.parentKey());
  }

  @Override
  public Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys =
        Keys.distinct(parents.stream().map(p -> raw(p, pivot.parentKey())).toList());
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(joined(related()).whereIn(pivotColumn(pivot.foreignPivotKey()), keys));
  }

  @Override
  public void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = new HashMap<>();
    for (R result : results) {
      groups
          .computeIfAbsent(Keys.normalise(raw(result, pivotAttribute())), key -> new ArrayList<>())
          .add(result);
    }
    for (Model<?> parent : parents) {
      Object key = Keys.normalise(raw(parent, pivot.parentKey()));
      parent.setRelation(name, List.copyOf(groups.getOrDefault(key, List.of())));
    }
  }

  // ---- the pivot -----------------------------------------------------------------------------

  /** What {@link #sync} changed: the related keys attached and detached. */
  public record Sync(List<Object> attached, List<Object> detached) {}

  private QueryBuilder pivotRows() {
    return QueryBuilder.on(related().connection())
        .from(pivot.table())
        .where(pivot.foreignPivotKey(), parentKey());
  }

  /** Adds pivot rows tying the parent to the related keys; emits how many rows were inserted. */
  public Mono<Long> attach(Collection<?> relatedKeys) {
    return Mono.defer(
        () -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Object key : Keys.distinct(relatedKeys)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(pivot.foreignPivotKey(), parentKey());
            row.put(pivot.relatedPivotKey(), key);
            rows.add(row);
          }
          return rows.isEmpty()
              ? Mono.just(0L)
              : QueryBuilder.on(related().connection()).from(pivot.table()).insert(rows);
        });
  }

  /** Removes the pivot rows tying the parent to the related keys; emits how many went. */
  public Mono<Long> detach(Collection<?> relatedKeys) {
    return Mono.defer(
        () ->
            relatedKeys.isEmpty()
                ? Mono.just(0L)
                : pivotRows().whereIn(pivot.relatedPivotKey(), List.copyOf(relatedKeys)).delete());
  }

  /** Removes every pivot row of the parent; emits how many went. */
  public Mono<Long> detachAll() {
    return Mono.defer(() -> pivotRows().delete());
  }

  /**
   * Makes the parent's pivot rows exactly the related keys: detaches the others, attaches the
   * missing ones. Run it in a transaction to make it atomic.
   */
  public Mono<Sync> sync(Collection<?> relatedKeys) {
    return Mono.defer(
        () ->
            pivotRows()
                .pluck(pivot.relatedPivotKey())
                .flatMap(
                    current -> {
                      Set<Object> wanted = normalised(relatedKeys);
                      Set<Object> present = normalised(current);
                      List<Object> detach =
                          current.stream()
                              .filter(k -> !wanted.contains(Keys.normalise(k)))
                              .toList();
                      List<Object> attach =
                          Keys.distinct(relatedKeys).stream()
                              .filter(k -> !present.contains(Keys.normalise(k)))
                              .toList();
                      return detach(detach)
                          .then(attach(attach))
                          .thenReturn(new Sync(attach, detach));
                    }));
  }

  private static Set<Object> normalised(Collection<?> keys) {
    Set<Object> out = new HashSet<>();
    keys.forEach(key -> out.add(Keys.normalise(key)));
    return out;
  }

  private Object parentKeyOrNull() {
    return raw(parent(), pivot.parentKey());
  }

  private Object parentKey() {
    Object key = parentKeyOrNull();
    if (key == null) {
      throw new IllegalStateException(
          "Save the "
              + parent().getClass().getSimpleName()
              + " before changing its pivot rows: its ["
              + pivot.parentKey()
              + "] is not set.");
    }
    return key;
  }
}
