package io.ilana.sql;

import java.util.Objects;

/**
 * A SQL NULL whose Java type is known. Drivers need a type to bind a null; a plain {@code null}
 * binding is sent as an untyped null.
 *
 * @param type the Java type of the column the null is written to
 */
public record TypedNull(Class<?> type) {
  public TypedNull {
    Objects.requireNonNull(type, "type");
  }

  /** A null of the given type. */
  public static TypedNull of(Class<?> type) {
    return new TypedNull(type);
  }
}
