package io.ilana.model;

import io.ilana.error.IllegalModelStateException;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * What {@link HasMany} and {@link HasOne} share: the related table holds a foreign key pointing at
 * the parent's local key (its primary key unless declared otherwise).
 *
 * @param <R> the related model type
 */
public abstract class HasOneOrMany<R extends Model<R>> extends Relation<R> {
  private final String foreignKey;
  private final String localKey;

  /** The foreign key column on the related table and the key column on the parent. */
  HasOneOrMany(Model<?> parent, ModelQuery<R> related, String foreignKey, String localKey) {
    super(parent, related);
    this.foreignKey = foreignKey;
    this.localKey = localKey;
  }

  /** The foreign key column on the related table. */
  public String foreignKey() {
    return foreignKey;
  }

  /** The key column on the parent. */
  public String localKey() {
    return localKey;
  }

  /** The foreign key qualified with the related table. */
  String qualifiedForeignKey() {
    return relatedTable() + "." + foreignKey;
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    // A parent without a key would otherwise match every orphan row (where fk is null).
    return query
        .where(qualifiedForeignKey(), raw(parent(), localKey))
        .whereNotNull(qualifiedForeignKey());
  }

  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return query
        .toBase()
        .whereColumn(query.qualifier() + "." + foreignKey, parentTable + "." + localKey);
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys = parentKeys(parents);
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(related().whereIn(qualifiedForeignKey(), keys));
  }

  /** The distinct, non-null local keys of the parents. */
  List<Object> parentKeys(List<? extends Model<?>> parents) {
    return Keys.distinct(parents.stream().map(p -> raw(p, localKey)).toList());
  }

  @Override
  void requireMatchable(R result, String name) {
    if (!result.attributes().containsKey(foreignKey)) {
      throw unmatchable(name, foreignKey);
    }
  }

  /** The results grouped by the parent key they point at. */
  Map<Object, List<R>> byParentKey(List<R> results) {
    Map<Object, List<R>> groups = new HashMap<>();
    for (R result : results) {
      groups
          .computeIfAbsent(Keys.normalise(raw(result, foreignKey)), key -> new ArrayList<>())
          .add(result);
    }
    return groups;
  }

  /** The related models of one parent among the grouped results; empty when it has none. */
  List<R> of(Map<Object, List<R>> groups, Model<?> parent) {
    Object key = raw(parent, localKey);
    // A parent without a key has no related models, not the rows whose foreign key is null.
    return key == null ? List.of() : groups.getOrDefault(Keys.normalise(key), List.of());
  }

  /** A new related model with the foreign key set, filled (mass assignment applies). */
  public R make(Map<String, ?> attributes) {
    return related().make(attributes).set(foreignKey, parentKey());
  }

  /** Creates a related model with the foreign key set to the parent's key. */
  public Mono<R> create(Map<String, ?> attributes) {
    return Mono.defer(() -> make(attributes).save());
  }

  /** Sets the model's foreign key to the parent's key and saves it. */
  public Mono<R> save(R model) {
    return Mono.defer(() -> model.set(foreignKey, parentKey()).save());
  }

  private Object parentKey() {
    Object key = raw(parent(), localKey);
    if (key == null) {
      throw new IllegalModelStateException(
          "Save the "
              + parent().getClass().getSimpleName()
              + " before adding related models: its ["
              + localKey
              + "] is not set.");
    }
    return key;
  }
}
