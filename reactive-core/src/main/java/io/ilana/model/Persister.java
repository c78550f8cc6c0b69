package io.ilana.model;

import com.github.f4b6a3.ulid.UlidCreator;
import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalModelStateException;
import io.ilana.query.QueryBuilder;
import io.ilana.query.parts.Column;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes one model: insert, update of dirty columns, delete (soft or not), restore and increments,
 * with their events in Eloquent's order. Writes address the row by key without global scopes, so a
 * model read with {@code withTrashed()} can still be saved.
 */
final class Persister {
  private Persister() {}

  static <T extends Model<T>> Mono<T> save(T model) {
    return Mono.defer(
        () -> {
          ModelEvents<T> events = model.type().frozen().events();
          return events
              .before(ModelEvent.SAVING, model)
              .filter(Boolean::booleanValue)
              .flatMap(ok -> model.exists() ? update(model) : insert(model))
              .flatMap(
                  saved ->
                      events.after(ModelEvent.SAVED, model, model.connection()).thenReturn(model))
              .flatMap(saved -> touchOwners(model).thenReturn(model));
        });
  }

  /** Sets {@code updated_at} on the models of the relations the type {@code touches}. */
  static <T extends Model<T>> Mono<Void> touchOwners(T model) {
    ModelType<T> type = model.type();
    return Flux.fromIterable(type.touchedRelations())
        .concatMap(name -> type.relationFor(name).apply(model).query().touch())
        .then();
  }

  private static <T extends Model<T>> Mono<T> update(T model) {
    if (!model.isDirty()) {
      return Mono.just(model);
    }
    ModelType<T> type = model.type();
    ModelEvents<T> events = type.frozen().events();
    return events
        .before(ModelEvent.UPDATING, model)
        .filter(Boolean::booleanValue)
        .flatMap(
            ok -> {
              type.frozen().timestamps().onUpdate(model);
              return byKey(model).update(model.dirty());
            })
        .flatMap(
            rows -> {
              model.state().syncChanges();
              model.state().syncOriginal();
              return events.after(ModelEvent.UPDATED, model, model.connection()).thenReturn(model);
            });
  }

  private static <T extends Model<T>> Mono<T> insert(T model) {
    ModelType<T> type = model.type();
    ModelEvents<T> events = type.frozen().events();
    return events
        .before(ModelEvent.CREATING, model)
        .filter(Boolean::booleanValue)
        .flatMap(
            ok -> {
              type.frozen().timestamps().onInsert(model);
              return write(model);
            })
        .flatMap(
            inserted -> {
              model.state().exists(true);
              model.state().recentlyCreated(true);
              model.state().syncOriginal();
              model.state().clearChanges();
              return events.after(ModelEvent.CREATED, model, model.connection()).thenReturn(model);
            });
  }

  private static <T extends Model<T>> Mono<T> write(T model) {
    ModelType<T> type = model.type();
    QueryBuilder table = table(model);
    if (type.keyType() == KeyType.AUTO_INCREMENT && model.getKey() == null) {
      return table
          .insertGetId(model.attributes(), type.keyName())
          .map(
              id -> {
                model.setRaw(type.keyName(), id);
                return model;
              });
    }
    if (model.getKey() == null) {
      model.setRaw(type.keyName(), newKey(type));
    }
    return table.insert(model.attributes()).thenReturn(model);
  }

  static Object newKey(ModelType<?> type) {
    return switch (type.keyType()) {
      case UUID -> UUID.randomUUID().toString();
      case ULID -> UlidCreator.getMonotonicUlid().toString();
      default ->
          throw new IllegalModelStateException(
              "Cannot insert "
                  + type.modelClass().getSimpleName()
                  + " without a value for its "
                  + type.keyType()
                  + " key ["
                  + type.keyName()
                  + "].");
    };
  }

  static <T extends Model<T>> Mono<Boolean> delete(T model, boolean force) {
    return Mono.defer(
        () -> {
          if (!model.exists()) {
            return Mono.just(false);
          }
          ModelEvents<T> events = model.type().frozen().events();
          SoftDeletes soft = model.type().frozen().softDeletes();
          return events
              .before(ModelEvent.DELETING, model)
              .filter(Boolean::booleanValue)
              .flatMap(ok -> soft == null || force ? hardDelete(model) : softDelete(model, soft))
              .flatMap(
                  done ->
                      events.after(ModelEvent.DELETED, model, model.connection()).thenReturn(true))
              .defaultIfEmpty(false);
        });
  }

