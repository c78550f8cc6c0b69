package io.ilana.query.parts;

import java.util.List;

/**
 * One JOIN: its kind, what it reads and its ON conditions (empty for a cross join).
 *
 * @param kind inner, left, right or cross
 * @param source the joined table or sub-query
 * @param conditions the ON conditions
 */
public record Join(Kind kind, Source source, List<Where> conditions) {

  public Join {
    conditions = List.copyOf(conditions);
  }

  /** The kinds of join. */
  public enum Kind {
    /** {@code inner join}. */
    INNER,
    /** {@code left join}. */
    LEFT,
    /** {@code right join}. */
    RIGHT,
    /** {@code cross join}, without conditions. */
    CROSS
  }
}
