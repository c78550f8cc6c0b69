package io.ilana.model.cast;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money kept as an integer count of minor units (cents) and exposed as a {@code BigDecimal} of
 * major units, so sums in the database are exact. A value with more decimals than the scale is
 * rounded half-up when set.
 *
 * <pre>{@code
 * .cast("price", new MoneyCast())        // 1999 in the column is 19.99 on the model
 * .cast("price_jpy", new MoneyCast(0))   // currencies without minor units
 * }</pre>
 */
public final class MoneyCast implements Cast<BigDecimal> {
  /** Digits a long can always hold after the decimal point with room for real amounts. */
  private static final int MAX_SCALE = 18;

  private final int scale;
  private final String name;

  /** A cast for currencies with two decimals (cents). */
  public MoneyCast() {
    this(2);
  }

  /**
   * A cast for currencies with the given number of decimals.
   *
   * @param scale the number of minor-unit digits, 0 to 18
   */
  public MoneyCast(int scale) {
    if (scale < 0 || scale > MAX_SCALE) {
      throw new InvalidCastException(
          "The money cast's scale must be between 0 and " + MAX_SCALE + ", got " + scale + ".");
    }
    this.scale = scale;
    this.name = "money(" + scale + ")";
  }

  /** {@inheritDoc} */
  @Override
  public BigDecimal get(Object stored, CastContext context) {
    if (stored == null) {
      return null;
    }
    BigDecimal minor = Numbers.requireDecimal(stored, name, context);
    try {
      return new BigDecimal(minor.toBigIntegerExact(), scale);
    } catch (ArithmeticException e) {
      throw CastErrors.cannotConvert(name, context, stored, "minor units must be whole");
    }
  }

  /** {@inheritDoc} */
  @Override
  public Object set(BigDecimal value, CastContext context) {
    if (value == null) {
      return null;
    }
    try {
      return value.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw CastErrors.cannotConvert(name, context, value, "it does not fit in a long");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Assigned numbers and numeric text are major units: 19.99 is nineteen dollars ninety-nine.
   */
  @Override
  public BigDecimal coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    BigDecimal major = null;
    if (value instanceof Number number) {
      major = Numbers.toBigDecimal(number);
    } else if (value instanceof CharSequence text) {
      major = Numbers.parseDecimal(text);
    }
    if (major == null) {
      throw CastErrors.cannotConvert(name, context, value);
    }
    return major.setScale(scale, RoundingMode.HALF_UP);
  }

  /** {@inheritDoc} */
  @Override
  public Class<?> type() {
    return BigDecimal.class;
  }

  /** {@inheritDoc} */
  @Override
  public String toString() {
    return name;
  }
}
