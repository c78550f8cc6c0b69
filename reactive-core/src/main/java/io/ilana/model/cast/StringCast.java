package io.ilana.model.cast;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/**
 * Text. Scalars with one obvious spelling (numbers, booleans, characters, UUIDs as MariaDB returns
 * them as strings and the others natively, enum constants, dates) become that spelling; anything
 * structured is refused rather than rendered through an arbitrary {@code toString()}.
 */
final class StringCast implements Cast<String> {
  static final StringCast INSTANCE = new StringCast();
  private static final String NAME = "string";

  private StringCast() {}

  @Override
  public String get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(String value, CastContext context) {
    return value;
  }

  @Override
  public String coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof UUID
        || value instanceof TemporalAccessor) {
      return value.toString();
    }
    throw CastErrors.cannotConvert(NAME, context, value);
  }

  @Override
  public Class<?> type() {
    return String.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
