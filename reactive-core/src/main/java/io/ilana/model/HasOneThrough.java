package io.ilana.model;

import java.util.List;
import java.util.Map;

/**
 * One parent, at most one related model reached through an intermediate table: a mechanic has one
 * car owner through the car ({@code cars.mechanic_id = mechanics.id}, {@code owners.car_id =
 * cars.id}). Loaded, the relation is the model or {@code null}; when several rows connect, the
 * first read wins.
 *
 * @param <R> the related model type
 */
public final class HasOneThrough<R extends Model<R>> extends HasOneOrManyThrough<R> {
  /** See {@link HasOneOrManyThrough#HasOneOrManyThrough}. */
  HasOneThrough(
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
      List<R> found = of(groups, parent);
      parent.setRelation(name, found.isEmpty() ? null : found.get(0));
    }
  }
}
