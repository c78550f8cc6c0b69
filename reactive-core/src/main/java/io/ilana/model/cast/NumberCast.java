package io.ilana.model.cast;

import java.math.BigDecimal;

/**
 * The README's {@code 'number'}: a JavaScript number, so whole values become {@code Long} (an age
 * stays 30, not 30.0) and others {@code Double}.
 */
final class NumberCast implements Cast<Number> {
  static final NumberCast INSTANCE = new NumberCast();
  private static final String NAME = "number";

  private NumberCast() {}

  @Override
  public Number get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(Number value, CastContext context) {
    return value;
  }

  @Override
  public Number coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    BigDecimal decimal = Numbers.requireDecimal(value, NAME, context);
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException notWholeOrTooLarge) {
      return decimal.doubleValue();
    }
  }

  @Override
  public Class<?> type() {
    return Number.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
