package io.ilana.model;

import io.ilana.query.QueryBuilder;
import io.ilana.query.WhereBuilder;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The conditions a model query adds through its relations ({@code has}, {@code whereHas}, {@code
 * whereDoesntHave}, {@code whereRelation}, {@code whereBelongsTo}), on top of the builder's own
 * ({@link WhereBuilder}); {@link RelationConditions} writes their SQL. Only {@link ModelQuery}
 * extends it.
 *
 * @param <T> the model type
 */
public abstract class RelationWhereBuilder<T extends Model<T>> extends WhereBuilder<ModelQuery<T>> {
  RelationWhereBuilder() {}

  /** The query builder the conditions are added to. */
  abstract QueryBuilder base();

  /** The model query with {@code next} as its builder. */
  abstract ModelQuery<T> withBase(QueryBuilder next);

  /** Writes relation conditions against this query's model type. */
  abstract RelationConditions<T> relations();

  // ---- conditions through relations (built by RelationConditions) ----------------------------

  /** Only models with at least one related model; dotted paths reach nested relations. */
  public ModelQuery<T> has(String relation) {
    return whereHas(relation, q -> q);
  }

  /** {@code or} models with at least one related model. */
  public ModelQuery<T> orHas(String relation) {
    return orWhereHas(relation, q -> q);
  }

  /**
   * Only models whose number of related models compares with {@code count} by {@code operator}
   * ({@code has("posts", ">=", 3)}); the operator goes through the comparison allowlist.
   */
  public ModelQuery<T> has(String relation, String operator, long count) {
    return withBase(relations().counted(base(), relation, operator, count, q -> q, false, "has"));
  }

  /** {@code or} models whose number of related models compares with {@code count}. */
  public ModelQuery<T> orHas(String relation, String operator, long count) {
    return withBase(relations().counted(base(), relation, operator, count, q -> q, true, "orHas"));
  }

  /**
   * Only models whose number of related models matching {@code constraint} compares with {@code
   * count} by {@code operator}.
   */
  public ModelQuery<T> whereHas(
      String relation, String operator, long count, UnaryOperator<ModelQuery<?>> constraint) {
    return withBase(
        relations().counted(base(), relation, operator, count, constraint, false, "whereHas"));
  }

  /**
   * Only models with at least one related model matching {@code constraint}; a dotted path ({@code
   * "posts.comments"}) asks for related models that have their own related models.
   */
  public ModelQuery<T> whereHas(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return withBase(relations().exists(base(), relation, constraint, RelationConditions.Join.AND));
  }

  /** {@code or} models with a related model matching {@code constraint}. */
  public ModelQuery<T> orWhereHas(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return withBase(relations().exists(base(), relation, constraint, RelationConditions.Join.OR));
  }

  /** Only models with no related model. */
  public ModelQuery<T> doesntHave(String relation) {
    return whereDoesntHave(relation, q -> q);
  }

  /** {@code or} models with no related model. */
  public ModelQuery<T> orDoesntHave(String relation) {
    return orWhereDoesntHave(relation, q -> q);
  }

  /**
   * Only models with no related model matching {@code constraint}; with a dotted path, no related
   * model that has a matching related model of its own.
   */
  public ModelQuery<T> whereDoesntHave(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return withBase(
        relations().exists(base(), relation, constraint, RelationConditions.Join.AND_NOT));
  }

  /** {@code or} models with no related model matching {@code constraint}. */
  public ModelQuery<T> orWhereDoesntHave(String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return withBase(
        relations().exists(base(), relation, constraint, RelationConditions.Join.OR_NOT));
  }

  /**
   * Only models with a related model whose {@code column} compares with {@code value} by {@code
   * operator}: {@code whereHas} with one condition.
   */
  public ModelQuery<T> whereRelation(
      String relation, String column, String operator, Object value) {
    return whereHas(relation, q -> q.where(column, operator, value));
  }

  /** Only models with a related model whose {@code column} equals {@code value}. */
  public ModelQuery<T> whereRelation(String relation, String column, Object value) {
    return whereHas(relation, q -> q.where(column, value));
  }

  /** {@code or} models with a related model whose {@code column} compares with {@code value}. */
  public ModelQuery<T> orWhereRelation(
      String relation, String column, String operator, Object value) {
    return orWhereHas(relation, q -> q.where(column, operator, value));
  }

  /** {@code or} models with a related model whose {@code column} equals {@code value}. */
  public ModelQuery<T> orWhereRelation(String relation, String column, Object value) {
    return orWhereHas(relation, q -> q.where(column, value));
  }

  /**
   * Only models belonging to {@code owner} through this type's one belongsTo relation to the
   * owner's class ({@code Post.query().whereBelongsTo(user)}: {@code posts.user_id = ?}).
   */
  public ModelQuery<T> whereBelongsTo(Model<?> owner) {
    return withBase(relations().belongsTo(base(), List.of(owner), null, false));
  }

  /**
   * Only models belonging to {@code owner} through the belongsTo relation named {@code relation}.
   */
  public ModelQuery<T> whereBelongsTo(Model<?> owner, String relation) {
    return withBase(relations().belongsTo(base(), List.of(owner), relation, false));
  }

  /** Only models belonging to any of {@code owners} ({@code foreign_key in (...)}). */
  public ModelQuery<T> whereBelongsTo(Collection<? extends Model<?>> owners, String relation) {
    return withBase(relations().belongsTo(base(), owners, relation, false));
  }

  /** {@code or} models belonging to {@code owner}; see {@link #whereBelongsTo(Model)}. */
  public ModelQuery<T> orWhereBelongsTo(Model<?> owner) {
    return withBase(relations().belongsTo(base(), List.of(owner), null, true));
  }

  /** {@code or} models belonging to {@code owner} through the named belongsTo relation. */
  public ModelQuery<T> orWhereBelongsTo(Model<?> owner, String relation) {
    return withBase(relations().belongsTo(base(), List.of(owner), relation, true));
  }
}
