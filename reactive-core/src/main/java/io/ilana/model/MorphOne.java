package io.ilana.model;

import java.util.List;
import java.util.Map;

/**
 * One parent, at most one related model pointing at it by id and type: a post or a user has one
 * image ({@code images.imageable_id = posts.id and images.imageable_type = 'post'}). Loaded, the
 * relation is the model or {@code null}; when several rows point at the parent, the first read
 * wins.
 *
 * @param <R> the related model type
 */
public final class MorphOne<R extends Model<R>> extends MorphOneOrMany<R> {
  /** See {@link MorphOneOrMany#MorphOneOrMany}. */
  MorphOne(
      Model<?> parent, ModelQuery<R> related, String typeColumn, String idColumn, String localKey) {
    super(parent, related, typeColumn, idColumn, localKey);
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
