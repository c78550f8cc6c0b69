package io.ilana.model;

import io.ilana.query.QueryBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parent, at most one related model holding its key: a user has one profile ({@code
 * profiles.user_id = users.id}). Loaded, the relation is the model or {@code null}; when several
 * rows point at the parent, the first read wins, unless the relation picks one of many: {@code
 * hasOne(Post.class, "user_id").latestOfMany()} is the user's newest post.
 *
 * @param <R> the related model type
 */
public final class HasOne<R extends Model<R>> extends HasOneOrMany<R> {
  private final OneOfMany ofMany;

  /** See {@link HasOneOrMany#HasOneOrMany}. */
  HasOne(Model<?> parent, ModelQuery<R> related, String foreignKey, String localKey) {
    this(parent, related, foreignKey, localKey, null);
  }

  private HasOne(
      Model<?> parent,
      ModelQuery<R> related,
      String foreignKey,
      String localKey,
      OneOfMany ofMany) {
    super(parent, related, foreignKey, localKey);
    this.ofMany = ofMany;
  }

  // ---- one of many ---------------------------------------------------------------------------

  /** The related model with the highest primary key: the newest row. */
  public HasOne<R> latestOfMany() {
    return ofMany(relatedType().keyName(), "max");
  }

  /** The related model with the largest {@code column}; ties go to the highest primary key. */
  public HasOne<R> latestOfMany(String column) {
    return ofMany(column, "max");
  }

  /** The related model with the lowest primary key: the oldest row. */
  public HasOne<R> oldestOfMany() {
    return ofMany(relatedType().keyName(), "min");
  }

  /** The related model with the smallest {@code column}; ties go to the highest primary key. */
  public HasOne<R> oldestOfMany(String column) {
    return ofMany(column, "min");
  }

  /**
   * The related model whose {@code column} is the {@code aggregate} ({@code "min"} or {@code
   * "max"}) among the parent's related rows, ties going to the highest primary key: {@code
   * ofMany("votes", "max")} is the most voted. Any other aggregate is an {@link
   * io.ilana.error.InvalidOperatorException}; a column that is not a plain name an {@link
   * io.ilana.error.InvalidIdentifierException}.
   */
  public HasOne<R> ofMany(String column, String aggregate) {
    return new HasOne<>(
        parent(), related(), foreignKey(), localKey(), OneOfMany.of(column, aggregate));
  }

  /** Whether the relation picks one of many related rows. */
  public boolean isOneOfMany() {
    return ofMany != null;
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    ModelQuery<R> constrained = super.constrain(query);
    if (ofMany == null) {
      return constrained;
    }
    Object key = raw(parent(), localKey());
    return constrained.query(
        builder ->
            ofMany.join(
                builder,
                relatedTable(),
                related(),
                foreignKey(),
                sub -> sub.where(qualifiedForeignKey(), key).whereNotNull(qualifiedForeignKey())));
  }

  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    QueryBuilder correlated = super.correlated(query, parentTable);
    return ofMany == null
        ? correlated
        : ofMany.join(correlated, query.qualifier(), related(), foreignKey(), sub -> sub);
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    Optional<ModelQuery<R>> query = super.eagerQuery(parents);
    if (ofMany == null) {
      return query;
    }
    List<Object> keys = parentKeys(parents);
    return query.map(
        eager ->
            eager.query(
                builder ->
                    ofMany.join(
                        builder,
                        relatedTable(),
                        related(),
                        foreignKey(),
                        sub -> sub.whereIn(qualifiedForeignKey(), keys))));
  }

  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = byParentKey(results);
    for (Model<?> parent : parents) {
      List<R> found = of(groups, parent);
      parent.setRelation(name, found.isEmpty() ? null : found.get(0));
    }
  }
}
