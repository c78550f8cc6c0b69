package io.ilana.model;

import reactor.core.publisher.Mono;

/**
 * Handles several events of one model type in one class. Every method does nothing unless
 * overridden. The {@code -ing} methods may emit {@code false} to cancel the operation (see {@link
 * ModelListener}).
 *
 * @param <T> the model type
 */
public interface ModelObserver<T> {

  /**
   * Whether the after-events ({@code created}, {@code saved}, ...) wait until the surrounding
   * transaction commits, and are dropped when it rolls back. Outside a transaction they run at
   * once.
   */
  default boolean afterCommit() {
    return false;
  }

  /** After the model was read. */
  default Mono<Void> retrieved(T model) {
    return Mono.empty();
  }

  /** Before insert; {@code false} cancels. */
  default Mono<Boolean> creating(T model) {
    return Mono.empty();
  }

  /** After insert. */
  default Mono<Void> created(T model) {
    return Mono.empty();
  }

  /** Before update; {@code false} cancels. */
  default Mono<Boolean> updating(T model) {
    return Mono.empty();
  }

  /** After update. */
  default Mono<Void> updated(T model) {
    return Mono.empty();
  }

  /** Before insert or update; {@code false} cancels. */
  default Mono<Boolean> saving(T model) {
    return Mono.empty();
  }

  /** After insert or update. */
  default Mono<Void> saved(T model) {
    return Mono.empty();
  }

  /** Before delete; {@code false} cancels. */
  default Mono<Boolean> deleting(T model) {
    return Mono.empty();
  }

  /** After delete. */
  default Mono<Void> deleted(T model) {
    return Mono.empty();
  }

  /** Before restore; {@code false} cancels. */
  default Mono<Boolean> restoring(T model) {
    return Mono.empty();
  }

  /** After restore. */
  default Mono<Void> restored(T model) {
    return Mono.empty();
  }
}
