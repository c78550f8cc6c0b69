package io.ilana.dialect.postgres;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The values of an IN list as one array binding, for databases that compare a column with an array
 * ({@code column = any($1)}): the statement carries one parameter whatever the list's length, so a
 * 70,000-value list neither runs into the protocol's 65,535-parameter limit nor changes the
 * statement text with every size.
 *
 * <p>Values of one kind share an element type (integers as {@code Long}, floating point as {@code
 * Double}). Nulls stay in the array as null elements: {@code x = any(array[1, null])} is exactly
 * {@code x in (1, null)}, true for 1 and unknown otherwise, and {@code x <> all(array[1, null])} is
 * never true, like {@code x not in (1, null)}.
 */
final class InListArray {
  /** Element kinds the driver encodes as arrays, each widened to one element type. */
  private static final Map<Class<?>, Class<?>> ELEMENT_TYPES =
      Map.ofEntries(
          Map.entry(Long.class, Long.class),
          Map.entry(Integer.class, Long.class),
          Map.entry(Short.class, Long.class),
          Map.entry(Double.class, Double.class),
          Map.entry(Float.class, Double.class),
          Map.entry(BigDecimal.class, BigDecimal.class),
          Map.entry(Boolean.class, Boolean.class),
          Map.entry(String.class, String.class),
          Map.entry(UUID.class, UUID.class),
          Map.entry(LocalDate.class, LocalDate.class),
          Map.entry(LocalTime.class, LocalTime.class),
          Map.entry(LocalDateTime.class, LocalDateTime.class),
          Map.entry(Instant.class, Instant.class),
          Map.entry(OffsetDateTime.class, OffsetDateTime.class));

  private static final Map<Class<?>, Function<Object, Object>> WIDENING =
      Map.of(
          Long.class, value -> ((Number) value).longValue(),
          Double.class, value -> ((Number) value).doubleValue());

  private InListArray() {}

  /**
   * The values as a typed array, or {@code null} when they do not share an element type (mixed
   * kinds, secrets, only nulls).
   */
  static Object of(List<Object> values) {
    Class<?> type = elementType(values);
    if (type == null) {
      return null;
    }
    Function<Object, Object> widen = WIDENING.getOrDefault(type, Function.identity());
    Object array = Array.newInstance(type, values.size());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      Array.set(array, i, value == null ? null : widen.apply(value));
    }
    return array;
  }

  private static Class<?> elementType(List<Object> values) {
    Class<?> type = null;
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      Class<?> current = ELEMENT_TYPES.get(value.getClass());
      if (current == null || (type != null && type != current)) {
        return null;
      }
      type = current;
    }
    return type;
  }
}