  private static <T extends Model<T>> Mono<Boolean> hardDelete(T model) {
    return byKey(model)
        .delete()
        .map(
            rows -> {
              model.state().exists(false);
              return true;
            });
  }

  private static <T extends Model<T>> Mono<Boolean> softDelete(T model, SoftDeletes soft) {
    LocalDateTime now = Timestamps.now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(soft.column(), now);
    Timestamps timestamps = model.type().frozen().timestamps();
    if (timestamps.enabled() && timestamps.updatedAtColumn() != null) {
      columns.put(timestamps.updatedAtColumn(), now);
    }
    return byKey(model)
        .update(columns)
        .map(
            rows -> {
              columns.forEach(model::setRaw);
              model.state().syncOriginal(columns.keySet());
              return true;
            });
  }

  static <T extends Model<T>> Mono<T> restore(T model) {
    return Mono.defer(
        () -> {
          SoftDeletes soft = model.type().frozen().softDeletes();
          if (soft == null) {
            return Mono.just(model);
          }
          ModelEvents<T> events = model.type().frozen().events();
          return events
              .before(ModelEvent.RESTORING, model)
              .filter(Boolean::booleanValue)
              .flatMap(
                  ok -> {
                    model.setRaw(soft.column(), null);
                    return save(model);
                  })
              .flatMap(
                  saved ->
                      events
                          .after(ModelEvent.RESTORED, model, model.connection())
                          .thenReturn(model));
        });
  }

  static <T extends Model<T>> Mono<T> increment(T model, String column, Number amount, boolean up) {
    return Mono.defer(
        () -> {
          if (!model.exists()) {
            return Mono.error(
                new IllegalModelStateException(
                    "Cannot increment or decrement " + column + " of a model that is not saved."));
          }
          ModelEvents<T> events = model.type().frozen().events();
          Column ref = Column.ref(column);
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(column, up ? ref.plus(amount) : ref.minus(amount));
          Timestamps timestamps = model.type().frozen().timestamps();
          LocalDateTime now = Timestamps.now();
          if (timestamps.enabled() && timestamps.updatedAtColumn() != null) {
            values.put(timestamps.updatedAtColumn(), now);
          }
          return events
              .before(ModelEvent.UPDATING, model)
              .filter(Boolean::booleanValue)
              .flatMap(ok -> byKey(model).update(values))
              .flatMap(
                  rows -> {
                    java.math.BigDecimal current =
                        Conversions.toBigDecimal(model.attributes().get(column));
                    java.math.BigDecimal delta = Conversions.toBigDecimal(amount);
                    java.math.BigDecimal next =
                        (current == null ? java.math.BigDecimal.ZERO : current)
                            .add(up ? delta : delta.negate());
                    model.setRaw(
                        column,
                        amount instanceof Double || amount instanceof Float
                            ? (Object) next
                            : (Object) next.longValueExact());
                    if (values.size() > 1) {
                      model.setRaw(timestamps.updatedAtColumn(), now);
                    }
                    model.state().syncOriginal(values.keySet());
                    return events
                        .after(ModelEvent.UPDATED, model, model.connection())
                        .thenReturn(model);
                  });
        });
  }

  /** The model's row as it is in the database, global scopes not applied. */
  static <T extends Model<T>> Mono<Map<String, Object>> reload(T model) {
    return Mono.defer(() -> byKey(model).first());
  }

  static List<String> timestampColumns(ModelType<?> type) {
    List<String> columns = new ArrayList<>();
    Timestamps timestamps = type.frozen().timestamps();
    if (timestamps.enabled()) {
      if (timestamps.createdAtColumn() != null) {
        columns.add(timestamps.createdAtColumn());
      }
      if (timestamps.updatedAtColumn() != null) {
        columns.add(timestamps.updatedAtColumn());
      }
    }
    return columns;
  }

  private static QueryBuilder table(Model<?> model) {
    DatabaseConnection connection = model.connection();
    return QueryBuilder.on(connection).from(model.type().table());
  }

  private static QueryBuilder byKey(Model<?> model) {
    Object key = model.original().getOrDefault(model.type().keyName(), model.getKey());
    return table(model).where(model.type().keyName(), key);
  }
}
