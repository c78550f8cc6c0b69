package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Dispatches a model type's events to its listeners and observers, in registration order, one at a
 * time. Events are skipped while the Reactor Context says they are muted ({@link
 * ModelType#withoutEvents}).
 */
final class ModelEvents<T> {
  /** Context key set by {@code withoutEvents}. */
  static final String MUTED = "io.ilana.model.eventsMuted";

  private final Map<ModelEvent, List<ModelListener<T>>> listeners;
  private final List<ModelObserver<T>> observers;

  ModelEvents(Map<ModelEvent, List<ModelListener<T>>> listeners, List<ModelObserver<T>> observers) {
    Map<ModelEvent, List<ModelListener<T>>> copy = new EnumMap<>(ModelEvent.class);
    listeners.forEach((event, list) -> copy.put(event, List.copyOf(list)));
    this.listeners = copy;
    this.observers = List.copyOf(observers);
  }

  boolean has(ModelEvent event) {
    return !observers.isEmpty() || !listeners.getOrDefault(event, List.of()).isEmpty();
  }

  /** Runs a cancellable event; emits whether the operation may go on. */
  Mono<Boolean> before(ModelEvent event, T model) {
    if (!has(event)) {
      return Mono.just(true);
    }
    return Mono.deferContextual(
        context -> {
          if (context.getOrDefault(MUTED, false)) {
            return Mono.just(true);
          }
          List<Mono<Boolean>> handlers = new ArrayList<>();
          for (ModelListener<T> listener : listeners.getOrDefault(event, List.of())) {
            handlers.add(Mono.defer(() -> listener.handle(model)));
          }
          for (ModelObserver<T> observer : observers) {
            handlers.add(Mono.defer(() -> observeBefore(observer, event, model)));
          }
          // all() stops at the first false, so later handlers do not run for a cancelled write.
          return Flux.fromIterable(handlers)
              .concatMap(handler -> handler.defaultIfEmpty(true))
              .all(Boolean::booleanValue);
        });
  }

  /** Runs an after-event; observers that ask for it wait for the transaction to commit. */
  Mono<Void> after(ModelEvent event, T model, DatabaseConnection connection) {
    if (!has(event)) {
      return Mono.empty();
    }
    return Mono.deferContextual(
        context -> {
          if (context.getOrDefault(MUTED, false)) {
            return Mono.empty();
          }
          List<Mono<Void>> handlers = new ArrayList<>();
          for (ModelListener<T> listener : listeners.getOrDefault(event, List.of())) {
            handlers.add(Mono.defer(() -> listener.handle(model)).then());
          }
          for (ModelObserver<T> observer : observers) {
            Mono<Void> run = Mono.defer(() -> observeAfter(observer, event, model));
            handlers.add(observer.afterCommit() ? connection.afterCommit(() -> run) : run);
          }
          return Flux.fromIterable(handlers).concatMap(handler -> handler).then();
        });
  }

  private Mono<Boolean> observeBefore(ModelObserver<T> observer, ModelEvent event, T model) {
    return switch (event) {
      case CREATING -> observer.creating(model);
      case UPDATING -> observer.updating(model);
      case SAVING -> observer.saving(model);
      case DELETING -> observer.deleting(model);
      case RESTORING -> observer.restoring(model);
      default -> Mono.empty();
    };
  }

  private Mono<Void> observeAfter(ModelObserver<T> observer, ModelEvent event, T model) {
    return switch (event) {
      case RETRIEVED -> observer.retrieved(model);
      case CREATED -> observer.created(model);
      case UPDATED -> observer.updated(model);
      case SAVED -> observer.saved(model);
      case DELETED -> observer.deleted(model);
      case RESTORED -> observer.restored(model);
      default -> Mono.empty();
    };
  }
}
