package io.ilana.model.cast;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimals as {@code BigDecimal}. With a scale, values are rounded half-up to it when set and
 * when read, so a model always shows the column's precision whatever the driver returned.
 */
final class DecimalCast implements Cast<BigDecimal> {
  static final DecimalCast UNSCALED = new DecimalCast(null);
  private final Integer scale;
  private final String name;

  private DecimalCast(Integer scale) {
    this.scale = scale;
    this.name = scale == null ? "decimal" : "decimal(" + scale + ")";
  }

  static DecimalCast withScale(int scale) {
    if (scale < 0) {
      throw new InvalidCastException(
          "The decimal cast's scale must be 0 or more, got " + scale + ".");
    }
    return new DecimalCast(scale);
  }

  @Override
  public BigDecimal get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(BigDecimal value, CastContext context) {
    return value == null ? null : rounded(value);
  }

  @Override
  public BigDecimal coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    BigDecimal decimal = Numbers.requireDecimal(value, name, context);
    return rounded(decimal);
  }

  private BigDecimal rounded(BigDecimal value) {
    return scale == null ? value : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public Class<?> type() {
    return BigDecimal.class;
  }

  @Override
  public String toString() {
    return name;
  }
}
