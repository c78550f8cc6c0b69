package io.ilana.model;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Converts what drivers return into what typed getters promise. Drivers differ (MariaDB returns
 * booleans as numbers, H2 and PostgreSQL timestamps without zone as LocalDateTime): the getters
 * hide that. Zone-less date-times are read as UTC, the zone the model writes them in.
 */
final class Conversions {
  private Conversions() {}

  static Long toLong(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number number) {
      // Exact: 3.7 is not a Long (the cast layer's rule); 3.0 is 3.
      return new BigDecimal(number.toString()).longValueExact();
    }
    return Long.parseLong(value.toString().trim());
  }

  static Integer toInteger(Object value) {
    Long number = toLong(value);
    return number == null ? null : Math.toIntExact(number);
  }

  static Double toDouble(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return Double.parseDouble(value.toString().trim());
  }

  static BigDecimal toBigDecimal(Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return new BigDecimal(value.toString().trim());
  }

  static Boolean toBoolean(Object value) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number number) {
      return number.longValue() != 0;
    }
    String text = value.toString().trim();
    return text.equals("1") || text.equalsIgnoreCase("true");
  }

  static Instant toInstant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value.toString().trim();
    return text.endsWith("Z") || text.contains("+")
        ? OffsetDateTime.parse(text).toInstant()
        : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }

  static LocalDate toLocalDate(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof LocalDateTime local) {
      return local.toLocalDate();
    }
    if (value instanceof CharSequence text && text.length() == 10) {
      return LocalDate.parse(text);
    }
    return toInstant(value).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** The value as {@code type}, converting between the types the getters know. */
  static <V> V to(Object value, Class<V> type) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    Object converted;
    if (type == Long.class) {
      converted = toLong(value);
    } else if (type == Integer.class) {
      converted = toInteger(value);
    } else if (type == Double.class) {
      converted = toDouble(value);
    } else if (type == BigDecimal.class) {
      converted = toBigDecimal(value);
    } else if (type == Boolean.class) {
      converted = toBoolean(value);
    } else if (type == Instant.class) {
      converted = toInstant(value);
    } else if (type == LocalDate.class) {
      converted = toLocalDate(value);
    } else if (type == String.class) {
      converted = value.toString();
    } else {
      throw new InvalidCastException(
          "Cannot convert " + value.getClass().getName() + " to " + type.getName());
    }
    return type.cast(converted);
  }

  /** Equality as a dirty check needs it: numbers by value, so 5 and 5L are the same. */
  static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return toBigDecimal(x).compareTo(toBigDecimal(y)) == 0;
    }
    return java.util.Objects.equals(a, b);
  }
}
