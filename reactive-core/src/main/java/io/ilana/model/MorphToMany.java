package io.ilana.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A many-to-many relation whose pivot table serves several parent types, told apart by a type
 * column: posts and videos tagged through {@code taggables (tag_id, taggable_id, taggable_type)}.
 * The type stored is {@link MorphMap#aliasFor} of the polymorphic side's class (the parent for
 * {@code morphToMany}, the related class for the inverse {@code morphedByMany}); every read adds
 * {@code taggable_type = ?} and every pivot write stores or filters by it. With an enforced morph
 * map, using the relation for an unmapped class fails with {@link
 * io.ilana.error.MorphTypeException}.
 *
 * @param <R> the related model type
 */
public final class MorphToMany<R extends Model<R>> extends BelongsToMany<R> {
  private final String morphType;
  private final Class<?> morphClassOf;
  private final boolean inverse;

  /**
   * A relation through {@code pivotTable} whose {@code morphType} column holds the morph alias of
   * {@code morphClassOf}; {@code inverse} for the side that reads the polymorphic models.
   */
  MorphToMany(
      Model<?> parent,
      ModelQuery<R> related,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey,
      String parentKey,
      String relatedKey,
      String morphType,
      Class<?> morphClassOf,
      boolean inverse) {
    super(parent, related, pivotTable, foreignPivotKey, relatedPivotKey, parentKey, relatedKey);
    this.morphType = morphType;
    this.morphClassOf = morphClassOf;
    this.inverse = inverse;
  }

  /** The pivot column holding the type. */
  public String morphType() {
    return morphType;
  }

  /**
   * The type value stored and looked for; read from the parent's manager's {@link MorphRegistry} at
   * each use.
   */
  public String morphClass() {
    return MorphRegistry.of(parent()).aliasFor(morphClassOf);
  }

  /** Whether this is the {@code morphedByMany} side (the related models are polymorphic). */
  public boolean isInverse() {
    return inverse;
  }

  @Override
  Map<String, Object> fixedPivotValues() {
    Map<String, Object> values = new LinkedHashMap<>(super.fixedPivotValues());
    values.put(morphType, morphClass());
    return values;
  }
}
