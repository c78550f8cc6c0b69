package io.ilana.model;

import io.ilana.error.IllegalModelStateException;
import io.ilana.query.QueryBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pivot writes of one {@link BelongsToMany}: one statement per kind of change (one INSERT for
 * every row attached, one DELETE for every row detached), and calls that need several statements
 * run them in one transaction.
 */
final class PivotWriter<R extends Model<R>> {
  private final BelongsToMany<R> relation;

  PivotWriter(BelongsToMany<R> relation) {
    this.relation = relation;
  }

  // ---- normalising what callers give ---------------------------------------------------------

  /** Each distinct non-null key with the same attributes, in first-seen order. */
  static Map<Object, Map<String, Object>> sameFor(Collection<?> keys, Map<String, ?> attributes) {
    Map<Object, Map<String, Object>> out = new LinkedHashMap<>();
    for (Object key : Keys.distinct(keys)) {
      out.put(key, attributes(attributes));
    }
    return out;
  }

  /** The keys and their attributes, the first of keys that compare equal winning. */
  static Map<Object, Map<String, Object>> copy(Map<?, ? extends Map<String, ?>> byKey) {
    Map<Object, Object> seen = new LinkedHashMap<>();
    Map<Object, Map<String, Object>> out = new LinkedHashMap<>();
    byKey.forEach(
        (key, attributes) -> {
          if (key != null && seen.putIfAbsent(Keys.normalise(key), key) == null) {
            out.put(key, attributes(attributes == null ? Map.of() : attributes));
          }
        });
    return out;
  }

  static Map<String, Object> attributes(Map<String, ?> attributes) {
    return new LinkedHashMap<>(attributes);
  }

  // ---- single statements ---------------------------------------------------------------------

  Mono<Long> attach(Map<Object, Map<String, Object>> byKey) {
    return Mono.defer(
        () ->
            byKey.isEmpty()
                ? Mono.just(0L)
                : QueryBuilder.on(relation.related().connection())
                    .from(relation.pivotTable())
                    .insert(rows(byKey)));
  }

  Mono<Long> detach(List<?> keys) {
    return Mono.defer(
        () ->
            keys.isEmpty()
                ? Mono.just(0L)
                : rowsOfParent().whereIn(relatedColumn(), List.copyOf(keys)).delete());
  }

  Mono<Long> detachAll() {
    return Mono.defer(() -> rowsOfParent().delete());
  }

  Mono<Long> updateExisting(List<?> keys, Map<String, Object> attributes) {
    return Mono.defer(
        () -> {
          Map<String, Object> values = new LinkedHashMap<>(attributes);
          if (relation.updatedAtColumn() != null) {
            values.put(relation.updatedAtColumn(), now());
          }
          return keys.isEmpty() || values.isEmpty()
              ? Mono.just(0L)
              : rowsOfParent().whereIn(relatedColumn(), List.copyOf(keys)).update(values);
        });
  }

  // ---- calls of several statements, each in one transaction ----------------------------------

  Mono<BelongsToMany.Sync> sync(Map<Object, Map<String, Object>> wanted, boolean detaching) {
    return inTransaction(
        () ->
            rowsOfParent()
                .pluck(relatedColumn())
                .flatMap(current -> applySync(wanted, current, detaching)));
  }

