package io.ilana.model;

import java.util.List;
import java.util.Map;

/**
 * One parent, many related models reached through an intermediate table: a country has many posts
 * through its users ({@code users.country_id = countries.id}, {@code posts.user_id = users.id}).
 * Loaded, the relation is a {@code List}, empty when none.
 *
 * @param <R> the related model type
 */
public final class HasManyThrough<R extends Model<R>> extends HasOneOrManyThrough<R> {
  /** See {@link HasOneOrManyThrough#HasOneOrManyThrough}. */
  HasManyThrough(
      Model<?> parent,
      ModelQuery<R> related,
      ModelQuery<?> through,
      String firstKey,
      String secondKey,
      String localKey,
      String secondLocalKey) {
    super(parent, related, through, firstKey, secondKey, localKey, secondLocalKey);
  }

  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = byParentKey(results);
    for (Model<?> parent : parents) {
      parent.setRelation(name, List.copyOf(of(groups, parent)));
    }
  }
}
