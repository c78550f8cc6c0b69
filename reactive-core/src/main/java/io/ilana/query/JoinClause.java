package io.ilana.query;

import io.ilana.query.parts.Where;
import java.util.List;

/**
 * The ON conditions of a join built with a closure: {@code on} compares columns, {@code where}
 * compares a column with a bound value. Immutable like {@link QueryBuilder}.
 */
public final class JoinClause extends WhereBuilder<JoinClause> {
  private final QueryBuilder origin;
  private final List<Where> wheres;

  JoinClause(QueryBuilder origin, List<Where> wheres) {
    this.origin = origin;
    this.wheres = List.copyOf(wheres);
  }

  @Override
  public List<Where> wheres() {
    return wheres;
  }

  @Override
  protected JoinClause withWheres(List<Where> value) {
    return new JoinClause(origin, value);
  }

  @Override
  protected JoinClause emptyGroup() {
    return new JoinClause(origin, List.of());
  }

  @Override
  protected QueryBuilder emptyQuery() {
    return origin.newQuery();
  }

  /** {@code first = second}. */
  public JoinClause on(String first, String second) {
    return columns(false, first, "=", second, "on");
  }

  /** {@code first operator second}. */
  public JoinClause on(String first, String operator, String second) {
    return columns(false, first, operator, second, "on");
  }

  /** {@code or first operator second}. */
  public JoinClause orOn(String first, String operator, String second) {
    return columns(true, first, operator, second, "orOn");
  }
}
