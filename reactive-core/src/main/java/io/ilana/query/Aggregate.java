package io.ilana.query;

/**
 * An aggregate function over a column; {@code column} is {@code null} for {@code count(*)}.
 *
 * @param function count, sum, avg, min or max
 * @param column the aggregated column, or {@code null}
 */
public record Aggregate(String function, Name column) {}
