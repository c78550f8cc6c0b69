package io.ilana.model.cast;

/**
 * Whole numbers as {@code Long}, whatever integer width the driver returned. Accepts decimals
 * without a fraction, numeric strings, and booleans (MariaDB reads TINYINT(1) as {@code Boolean}).
 */
final class IntegerCast implements Cast<Long> {
  static final IntegerCast INSTANCE = new IntegerCast();
  private static final String NAME = "integer";

  private IntegerCast() {}

  @Override
  public Long get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(Long value, CastContext context) {
    return value;
  }

  @Override
  public Long coerce(Object value, CastContext context) {
    if (value == null || value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof Boolean flag) {
      return flag ? 1L : 0L;
    }
    Number number = value instanceof CharSequence text ? Numbers.parseDecimal(text) : null;
    if (value instanceof Number given) {
      number = given;
    }
    if (number == null) {
      throw CastErrors.cannotConvert(NAME, context, value);
    }
    Long exact = Numbers.toLongExact(number);
    if (exact == null) {
      throw CastErrors.cannotConvert(
          NAME, context, value, "it has a fraction or does not fit in a long");
    }
    return exact;
  }

  @Override
  public Class<?> type() {
    return Long.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
