package io.ilana.query.parts;

import io.ilana.sql.Expression;
import io.ilana.sql.Name;

/** One entry of a select list. */
public sealed interface Selection {

  /** A column, {@code *} or {@code table.*}, possibly with an alias. */
  record Col(Name name) implements Selection {}

  /** Raw SQL with bindings. */
  record Raw(Expression expression) implements Selection {}

  /** A sub-query as a column, with its alias. */
  record Sub(QueryParts query, String alias) implements Selection {}

  /** {@code exists(sub-query)} as a column, with its alias. */
  record Exists(QueryParts query, String alias) implements Selection {}
}
