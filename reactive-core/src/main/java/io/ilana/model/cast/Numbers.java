package io.ilana.model.cast;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact conversions between the number types drivers return; no silent truncation. */
final class Numbers {
  private Numbers() {}

  /** Whether the number is one of the types whose every value is an integer. */
  static boolean isIntegral(Number number) {
    return number instanceof Long
        || number instanceof Integer
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger;
  }

  /**
   * The exact decimal value of a number, or {@code null} for NaN and infinities. Doubles go through
   * their shortest decimal form so 0.1 stays 0.1 rather than its binary expansion.
   */
  static BigDecimal toBigDecimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (isIntegral(number)) {
      return BigDecimal.valueOf(number.longValue());
    }
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return new BigDecimal(Double.toString(value));
  }

  /** The value as a long, or {@code null} when it has a fraction or does not fit. */
  static Long toLongExact(Number number) {
    if (number instanceof Long
        || number instanceof Integer
        || number instanceof Short
        || number instanceof Byte) {
      return number.longValue();
    }
    BigDecimal decimal = toBigDecimal(number);
    if (decimal == null) {
      return null;
    }
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Parses a decimal string, or returns {@code null} when it is not one. */
  /**
   * A number or numeric text as a {@link BigDecimal}, for the casts that accept either.
   *
   * @throws io.ilana.error.InvalidCastException naming the cast when the value is neither
   */
  static BigDecimal requireDecimal(Object value, String cast, CastContext context) {
    BigDecimal decimal = null;
    if (value instanceof Number number) {
      decimal = toBigDecimal(number);
    } else if (value instanceof CharSequence text) {
      decimal = parseDecimal(text);
    }
    if (decimal == null) {
      throw CastErrors.cannotConvert(cast, context, value);
    }
    return decimal;
  }

  static BigDecimal parseDecimal(CharSequence text) {
    String trimmed = text.toString().trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
