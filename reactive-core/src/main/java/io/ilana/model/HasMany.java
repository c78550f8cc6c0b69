package io.ilana.model;

import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * One parent, many related models that hold its key: a user has many posts ({@code posts.user_id =
 * users.id}). Loaded, the relation is a {@code List} of the related models, empty when none.
 *
 * @param <R> the related model type
 */
public final class HasMany<R extends Model<R>> extends HasOneOrMany<R> {
  /** See {@link HasOneOrMany#HasOneOrMany}. */
  HasMany(Model<?> parent, ModelQuery<R> related, String foreignKey, String localKey) {
    super(parent, related, foreignKey, localKey);
  }

  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, List<R>> groups = byParentKey(results);
    for (Model<?> parent : parents) {
      parent.setRelation(name, List.copyOf(of(groups, parent)));
    }
  }

  /** Creates one related model per attribute map, in order. */
  public Flux<R> createMany(List<? extends Map<String, ?>> attributes) {
    return Flux.fromIterable(attributes).concatMap(this::create);
  }

  /** Saves each model with the foreign key set, in order. */
  public Flux<R> saveMany(List<R> models) {
    return Flux.fromIterable(models).concatMap(this::save);
  }
}
