package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Turns rows into models that exist, and fires {@code retrieved} for them. */
final class Hydrator {
  private Hydrator() {}

  static <T extends Model<T>> T hydrate(
      ModelType<T> type, DatabaseConnection connection, Map<String, Object> row) {
    T model = type.blank(connection);
    load(type, model, row);
    model.state().exists(true);
    return model;
  }

  /**
   * Replaces a model's attributes with a row read for it, decrypting its encrypted attributes so
   * that a value that does not decrypt fails this read.
   */
  static <T extends Model<T>> void load(ModelType<T> type, T model, Map<String, Object> row) {
    if (type.keyType() == KeyType.UUID && row.get(type.keyName()) instanceof UUID uuid) {
      // A UUID key is its text in the model on every database (PostgreSQL and H2 read a native
      // uuid column as java.util.UUID, MySQL and MariaDB as text), as generated keys are.
      Map<String, Object> copy = new LinkedHashMap<>(row);
      copy.put(type.keyName(), uuid.toString());
      row = copy;
    }
    model.state().replaceWith(row);
    type.frozen().transforms().requireDecryptable(model, type.modelClass().getSimpleName());
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
