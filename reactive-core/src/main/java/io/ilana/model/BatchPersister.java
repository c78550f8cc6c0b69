package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalModelStateException;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    return Flux.fromIterable(models)
        .concatMap(model -> accepted(events, model))
        .collectList()
        .flatMapMany(
            accepted -> {
              List<List<T>> groups = groups(accepted);
              if (groups.isEmpty()) {
                return Flux.empty();
              }
              Flux<T> writes = Flux.fromIterable(groups).concatMap(BatchPersister::write);
              // One group's statements are already one write (the builder sees to that).
              DatabaseConnection connection = accepted.get(0).connection();
              return (groups.size() == 1 ? writes : connection.transactionMany(trx -> writes))
                  .collectList()
                  .flatMapMany(written -> Flux.fromIterable(written))
                  .concatMap(model -> after(events, model));
            });
  }

  /** The model once its {@code saving} and {@code creating} listeners let it through. */
  private static <T extends Model<T>> Mono<T> accepted(ModelEvents<T> events, T model) {
    return events
        .before(ModelEvent.SAVING, model)
        .filter(Boolean::booleanValue)
        .flatMap(ok -> events.before(ModelEvent.CREATING, model))
        .filter(Boolean::booleanValue)
        .map(
            ok -> {
              ModelType<T> type = model.type();
              type.frozen().timestamps().onInsert(model);
              if (type.keyType() != KeyType.AUTO_INCREMENT && model.getKey() == null) {
                model.setRaw(type.keyName(), Persister.newKey(type));
              }
              return model;
            });
  }

  /**
   * Models that can share statements: the same connection, the same columns, and either all waiting
   * for a generated key or none. Order is kept within a group.
   */
  private static <T extends Model<T>> List<List<T>> groups(List<T> models) {
    Map<List<Object>, List<T>> groups = new LinkedHashMap<>();
    for (T model : models) {
      Set<String> columns = new LinkedHashSet<>(model.attributes().keySet());
      boolean generated = generatesKey(model);
      List<Object> shape = List.of(model.connection(), new TreeSet<>(columns), generated);
      groups.computeIfAbsent(shape, key -> new ArrayList<>()).add(model);
    }
    return new ArrayList<>(groups.values());
  }

  private static boolean generatesKey(Model<?> model) {
    return model.type().keyType() == KeyType.AUTO_INCREMENT && model.getKey() == null;
  }

  private static <T extends Model<T>> Flux<T> write(List<T> group) {
    T first = group.get(0);
    ModelType<T> type = first.type();
    List<String> columns = new ArrayList<>(first.attributes().keySet());
    List<Map<String, Object>> rows = new ArrayList<>(group.size());
    for (T model : group) {
      Map<String, Object> row = new LinkedHashMap<>();
      Map<String, Object> attributes = model.attributes();
      columns.forEach(column -> row.put(column, attributes.get(column)));
      rows.add(row);
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
