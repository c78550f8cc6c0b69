package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalModelStateException;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saves many models with as few statements as possible: new models go into multi-row inserts
 * (generated keys read back in row order), models that exist are updated one by one. Every model
 * still gets its events in Eloquent's order — {@code saving} and {@code creating} for all of them
 * before the insert, {@code created} and {@code saved} after — and its timestamps and key.
 *
 * <p>The inserts of one call are one write: when they take more than one statement they run in a
 * transaction (a savepoint inside the caller's), so a failure leaves none of the rows.
 */
final class BatchPersister {
  private BatchPersister() {}

  static <T extends Model<T>> Flux<T> saveMany(List<T> models) {
    return Flux.defer(
        () -> {
          List<T> fresh = new ArrayList<>();
          List<T> existing = new ArrayList<>();
          for (T model : models) {
            (model.exists() ? existing : fresh).add(model);
          }
          return insertAll(fresh).concatWith(Flux.fromIterable(existing).concatMap(Model::save));
        });
  }

  private static <T extends Model<T>> Flux<T> insertAll(List<T> models) {
    if (models.isEmpty()) {
      return Flux.empty();
    }
    ModelEvents<T> events = models.get(0).type().frozen().events();
    return acceptedAll(events, models)
        .flatMapMany(
            accepted -> {
              List<List<T>> groups = groups(accepted);
              if (groups.isEmpty()) {
                return Flux.empty();
              }
              Flux<T> writes = Flux.fromIterable(groups).concatMap(BatchPersister::write);
              // One group's statements are already one write (the builder sees to that).
              DatabaseConnection connection = accepted.get(0).connection();
              Mono<List<T>> written =
                  (groups.size() == 1 ? writes : connection.transactionMany(trx -> writes))
                      .collectList();
              if (!hasAfterWork(events, accepted.get(0).type())) {
                // No listener, observer or touched owner: no publisher per model (a factory's
                // 10,000 of them cost more than the inserts on an embedded database).
                return written.flatMapIterable(list -> list);
              }
              return written
                  .flatMapMany(list -> Flux.fromIterable(list))
                  .concatMap(model -> after(events, model));
            });
  }

  /**
   * The models their {@code saving} and {@code creating} listeners let through, prepared for the
   * insert; without listeners, in one pass.
   */
  private static <T extends Model<T>> Mono<List<T>> acceptedAll(
      ModelEvents<T> events, List<T> models) {
    if (events.has(ModelEvent.SAVING) || events.has(ModelEvent.CREATING)) {
      return Flux.fromIterable(models).concatMap(model -> accepted(events, model)).collectList();
    }
    return Mono.fromSupplier(
        () -> {
          List<T> prepared = new ArrayList<>(models.size());
          for (T model : models) {
            prepared.add(prepare(model));
          }
          return prepared;
        });
  }

  private static boolean hasAfterWork(ModelEvents<?> events, ModelType<?> type) {
    return events.has(ModelEvent.CREATED)
        || events.has(ModelEvent.SAVED)
        || !type.touchedRelations().isEmpty();
  }

  /** The model once its {@code saving} and {@code creating} listeners let it through. */
  private static <T extends Model<T>> Mono<T> accepted(ModelEvents<T> events, T model) {
    return events
        .before(ModelEvent.SAVING, model)
        .filter(Boolean::booleanValue)
        .flatMap(ok -> events.before(ModelEvent.CREATING, model))
        .filter(Boolean::booleanValue)
        .map(ok -> prepare(model));
  }

  /** Timestamps set, and a key made where the database does not generate one. */
  private static <T extends Model<T>> T prepare(T model) {
    ModelType<T> type = model.type();
    type.frozen().timestamps().onInsert(model);
    if (type.keyType() != KeyType.AUTO_INCREMENT && model.getKey() == null) {
      model.setRaw(type.keyName(), Persister.newKey(type));
    }
    return model;
  }

  /**
   * Models that can share statements: the same connection, the same columns, and either all waiting
   * for a generated key or none. Order is kept within a group.
   */
  private static <T extends Model<T>> List<List<T>> groups(List<T> models) {
    Map<Shape, List<T>> groups = new LinkedHashMap<>();
    Shape last = null;
    List<T> lastGroup = null;
    for (T model : models) {
      // Models of one factory or list mostly share their shape: no key set per model for them.
      if (last == null || !last.fits(model)) {
        last = Shape.of(model);
        lastGroup = groups.computeIfAbsent(last, key -> new ArrayList<>());
      }
      lastGroup.add(model);
    }
    return new ArrayList<>(groups.values());
  }

  /** What models must share to go into one statement. */
  private record Shape(DatabaseConnection connection, Set<String> columns, boolean generated) {
    static Shape of(Model<?> model) {
      return new Shape(
          model.connection(), new TreeSet<>(model.attributes().keySet()), generatesKey(model));
    }

    boolean fits(Model<?> model) {
      Set<String> other = model.attributes().keySet();
      return connection == model.connection()
          && generated == generatesKey(model)
          && columns.size() == other.size()
          && columns.containsAll(other);
    }
  }

  private static boolean generatesKey(Model<?> model) {
    return model.type().keyType() == KeyType.AUTO_INCREMENT && model.getKey() == null;
  }

  private static <T extends Model<T>> Flux<T> write(List<T> group) {
    T first = group.get(0);
    ModelType<T> type = first.type();
    // The group shares its columns, so each model's attributes are its row as they are.
    List<Map<String, Object>> rows = new ArrayList<>(group.size());
    for (T model : group) {
      rows.add(model.attributes());
    }
    QueryBuilder table = QueryBuilder.on(first.connection()).from(type.table());
    if (!generatesKey(first)) {
      return table.insert(rows).thenMany(Flux.fromIterable(group)).map(BatchPersister::inserted);
    }
    return table
        .insertGetIds(rows, type.keyName())
        .collectList()
        .flatMapMany(
            keys -> {
              if (keys.size() != group.size()) {
                return Flux.error(
                    new IllegalModelStateException(
                        "Inserted "
                            + group.size()
                            + " "
                            + type.modelClass().getSimpleName()
                            + " rows into "
                            + type.table()
                            + " but the driver returned "
                            + keys.size()
                            + " generated keys."));
              }
              for (int i = 0; i < keys.size(); i++) {
                group.get(i).setRaw(type.keyName(), keys.get(i));
              }
              return Flux.fromIterable(group).map(BatchPersister::inserted);
            });
  }

  private static <T extends Model<T>> T inserted(T model) {
    model.state().exists(true);
    model.state().recentlyCreated(true);
    model.state().syncOriginal();
    model.state().clearChanges();
    return model;
  }

  private static <T extends Model<T>> Mono<T> after(ModelEvents<T> events, T model) {
    return events
        .after(ModelEvent.CREATED, model, model.connection())
        .then(events.after(ModelEvent.SAVED, model, model.connection()))
        .then(Persister.touchOwners(model))
        .thenReturn(model);
  }
}
