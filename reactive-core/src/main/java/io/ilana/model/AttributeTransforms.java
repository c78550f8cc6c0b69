package io.ilana.model;

import io.ilana.model.cast.Cast;
import io.ilana.model.cast.CastContext;
import io.ilana.model.cast.EncryptedCast;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What happens to a value on its way into and out of a model. Assigning runs the mutator and then
 * the cast's {@code set}, so the model holds what the database stores; reading runs the accessor if
 * there is one, otherwise the cast's {@code get}.
 */
final class AttributeTransforms<T extends Model<T>> {
  private final String table;
  private final Map<String, Cast<?>> casts;
  private final Map<String, UnaryOperator<Object>> mutators;
  private final Map<String, Function<T, Object>> accessors;

  AttributeTransforms(
      String table,
      Map<String, Cast<?>> casts,
      Map<String, UnaryOperator<Object>> mutators,
      Map<String, Function<T, Object>> accessors) {
    this.table = table;
    this.casts = Map.copyOf(casts);
    this.mutators = Map.copyOf(mutators);
    this.accessors = Map.copyOf(accessors);
  }

  boolean hasAccessor(String key) {
    return accessors.containsKey(key);
  }

  Cast<?> cast(String key) {
    return casts.get(key);
  }

  Object read(T model, String key, Object stored) {
    Function<T, Object> accessor = accessors.get(key);
    if (accessor != null) {
      return accessor.apply(model);
    }
    Cast<?> cast = casts.get(key);
    if (cast instanceof EncryptedCast<?> encrypted && encrypted.bindsRow()) {
      return encrypted.get(stored, new CastContext(table, key), model.getKey());
    }
    return cast == null ? stored : cast.get(stored, new CastContext(table, key));
  }

  Object write(T model, String key, Object value) {
    UnaryOperator<Object> mutator = mutators.get(key);
    Object mutated = mutator == null || value == null ? value : mutator.apply(value);
    Cast<?> cast = casts.get(key);
    if (cast instanceof EncryptedCast<?> encrypted && encrypted.bindsRow()) {
      return storeForRow(encrypted, key, mutated, model.getKey());
    }
    return cast == null ? mutated : store(cast, key, mutated);
  }

  /**
   * Encrypts bound to the row's key, which must be known when the value is assigned: UUID and ULID
   * keys are made with the instance; auto-increment keys are not known before the insert.
   */
  private <V> Object storeForRow(EncryptedCast<V> cast, String key, Object value, Object rowKey) {
    CastContext context = new CastContext(table, key);
    return cast.set(cast.coerce(value, context), context, rowKey);
  }

  /** The stored form of a value the application already holds in model form (a default). */
  Object castOnly(String key, Object value) {
    Cast<?> cast = casts.get(key);
    return cast == null ? value : store(cast, key, value);
  }

  /** Coerces an assigned value to the cast's model form, then stores what {@code set} makes. */
  private Object store(Cast<?> cast, String key, Object value) {
    return storeTyped(cast, key, value);
  }

  private <V> Object storeTyped(Cast<V> cast, String key, Object value) {
    CastContext context = new CastContext(table, key);
    return cast.set(cast.coerce(value, context), context);
  }
}
