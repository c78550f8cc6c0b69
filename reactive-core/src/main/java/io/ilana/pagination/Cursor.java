package io.ilana.pagination;

import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A position in a keyset pagination: the values of the ordering columns of the row a page ended on
 * (or started on, when reading backwards), in the order of the query's {@code ORDER BY}, and the
 * direction to read from there. {@link CursorCodec} turns it into an opaque token and back,
 * restoring each value's Java type.
 *
 * <p>Values must be non-null and one of {@code Long}, {@code Integer}, {@code String}, {@code
 * BigDecimal}, {@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code UUID} or {@code
 * Boolean}. Pass an ordered map (a {@link LinkedHashMap}) when there is more than one column: the
 * order of the columns is part of the position.
 */
public final class Cursor {

  /** Which way to read from the position. */
  public enum Direction {
    /** The rows after the position: the next page. */
    NEXT,
    /** The rows before the position: the previous page. */
    PREVIOUS
  }

  private final Map<String, Object> values;
  private final Direction direction;

  private Cursor(Map<String, ?> values, Direction direction) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(direction, "direction");
    if (values.isEmpty()) {
      throw new InvalidPaginationException("A cursor needs at least one column.");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (column, value) -> {
          if (column == null || column.isBlank()) {
            throw new InvalidPaginationException("Cursor column names must not be blank.");
          }
          CursorType.of(column, value);
          copy.put(column, value);
        });
    this.values = Collections.unmodifiableMap(copy);
    this.direction = direction;
  }

  /** A cursor for the page after the row with these ordering values. */
  public static Cursor next(Map<String, ?> values) {
    return new Cursor(values, Direction.NEXT);
  }

  /** A cursor for the page before the row with these ordering values. */
  public static Cursor previous(Map<String, ?> values) {
    return new Cursor(values, Direction.PREVIOUS);
  }

  /**
   * A cursor at these ordering values, reading in the given direction.
   *
   * @throws InvalidPaginationException when there are no columns, a column name is blank, or a
   *     value is null or of an unsupported type
   */
  public static Cursor of(Map<String, ?> values, Direction direction) {
    return new Cursor(values, direction);
  }

  /** The ordering values by column name, in {@code ORDER BY} order; unmodifiable. */
  public Map<String, Object> values() {
    return values;
  }

  /** The ordering column names, in {@code ORDER BY} order. */
  public List<String> columns() {
    return List.copyOf(values.keySet());
  }

  /**
   * The value of one ordering column.
   *
   * @throws InvalidCursorException when the cursor has no such column: it was made for a query
   *     ordered by other columns. Cursors come from clients, so the message is the one every
   *     rejected cursor carries and names neither the column nor the cursor's own columns.
   */
  public Object value(String column) {
    Object value = values.get(column);
    if (value == null) {
      throw new InvalidCursorException();
    }
    return value;
  }

  /** Which way to read from the position. */
  public Direction direction() {
    return direction;
  }

  /** Whether this cursor reads the rows after the position. */
  public boolean isNext() {
    return direction == Direction.NEXT;
  }

  /** Equal when the columns, in order, their values and the direction are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cursor that
        && direction == that.direction
        && new ArrayList<>(values.entrySet()).equals(new ArrayList<>(that.values.entrySet()));
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(new ArrayList<>(values.entrySet()), direction);
  }

  /** Shows the position, for logs; the token form is what leaves the process. */
  @Override
  public String toString() {
    return "Cursor" + values + " " + direction;
  }
}
