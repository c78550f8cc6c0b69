package io.ilana.schema;

import java.util.Objects;

/**
 * A CHECK constraint attached to a column.
 *
 * @param kind what is checked
 * @param value the raw SQL condition for {@link Kind#RAW}, the pattern for {@link Kind#REGEX}, or
 *     {@code null} for {@link Kind#POSITIVE}
 */
public record ColumnCheck(Kind kind, String value) {

  /** Requires a value for every kind but POSITIVE. */
  public ColumnCheck {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.POSITIVE) {
      Objects.requireNonNull(value, "value");
    }
  }

  /** What a column check tests. */
  public enum Kind {
    /** A raw SQL condition written by the migration's author. */
    RAW,
    /** The value is greater than zero. */
    POSITIVE,
    /** The value matches a regular expression (rendered as a literal, never raw). */
    REGEX
  }
}
