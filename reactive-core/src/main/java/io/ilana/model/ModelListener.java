package io.ilana.model;

import reactor.core.publisher.Mono;

/**
 * Runs on one model event. For a cancellable event ({@link ModelEvent#cancellable()}) emitting
 * {@code false} cancels the operation: nothing is written and the operation completes empty (or
 * with {@code false} for deletes). An error cancels it too and reaches the caller. Emitting {@code
 * true} or nothing lets it go on.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface ModelListener<T> {

  /** Handles the event for the model. */
  Mono<Boolean> handle(T model);
}
