package io.ilana.query.parts;

import io.ilana.sql.Expression;
import io.ilana.sql.Name;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition of a WHERE, HAVING or JOIN ON clause, as data. Every kind records whether it is
 * joined to the previous condition with OR; the grammar renders each kind.
 */
public sealed interface Where {

  /** Whether the condition is joined to the one before it with OR rather than AND. */
  boolean or();

  /** The part of a date or time value a date condition compares. */
  enum DateUnit {
    /** The calendar date. */
    DATE,
    /** The time of day. */
    TIME,
    /** The year number. */
    YEAR,
    /** The month number, 1 to 12. */
    MONTH,
    /** The day of the month. */
    DAY
  }

  /**
   * {@code column operator value}; the value is bound, or is a {@link Column} or {@link
   * Expression}.
   */
  record Basic(boolean or, Name column, String operator, Object value) implements Where {}

  /** {@code first operator second}, comparing two columns. */
  record Columns(boolean or, Name first, String operator, Name second) implements Where {}

  /** {@code column [not] in (values)}. */
  record In(boolean or, Name column, List<Object> values, boolean not) implements Where {
    public In {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** {@code column [not] in (sub-query)}. */
  record InQuery(boolean or, Name column, QueryParts query, boolean not) implements Where {}

  /** {@code column is [not] null}. */
  record Null(boolean or, Name column, boolean not) implements Where {}

  /** {@code column [not] between low and high}. */
  record Between(boolean or, Name column, Object low, Object high, boolean not) implements Where {}

  /** A parenthesised group of conditions, optionally negated. */
  record Nested(boolean or, List<Where> wheres, boolean not) implements Where {
    public Nested {
      wheres = List.copyOf(wheres);
    }
  }

  /** {@code [not] exists (sub-query)}. */
  record Exists(boolean or, QueryParts query, boolean not) implements Where {}

  /** {@code (sub-query) operator value}, comparing the single value a sub-query selects. */
  record SubCompare(boolean or, QueryParts query, String operator, Object value) implements Where {}

  /** Raw SQL, the only way to write a condition the builder has no method for. */
  record Raw(boolean or, Expression expression) implements Where {}

  /** The JSON column (or path) contains the given JSON document. */
  record JsonContains(boolean or, Name column, Object json, boolean not) implements Where {}

  /** The length of the JSON array (or object) at the column compared with a value. */
  record JsonLength(boolean or, Name column, String operator, Object value) implements Where {}

  /** One part of a date or time column compared with a value. */
  record DatePart(boolean or, DateUnit unit, Name column, String operator, Object value)
      implements Where {}
}
