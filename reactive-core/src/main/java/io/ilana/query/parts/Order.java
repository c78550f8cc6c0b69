package io.ilana.query.parts;

import io.ilana.sql.Expression;
import io.ilana.sql.Name;

/** One entry of an ORDER BY clause. */
public sealed interface Order {

  /** A column, ascending or descending. */
  record By(Name column, boolean descending) implements Order {}

  /** Raw SQL with bindings. */
  record Raw(Expression expression) implements Order {}

  /** A random order, rendered with the dialect's random function. */
  record Random() implements Order {}
}
