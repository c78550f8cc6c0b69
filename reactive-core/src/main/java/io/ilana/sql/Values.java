package io.ilana.sql;

import io.ilana.error.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.BaseStream;

/**
 * Checks values before they are bound. A Map, collection, array (other than {@code byte[]}),
 * Optional, stream or builder where one value is expected is rejected: silently rendering it is how
 * Knex CVE-2016-20018 turned a value into SQL.
 */
public final class Values {
  private Values() {}

  /** The value itself, or an exception naming the column and the method. */
  public static Object requireScalar(Object value, String column, String method) {
    if (isPlain(value)) {
      return value;
    }
    String problem = problem(value);
    if (problem != null) {
      throw new InvalidValueException(
          "Invalid value for "
              + column
              + " in "
              + method
              + "(): "
              + problem
              + " where a single value is expected.");
    }
    if (value instanceof Secret secret) {
      requireScalar(secret.value(), column, method);
    }
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  /** Each element checked as a single value. */
  public static List<Object> requireScalars(Iterable<?> values, String column, String method) {
    if (values == null) {
      throw new InvalidValueException(
          "Invalid value for " + column + " in " + method + "(): null where a list is expected.");
    }
    List<Object> out = new ArrayList<>();
    values.forEach(value -> out.add(requireScalar(value, column, method)));
    return out;
  }

  /**
   * Whether the value is null or of a common value class: text, a number, a boolean, a date or
   * time, a UUID or bytes. Tested by exact class first because each {@code instanceof} of an
   * interface (Map, Iterable, BaseStream …) that a class does not implement scans its interfaces on
   * Java 17, and a 1,000-row insert asks this of every value.
   */
  static boolean isPlain(Object value) {
    if (value == null) {
      return true;
    }
    Class<?> type = value.getClass();
    return type == String.class
        || type == Long.class
        || type == Integer.class
        || type == LocalDateTime.class
        || type == Boolean.class
        || type == Double.class
        || type == BigDecimal.class
        || type == LocalDate.class
        || type == Instant.class
        || type == OffsetDateTime.class
        || type == UUID.class
        || type == Short.class
        || type == Float.class
        || type == LocalTime.class
        || type == byte[].class;
  }

  private static String problem(Object value) {
    if (value instanceof Map<?, ?>) {
      return "a Map";
    }
    if (value instanceof Collection<?> || value instanceof Iterable<?>) {
      return "a collection";
    }
    if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
      return "an array";
    }
    if (value instanceof Optional<?> || value instanceof BaseStream<?, ?>) {
      return "an " + value.getClass().getSimpleName();
    }
    if (value instanceof Unbindable unbindable) {
      return unbindable.describeAsValue();
    }
    return null;
  }
}
