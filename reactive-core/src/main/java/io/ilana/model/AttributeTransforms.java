package io.ilana.model;

import io.ilana.error.DecryptionException;
import io.ilana.error.InvalidCastException;
import io.ilana.model.cast.Cast;
import io.ilana.model.cast.CastContext;
import io.ilana.model.cast.EncryptedCast;
import java.util.Map;
import java.util.Set;
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

  /** The columns with a cast. */
  Set<String> castColumns() {
    return casts.keySet();
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

  /**
   * Decrypts every encrypted attribute of a model just read, so that a tampered or moved value
   * fails the read that brought it, naming the model and column, rather than a later {@code get},
   * {@code toMap()} or JSON serialisation far from the query. The model keeps the stored form; the
   * plaintext is decrypted again when read.
   */
  void requireDecryptable(T model, String modelName) {
    casts.forEach(
        (key, cast) -> {
          if (cast instanceof EncryptedCast<?> encrypted) {
            Object stored = model.attributes().get(key);
            if (stored != null) {
              CastContext context = new CastContext(table, key);
              try {
                encrypted.get(stored, context, encrypted.bindsRow() ? model.getKey() : null);
              } catch (DecryptionException e) {
                throw new DecryptionException(modelName, table, key);
              }
            }
          }
        });
  }

  /**
   * Refuses row-bound encryption on a model whose key the database assigns: the value is encrypted
   * when assigned, before the insert, when the row has no key yet, so every create would fail.
   * Checked when the declaration freezes (first use), once every part of it is known.
   */
  static void requireRowKeys(
      String modelName, String table, String keyName, KeyType keyType, Map<String, Cast<?>> casts) {
    if (keyType != KeyType.AUTO_INCREMENT) {
      return;
    }
    casts.forEach(
        (column, cast) -> {
          if (cast instanceof EncryptedCast<?> encrypted && encrypted.bindsRow()) {
            throw new InvalidCastException(
                modelName
                    + " ("
                    + table
                    + "."
                    + column
                    + "): EncryptedCast.boundToRow() binds a value to its row's key when the value"
                    + " is assigned, before the insert, but "
                    + table
                    + "."
                    + keyName
                    + " is auto-incremented and so has no value until the database inserts the"
                    + " row. Give the model a key it makes itself (keyType(KeyType.UUID),"
                    + " KeyType.ULID or an assigned KeyType.STRING key), or drop boundToRow() to"
                    + " bind the value to its table and column only.");
          }
        });
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
