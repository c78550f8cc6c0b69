package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Turns rows into models that exist, and fires {@code retrieved} for them. */
final class Hydrator {
  private Hydrator() {}

  static <T extends Model<T>> T hydrate(
      ModelType<T> type, DatabaseConnection connection, Map<String, Object> row) {
    T model = type.blank(connection);
    model.state().replaceWith(row);
    model.state().exists(true);
    return model;
  }

  static <T extends Model<T>> Flux<T> hydrateAll(
      ModelType<T> type, DatabaseConnection connection, Flux<Map<String, Object>> rows) {
    Flux<T> models = rows.map(row -> hydrate(type, connection, row));
    ModelEvents<T> events = type.frozen().events();
    if (!events.has(ModelEvent.RETRIEVED)) {
      return models;
    }
    return models.concatMap(
        model -> events.after(ModelEvent.RETRIEVED, model, connection).thenReturn(model));
  }

  static <T extends Model<T>> Mono<T> retrieved(ModelType<T> type, T model) {
    return type.frozen()
        .events()
        .after(ModelEvent.RETRIEVED, model, model.connection())
        .thenReturn(model);
  }
}
