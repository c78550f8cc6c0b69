package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.InvalidValueException;
import io.ilana.query.Expression;
import io.ilana.query.Secret;
import io.ilana.query.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates SQL text and its bindings together, so bind markers are numbered in exactly the order
 * their values are collected, sub-queries included.
 */
public final class SqlWriter {
  private final Dialect dialect;
  private final StringBuilder text = new StringBuilder();
  private final List<Object> bindings = new ArrayList<>();

  SqlWriter(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Appends SQL text the grammar produced itself. */
  public SqlWriter append(String sql) {
    text.append(sql);
    return this;
  }

  /**
   * Appends the dialect's bind marker for the value (which may depend on the value, such as a
   * {@link io.ilana.query.JsonText}) and records the value.
   */
  public SqlWriter param(Object value) {
    bindings.add(value);
    Object shown = value instanceof Secret secret ? secret.value() : value;
    text.append(dialect.bindMarker(bindings.size(), shown));
    return this;
  }

  /**
   * Appends raw SQL, replacing each {@code ?} outside quotes with the next binding's marker and
   * {@code ??} with a literal {@code ?}.
   */
  public SqlWriter raw(Expression expression) {
    String sql = expression.sql();
    List<Object> values = expression.bindings();
    int used = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        text.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        text.append(c);
      } else if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
        text.append('?');
        i++;
      } else if (c == '?') {
        if (used == values.size()) {
          throw mismatch(expression);
        }
        param(values.get(used++));
      } else {
        text.append(c);
      }
    }
    if (used != values.size()) {
      throw mismatch(expression);
    }
    return this;
  }

  private static InvalidValueException mismatch(Expression expression) {
    return new InvalidValueException(
        "Raw SQL \""
            + expression.sql()
            + "\" has a different number of ? placeholders than its "
            + expression.bindings().size()
            + " bindings.");
  }

  /**
   * The statement written so far.
   *
   * @throws InvalidValueException when it carries more bind parameters than the database takes in
   *     one statement: PostgreSQL answers with a protocol error and drops the connection, so the
   *     statement is refused before it is sent
   */
  public Sql toSql() {
    int limit = dialect.maxBindParameters();
    if (bindings.size() > limit) {
      throw new InvalidValueException(
          "The statement has "
              + bindings.size()
              + " bind parameters, and the "
              + dialect.name()
              + " database takes at most "
              + limit
              + " in one statement.");
    }
    return new Sql(text.toString(), bindings);
  }
}
