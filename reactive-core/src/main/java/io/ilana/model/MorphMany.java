package io.ilana.model;

import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * One parent, many related models pointing at it by id and type: posts and videos have many
 * comments ({@code comments.commentable_id = posts.id and comments.commentable_type = 'post'}).
 * Loaded, the relation is a {@code List} of the related models, empty when none.
 *
 * @param <R> the related model type
 */
public final class MorphMany<R extends Model<R>> extends MorphOneOrMany<R> {
  /** See {@link MorphOneOrMany#MorphOneOrMany}. */
  MorphMany(
      Model<?> parent, ModelQuery<R> related, String typeColumn, String idColumn, String localKey) {
    super(parent, related, typeColumn, idColumn, localKey);
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

  /** Saves each model with the id and type columns set, in order. */
  public Flux<R> saveMany(List<R> models) {
    return Flux.fromIterable(models).concatMap(this::save);
  }
}
