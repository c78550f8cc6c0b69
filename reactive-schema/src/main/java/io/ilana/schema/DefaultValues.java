package io.ilana.schema;

import io.ilana.error.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which Java values may become a column default. DDL cannot take bind parameters on every driver,
 * so defaults are rendered as literals; accepting only these types keeps that rendering exact.
 */
final class DefaultValues {
  private DefaultValues() {}

  static Object require(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof LocalDate
        || value instanceof LocalTime
        || value instanceof LocalDateTime
        || value instanceof OffsetDateTime
        || value instanceof UUID
        || value instanceof Enum<?>
        || value instanceof SqlExpression) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new InvalidValueException("A column default must be a finite number, was " + value);
      }
      return value;
    }
    throw new InvalidValueException(
        "A column default must be a string, boolean, number, date/time, UUID, enum or"
            + " SqlExpression; "
            + value.getClass().getName()
            + " is not supported.");
  }
}
