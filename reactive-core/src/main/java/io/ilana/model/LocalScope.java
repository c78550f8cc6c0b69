package io.ilana.model;

/**
 * A named, reusable query piece that takes parameters: {@code query.scope("popular", 500)}.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface LocalScope<T extends Model<T>> {

  /** The query with the scope's conditions added. */
  ModelQuery<T> apply(ModelQuery<T> query, Object... parameters);
}
