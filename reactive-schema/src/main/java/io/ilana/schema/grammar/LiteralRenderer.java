package io.ilana.schema.grammar;

import io.ilana.error.InvalidValueException;
import io.ilana.schema.SqlExpression;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Writes Java values as SQL literals for the places DDL cannot take bind parameters: column
 * defaults, enum values, check patterns and comments. Only known types are accepted, and strings
 * are escaped for the dialect's string syntax, so a value can never end the literal early.
 */
public final class LiteralRenderer {
  private final boolean booleansAsNumbers;
  private final Backslashes backslashes;

  /** How a dialect treats backslashes inside {@code '...'}. */
  public enum Backslashes {
    /** Backslash is an ordinary character (SQL standard, H2). */
    LITERAL,
    /**
     * Backslash escapes the next character, so it is doubled (MySQL, MariaDB). This assumes the
     * default SQL mode: under {@code NO_BACKSLASH_ESCAPES} a doubled backslash is stored twice,
     * which changes the value but can never end the literal early.
     */
    ESCAPE,
    /**
     * A string holding a backslash is written as {@code E'...'} with the backslash doubled, which
     * reads the same whatever {@code standard_conforming_strings} is set to (PostgreSQL).
     */
    POSTGRES_ESCAPE_STRING,
    /**
     * Backslash is ordinary, but a string holding a semicolon is written as {@code U&'...'} with
     * the semicolon as {@code \003B} (and backslash doubled): r2dbc-h2 1.1 splits statement text at
     * every semicolon, even inside quotes, which would cut the literal short.
     */
    UNICODE_ESCAPED_SEMICOLONS
  }

  /** A renderer for a dialect's boolean and backslash conventions. */
  public LiteralRenderer(boolean booleansAsNumbers, Backslashes backslashes) {
    this.booleansAsNumbers = booleansAsNumbers;
    this.backslashes = backslashes;
  }

  /**
   * A value as a literal: NULL, a boolean, a number, or a quoted string for text, dates, times,
   * UUIDs and enum constants; a {@link SqlExpression} is written as is.
   *
   * @throws InvalidValueException for other types and non-finite numbers
   */
  public String render(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof SqlExpression expression) {
      return expression.sql();
    }
    if (value instanceof Boolean bool) {
      return booleansAsNumbers ? (bool ? "1" : "0") : (bool ? "TRUE" : "FALSE");
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new InvalidValueException("Cannot write a non-finite number as SQL: " + value);
      }
      return BigDecimal.valueOf(number).toPlainString();
    }
    if (value instanceof Number) {
      // Integer, Long, Short, Byte, BigInteger: toString is digits with an optional minus.
      return value.toString();
    }
    if (value instanceof LocalDateTime dateTime) {
      return string(dateTime.toString().replace('T', ' '));
    }
    if (value instanceof OffsetDateTime dateTime) {
      return string(dateTime.toString().replace('T', ' '));
    }
    if (value instanceof Enum<?> constant) {
      return string(constant.name());
    }
    if (value instanceof CharSequence
        || value instanceof java.time.temporal.Temporal
        || value instanceof java.util.UUID) {
      return string(value.toString());
    }
    throw new InvalidValueException(
        "Cannot write a " + value.getClass().getName() + " as an SQL literal.");
  }

  /**
   * A quoted, escaped string literal.
   *
   * @throws InvalidValueException when the text holds a NUL character, which no supported database
   *     stores in text and some drivers truncate at
   */
  public String string(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new InvalidValueException("An SQL string literal may not contain a NUL character.");
    }
    String escaped = text.replace("'", "''");
    boolean hasBackslash = escaped.indexOf('\\') >= 0;
    return switch (backslashes) {
      case LITERAL -> "'" + escaped + "'";
      case ESCAPE -> "'" + escaped.replace("\\", "\\\\") + "'";
      case POSTGRES_ESCAPE_STRING ->
          hasBackslash ? "E'" + escaped.replace("\\", "\\\\") + "'" : "'" + escaped + "'";
      case UNICODE_ESCAPED_SEMICOLONS ->
          escaped.indexOf(';') < 0
              ? "'" + escaped + "'"
              : "U&'" + escaped.replace("\\", "\\\\").replace(";", "\\003B") + "'";
    };
  }

  @Override
  public String toString() {
    return "LiteralRenderer[" + backslashes.name().toLowerCase(Locale.ROOT) + "]";
  }
}
