package io.ilana.model.cast;

import java.math.BigDecimal;

/** Floating-point numbers as {@code Double}; accepts any number type and numeric strings. */
final class FloatCast implements Cast<Double> {
  static final FloatCast INSTANCE = new FloatCast();
  private static final String NAME = "float";

  private FloatCast() {}

  @Override
  public Double get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(Double value, CastContext context) {
    return value;
  }

  @Override
  public Double coerce(Object value, CastContext context) {
    if (value == null || value instanceof Double) {
      return (Double) value;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof CharSequence text) {
      BigDecimal decimal = Numbers.parseDecimal(text);
      if (decimal != null) {
        return decimal.doubleValue();
      }
    }
    throw CastErrors.cannotConvert(NAME, context, value);
  }

  @Override
  public Class<?> type() {
    return Double.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
