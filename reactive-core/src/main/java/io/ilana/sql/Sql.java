package io.ilana.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rendered statement: SQL text with the dialect's bind markers, and the values to bind in the
 * order the markers appear. Grammars produce it; the executor runs it.
 *
 * <p>A binding may be {@code null}, a {@link TypedNull} (a null whose column type is known), or a
 * {@link Secret} (a value masked in logs and error messages).
 *
 * @param text the SQL text
 * @param bindings the values for the bind markers, in order
 */
public record Sql(String text, List<Object> bindings) {

  public Sql {
    Objects.requireNonNull(text, "text");
    // List.copyOf rejects nulls, and a null is a legitimate binding.
    bindings = Collections.unmodifiableList(new ArrayList<>(bindings));
  }

  /** A statement with the given bindings. */
  public static Sql of(String text, Object... bindings) {
    List<Object> values = new ArrayList<>(bindings.length);
    Collections.addAll(values, bindings);
    return new Sql(text, values);
  }

  @Override
  public String toString() {
    return text + " " + Bindings.describe(bindings);
  }
}
