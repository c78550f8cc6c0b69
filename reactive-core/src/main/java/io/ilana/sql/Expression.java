package io.ilana.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Raw SQL with {@code ?} placeholders and their values: the only way SQL text enters a query. The
 * grammar turns each {@code ?} into the dialect's bind marker; write {@code ??} for a literal
 * question mark. Never build the text from user input.
 *
 * @param sql the SQL fragment
 * @param bindings the values for its placeholders, in order
 */
public record Expression(String sql, List<Object> bindings) {

  public Expression {
    Objects.requireNonNull(sql, "sql");
    bindings = Collections.unmodifiableList(new ArrayList<>(bindings));
    bindings.forEach(value -> Values.requireScalar(value, "raw SQL", "raw"));
  }

  /** A raw fragment with values for its {@code ?} placeholders. */
  public static Expression raw(String sql, Object... bindings) {
    List<Object> values = new ArrayList<>(bindings.length);
    Collections.addAll(values, bindings);
    return new Expression(sql, values);
  }
}
