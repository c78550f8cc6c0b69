package io.ilana.pagination;

import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The value types a cursor can hold, each with the short tag written into the token so decoding
 * restores the exact Java type (a {@code Long} id stays a {@code Long}, not a JSON number).
 */
enum CursorType {
  LONG("l", Long.class, Long::valueOf),
  INTEGER("i", Integer.class, Integer::valueOf),
  STRING("s", String.class, Function.identity()),
  DECIMAL("n", BigDecimal.class, BigDecimal::new),
  INSTANT("t", Instant.class, Instant::parse),
  DATE("d", LocalDate.class, LocalDate::parse),
  DATE_TIME("dt", LocalDateTime.class, LocalDateTime::parse),
  UUID_VALUE("u", UUID.class, UUID::fromString),
  BOOLEAN("b", Boolean.class, CursorType::strictBoolean);

  private final String tag;
  private final Class<?> type;
  private final Function<String, ?> parser;

  CursorType(String tag, Class<?> type, Function<String, ?> parser) {
    this.tag = tag;
    this.type = type;
    this.parser = parser;
  }

  String tag() {
    return tag;
  }

  /**
   * The type of a value; an {@link InvalidPaginationException} naming the column and the supported
   * types otherwise.
   */
  static CursorType of(String column, Object value) {
    if (value == null) {
      throw new InvalidPaginationException(
          "Cursor value for column '" + column + "' must not be null.");
    }
    for (CursorType t : values()) {
      if (t.type == value.getClass()) {
        return t;
      }
    }
    throw new InvalidPaginationException(
        "Cursor values of type "
            + value.getClass().getName()
            + " are not supported (column '"
            + column
            + "'); supported: "
            + Arrays.stream(values())
                .map(t -> t.type.getSimpleName())
                .collect(Collectors.joining(", "))
            + ".");
  }

  static CursorType ofTag(String tag) {
    for (CursorType t : values()) {
      if (t.tag.equals(tag)) {
        return t;
      }
    }
    throw new InvalidCursorException(); // Unknown cursor type tag.
  }

  /**
   * Parses the text form and insists it is exactly what encoding would have written, so that no two
   * tokens decode to the same cursor (UUID.fromString alone accepts "1-1-1-1-1").
   */
  Object parse(String text) {
    Object value = parser.apply(text);
    if (!value.toString().equals(text)) {
      throw new InvalidCursorException(); // Non-canonical cursor value.
    }
    return value;
  }

  private static Boolean strictBoolean(String text) {
    if ("true".equals(text) || "false".equals(text)) {
      return Boolean.valueOf(text);
    }
    throw new InvalidCursorException(); // Not a boolean.
  }
}
