package io.ilana.query.parts;

import io.ilana.sql.Name;

/**
 * An aggregate function over a column; {@code column} is {@code null} for {@code count(*)}.
 *
 * @param function count, sum, avg, min or max
 * @param column the aggregated column, or {@code null}
 */
public record Aggregate(String function, Name column) {
  private static final java.util.Set<String> FUNCTIONS =
      java.util.Set.of("count", "sum", "avg", "min", "max");

  public Aggregate {
    // The function name is written into SQL: only the builder's own aggregates are allowed.
    if (!FUNCTIONS.contains(function)) {
      throw new io.ilana.error.InvalidOperatorException(String.valueOf(function), "aggregate");
    }
  }
}
