package io.ilana.model;

import io.ilana.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Brings a key given to {@code find}/{@code findOrFail}/{@code findMany} to the model's key type
 * before it is bound: a route parameter arrives as text, and PostgreSQL and H2 refuse to compare a
 * numeric key with text. Text of digits finds the numeric key it spells; anything else that cannot
 * be an auto-increment key is an error naming the model and the value, not a driver error.
 */
final class KeyValues {
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,19}");

  private KeyValues() {}

  static Object coerce(ModelType<?> type, Object id) {
    if (id == null || type.keyType() != KeyType.AUTO_INCREMENT) {
      return id;
    }
    if (id instanceof Long || id instanceof Integer || id instanceof Short || id instanceof Byte) {
      return id;
    }
    if (id instanceof CharSequence text && WHOLE.matcher(text).matches()) {
      try {
        return Long.valueOf(text.toString());
      } catch (NumberFormatException beyondLong) {
        throw notAKey(type, id);
      }
    }
    if (id instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).longValueExact();
      } catch (ArithmeticException | NumberFormatException notWhole) {
        throw notAKey(type, id);
      }
    }
    throw notAKey(type, id);
  }

  private static InvalidValueException notAKey(ModelType<?> type, Object id) {
    return new InvalidValueException(
        type.modelClass().getSimpleName()
            + " has a whole-number key ["
            + type.keyName()
            + "]; "
            + (id instanceof CharSequence ? "\"" + id + "\"" : String.valueOf(id))
            + " is not one.");
  }
}
