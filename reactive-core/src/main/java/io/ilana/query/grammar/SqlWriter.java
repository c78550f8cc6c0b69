package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.RawSqlLexer;
import io.ilana.error.InvalidValueException;
import io.ilana.sql.Expression;
import io.ilana.sql.Secret;
import io.ilana.sql.Sql;
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
   * {@link io.ilana.sql.JsonText}) and records the value.
   */
  public SqlWriter param(Object value) {
    bindings.add(value);
    Object shown = value instanceof Secret secret ? secret.value() : value;
    text.append(dialect.bindMarker(bindings.size(), shown));
    return this;
  }

  /**
   * Appends raw SQL, replacing each {@code ?} placeholder with the next binding's marker and {@code
   * ??} with a literal {@code ?}. What is a placeholder is asked of the dialect's {@link
   * RawSqlLexer}: a {@code ?} in a string, quoted identifier or comment is text.
   *
   * @throws InvalidValueException when the placeholders do not match the bindings, or the fragment
   *     writes a native bind marker such as {@code $1}
   */
  public SqlWriter raw(Expression expression) {
    RawSqlLexer.Fragment fragment = dialect.rawSqlLexer().lex(expression.sql());
    if (fragment.nativeMarker() != null) {
      throw new InvalidValueException(
          "Raw SQL \""
              + expression.sql()
              + "\" writes the bind marker "
              + fragment.nativeMarker()
              + " itself: write ? placeholders and pass the values as bindings, because the"
              + " statement's markers are numbered as it is written.");
    }
    List<Object> values = expression.bindings();
    if (fragment.placeholders() != values.size()) {
      throw mismatch(expression);
    }
    List<String> texts = fragment.texts();
    text.append(texts.get(0));
    for (int i = 0; i < values.size(); i++) {
      param(values.get(i));
      text.append(texts.get(i + 1));
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
