package io.ilana.model.cast;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Booleans as every driver returns them: {@code Boolean} (H2, PostgreSQL, MariaDB's TINYINT(1)),
 * numbers 0 and 1 (other integer columns) and the strings {@code "0"}, {@code "1"}, {@code "true"},
 * {@code "false"}. Stores a {@code Boolean}, since PostgreSQL refuses to bind 1 to a boolean.
 */
final class BooleanCast implements Cast<Boolean> {
  static final BooleanCast INSTANCE = new BooleanCast();
  private static final String NAME = "boolean";

  private BooleanCast() {}

  @Override
  public Boolean get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(Boolean value, CastContext context) {
    return value;
  }

  @Override
  public Boolean coerce(Object value, CastContext context) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number number) {
      BigDecimal decimal = Numbers.toBigDecimal(number);
      if (decimal != null && decimal.compareTo(BigDecimal.ZERO) == 0) {
        return Boolean.FALSE;
      }
      if (decimal != null && decimal.compareTo(BigDecimal.ONE) == 0) {
        return Boolean.TRUE;
      }
      throw CastErrors.cannotConvert(NAME, context, value, "only 0 and 1 are booleans");
    }
    if (value instanceof CharSequence text) {
      switch (text.toString().trim().toLowerCase(Locale.ROOT)) {
        case "1", "true" -> {
          return Boolean.TRUE;
        }
        case "0", "false" -> {
          return Boolean.FALSE;
        }
        default ->
            throw CastErrors.cannotConvert(
                NAME, context, value, "only \"0\", \"1\", \"true\" and \"false\" are booleans");
      }
    }
    throw CastErrors.cannotConvert(NAME, context, value);
  }

  @Override
  public Class<?> type() {
    return Boolean.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