  private Mono<BelongsToMany.Sync> applySync(
      Map<Object, Map<String, Object>> wanted, List<Object> current, boolean detaching) {
    Set<Object> present = normalised(current);
    Set<Object> kept = normalised(wanted.keySet());
    List<Object> detach =
        detaching
            ? current.stream().filter(k -> !kept.contains(Keys.normalise(k))).toList()
            : List.of();
    Map<Object, Map<String, Object>> attach = new LinkedHashMap<>();
    Map<Map<String, Object>, List<Object>> updates = new LinkedHashMap<>();
    wanted.forEach(
        (key, attributes) -> {
          if (!present.contains(Keys.normalise(key))) {
            attach.put(key, attributes);
          } else if (!attributes.isEmpty()) {
            updates.computeIfAbsent(attributes, a -> new ArrayList<>()).add(key);
          }
        });
    List<Object> updated = new ArrayList<>();
    updates.values().forEach(updated::addAll);
    return detach(detach)
        .then(attach(attach))
        .thenMany(
            Flux.fromIterable(updates.entrySet())
                .concatMap(group -> updateExisting(group.getValue(), group.getKey())))
        .then(
            Mono.fromSupplier(
                () ->
                    new BelongsToMany.Sync(
                        List.copyOf(attach.keySet()), List.copyOf(detach), List.copyOf(updated))));
  }

  Mono<BelongsToMany.Toggle> toggle(Map<Object, Map<String, Object>> given) {
    if (given.isEmpty()) {
      return Mono.just(new BelongsToMany.Toggle(List.of(), List.of()));
    }
    return inTransaction(
        () ->
            rowsOfParent()
                .whereIn(relatedColumn(), List.copyOf(given.keySet()))
                .pluck(relatedColumn())
                .flatMap(
                    current -> {
                      Set<Object> present = normalised(current);
                      Map<Object, Map<String, Object>> attach = new LinkedHashMap<>();
                      List<Object> detach = new ArrayList<>();
                      given.forEach(
                          (key, attributes) -> {
                            if (present.contains(Keys.normalise(key))) {
                              detach.add(key);
                            } else {
                              attach.put(key, attributes);
                            }
                          });
                      return detach(detach)
                          .then(attach(attach))
                          .thenReturn(
                              new BelongsToMany.Toggle(
                                  List.copyOf(attach.keySet()), List.copyOf(detach)));
                    }));
  }

  /** Runs the work in one transaction; an unsaved parent fails before one is opened. */
  private <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
    return Mono.defer(
        () -> {
          parentKey();
          return relation.related().connection().transaction(transaction -> Mono.defer(work));
        });
  }

  // ---- rows ----------------------------------------------------------------------------------

  private String relatedColumn() {
    return relation.pivotColumn(relation.relatedPivotKey());
  }

  /** The parent's pivot rows that the relation's pivot conditions allow. */
  private QueryBuilder rowsOfParent() {
    return relation.pivotConditions(
        QueryBuilder.on(relation.related().connection())
            .from(relation.pivotTable())
            .where(relation.pivotColumn(relation.foreignPivotKey()), parentKey()));
  }

  /** Rows to insert, all with the same columns (a value one row lacks is null). */
  private List<Map<String, Object>> rows(Map<Object, Map<String, Object>> byKey) {
    Object parentKey = parentKey();
    LocalDateTime now = now();
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    byKey.forEach(
        (key, attributes) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(relation.foreignPivotKey(), parentKey);
          row.put(relation.relatedPivotKey(), key);
          row.putAll(relation.fixedPivotValues());
          if (relation.createdAtColumn() != null) {
            row.put(relation.createdAtColumn(), now);
            row.put(relation.updatedAtColumn(), now);
          }
          row.putAll(attributes);
          columns.addAll(row.keySet());
          rows.add(row);
        });
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> full = new LinkedHashMap<>();
      columns.forEach(column -> full.put(column, row.get(column)));
      out.add(full);
    }
    return out;
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  private static Set<Object> normalised(Collection<?> keys) {
    Set<Object> out = new HashSet<>();
    keys.forEach(key -> out.add(Keys.normalise(key)));
    return out;
  }

  private Object parentKey() {
    Object key = Relation.raw(relation.parent(), relation.parentKeyName());
    if (key == null) {
      throw new IllegalModelStateException(
          "Save the "
              + relation.parent().getClass().getSimpleName()
              + " before changing its pivot rows: its ["
              + relation.parentKeyName()
              + "] is not set.");
    }
    return key;
  }
}
