package io.ilana.relation;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import java.util.List;
import java.util.Map;

/**
 * One parent, at most one related model holding its key: a user has one profile ({@code
 * profiles.user_id = users.id}). Loaded, the relation is the model or {@code null}; when several
 * rows point at the parent, the first read wins.
 *
 * @param <R> the related model type
 */
public final class HasOne<R extends Model<R>> extends HasOneOrMany<R> {
  /** See {@link HasOneOrMany#HasOneOrMany}. */
  public HasOne(Model<?> parent, ModelQuery<R> related, String foreignKey, String localKey) {
    super(parent, related, foreignKey, localKey);
  }

  @Override
  public void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = byParentKey(results);
    for (Model<?> parent : parents) {
      List<R> found = of(groups, parent);
      parent.setRelation(name, found.isEmpty() ? null : found.get(0));
    }
  }
}
