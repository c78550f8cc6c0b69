package io.ilana.query;

import io.ilana.error.InvalidValueException;
import io.ilana.query.parts.Column;
import io.ilana.query.parts.QueryParts;
import io.ilana.query.parts.Where;
import io.ilana.query.parts.Where.DateUnit;
import io.ilana.sql.Expression;
import io.ilana.sql.Identifiers;
import io.ilana.sql.Json;
import io.ilana.sql.Name;
import io.ilana.sql.Values;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The condition methods shared by queries and join clauses. Builders are immutable: every method
 * returns a new builder and leaves this one as it was, so a base query can be reused safely.
 *
 * @param <B> the concrete builder type, returned by every method
 */
public abstract class WhereBuilder<B extends WhereBuilder<B>> {

  /** For the query builder, join clauses, model queries and relations, which share this surface. */
  protected WhereBuilder() {}

  /** The conditions collected so far. */
  public abstract List<Where> wheres();

  /** The same builder with {@code wheres} as its conditions. */
  protected abstract B withWheres(List<Where> wheres);

  /** An empty builder of the same kind, for nested groups. */
  protected abstract B emptyGroup();

  /** An empty query on the same dialect and connection, for sub-queries. */
  protected abstract QueryBuilder emptyQuery();

  /**
   * The builder as it stands, as a {@code B}: a relation's conditions build its model query, so
   * {@code this} is not always a {@code B}.
   */
  private B self() {
    return withWheres(wheres());
  }

  B add(Where where) {
    return withWheres(QueryParts.append(wheres(), where));
  }

  // ---- basic comparisons -------------------------------------------------------------------

  /** {@code column = value}; a {@code null} value means {@code column is null}. */
  public B where(String column, Object value) {
    return basic(false, column, "=", value, "where");
  }

  /**
   * {@code column operator value}. The operator is one of {@link Operators#COMPARISON} or {@code
   * in}, {@code not in}, {@code between} (with a two-element list), {@code not between}.
   */
  public B where(String column, String operator, Object value) {
    return basic(false, column, operator, value, "where");
  }

  /** A parenthesised group of conditions built by {@code group}. */
  public B where(UnaryOperator<B> group) {
    return nested(false, group, false);
  }

  /** {@code or column = value}. */
  public B orWhere(String column, Object value) {
    return basic(true, column, "=", value, "orWhere");
  }

  /** {@code or column operator value}. */
  public B orWhere(String column, String operator, Object value) {
    return basic(true, column, operator, value, "orWhere");
  }

  /** {@code or (group)}. */
  public B orWhere(UnaryOperator<B> group) {
    return nested(true, group, false);
  }

  /** {@code not (group)}. */
  public B whereNot(UnaryOperator<B> group) {
    return nested(false, group, true);
  }

  /** {@code or not (group)}. */
  public B orWhereNot(UnaryOperator<B> group) {
    return nested(true, group, true);
  }

  private B basic(boolean or, String column, String operator, Object value, String method) {
    Name name = Identifiers.column(column, method);
    String op = Operators.any(operator, method);
    switch (op) {
      case "in", "not in" -> {
        return add(new Where.In(or, name, list(value, column, method), op.equals("not in")));
      }
      case "between", "not between" -> {
        List<Object> range = list(value, column, method);
        if (range.size() != 2) {
          throw new InvalidValueException(
              "Invalid value for "
                  + column
                  + " in "
                  + method
                  + "(): between takes exactly two values, got "
                  + range.size()
                  + ".");
        }
        return add(
            new Where.Between(or, name, range.get(0), range.get(1), op.equals("not between")));
      }
      default -> {
        if (value == null && (op.equals("=") || op.equals("!=") || op.equals("<>"))) {
          return add(new Where.Null(or, name, !op.equals("=")));
        }
        return add(new Where.Basic(or, name, op, operand(value, column, method)));
      }
    }
  }

  private static List<Object> list(Object value, String column, String method) {
    if (value instanceof Collection<?> values) {
      return Values.requireScalars(values, column, method);
    }
    if (value instanceof Object[] array) {
      return Values.requireScalars(List.of(array), column, method);
    }
    throw new InvalidValueException(
        "Invalid value for " + column + " in " + method + "(): a list is expected.");
  }

  /** A value on the right of a comparison: bound, unless it is a column or raw expression. */
  static Object operand(Object value, String column, String method) {
    if (value instanceof Column || value instanceof Expression) {
      return value;
    }
    return Values.requireScalar(value, column, method);
  }

  private B nested(boolean or, UnaryOperator<B> group, boolean not) {
    List<Where> inner = group.apply(emptyGroup()).wheres();
    return inner.isEmpty() ? self() : add(new Where.Nested(or, inner, not));
  }

  // ---- in / null / between -----------------------------------------------------------------

  /** {@code column in (values)}; an empty list matches nothing. */
  public B whereIn(String column, Collection<?> values) {
    return in(false, column, values, false, "whereIn");
  }

  /** {@code column in (sub-query)}. */
  public B whereIn(String column, QueryBuilder query) {
    return add(
        new Where.InQuery(false, Identifiers.column(column, "whereIn"), query.parts(), false));
  }

  /** {@code or column in (values)}. */
  public B orWhereIn(String column, Collection<?> values) {
    return in(true, column, values, false, "orWhereIn");
  }

  /** {@code column not in (values)}; an empty list matches everything. */
  public B whereNotIn(String column, Collection<?> values) {
    return in(false, column, values, true, "whereNotIn");
  }

  /** {@code column not in (sub-query)}. */
  public B whereNotIn(String column, QueryBuilder query) {
    return add(
        new Where.InQuery(false, Identifiers.column(column, "whereNotIn"), query.parts(), true));
  }

  /** {@code or column not in (values)}. */
  public B orWhereNotIn(String column, Collection<?> values) {
    return in(true, column, values, true, "orWhereNotIn");
  }

  private B in(boolean or, String column, Collection<?> values, boolean not, String method) {
    Name name = Identifiers.column(column, method);
    return add(new Where.In(or, name, Values.requireScalars(values, column, method), not));
  }

  /** {@code column is null}. */
  public B whereNull(String column) {
    return add(new Where.Null(false, Identifiers.column(column, "whereNull"), false));
  }

  /** {@code or column is null}. */
  public B orWhereNull(String column) {
    return add(new Where.Null(true, Identifiers.column(column, "orWhereNull"), false));
  }

  /** {@code column is not null}. */
  public B whereNotNull(String column) {
    return add(new Where.Null(false, Identifiers.column(column, "whereNotNull"), true));
  }

  /** {@code or column is not null}. */
  public B orWhereNotNull(String column) {
    return add(new Where.Null(true, Identifiers.column(column, "orWhereNotNull"), true));
  }

  /** {@code column between low and high}, both ends included. */
  public B whereBetween(String column, Object low, Object high) {
    return between(false, column, low, high, false, "whereBetween");
  }

  /** {@code or column between low and high}. */
  public B orWhereBetween(String column, Object low, Object high) {
    return between(true, column, low, high, false, "orWhereBetween");
  }

  /** {@code column not between low and high}. */
  public B whereNotBetween(String column, Object low, Object high) {
    return between(false, column, low, high, true, "whereNotBetween");
  }

  private B between(
      boolean or, String column, Object low, Object high, boolean not, String method) {
    Name name = Identifiers.column(column, method);
    return add(
        new Where.Between(
            or, name, operand(low, column, method), operand(high, column, method), not));
  }

  // ---- columns, JSON, dates ------------------------------------------------------------------

  /** {@code first = second}, comparing two columns. */
  public B whereColumn(String first, String second) {
    return whereColumn(first, "=", second);
  }

  /** {@code first operator second}, comparing two columns. */
  public B whereColumn(String first, String operator, String second) {
    return columns(false, first, operator, second, "whereColumn");
  }

  /** {@code or first operator second}. */
  public B orWhereColumn(String first, String operator, String second) {
    return columns(true, first, operator, second, "orWhereColumn");
  }

  B columns(boolean or, String first, String operator, String second, String method) {
    return add(
        new Where.Columns(
            or,
            Identifiers.column(first, method),
            Operators.comparison(operator, method),
            Identifiers.column(second, method)));
  }

  /** The JSON column (or {@code column->path}) contains {@code value}, encoded as JSON. */
  public B whereJsonContains(String column, Object value) {
    return jsonContains(false, column, value, false, "whereJsonContains");
  }

  /** {@code or} the JSON column contains {@code value}. */
  public B orWhereJsonContains(String column, Object value) {
    return jsonContains(true, column, value, false, "orWhereJsonContains");
  }

  /** The JSON column does not contain {@code value}. */
  public B whereJsonDoesntContain(String column, Object value) {
    return jsonContains(false, column, value, true, "whereJsonDoesntContain");
  }

  private B jsonContains(boolean or, String column, Object value, boolean not, String method) {
    Name name = Identifiers.column(column, method);
    return add(new Where.JsonContains(or, name, Json.encodeBinding(value, method), not));
  }

  /** The JSON array at the column has exactly {@code length} elements. */
  public B whereJsonLength(String column, int length) {
    return whereJsonLength(column, "=", length);
  }

  /** The length of the JSON array at the column compared with {@code length}. */
  public B whereJsonLength(String column, String operator, int length) {
    String method = "whereJsonLength";
    return add(
        new Where.JsonLength(
            false,
            Identifiers.column(column, method),
            Operators.comparison(operator, method),
            length));
  }

  /** The date part of the column equals {@code value} (a LocalDate or {@code yyyy-MM-dd}). */
  public B whereDate(String column, Object value) {
    return date(DateUnit.DATE, column, "=", value, "whereDate");
  }

  /** The date part of the column compared with {@code value}. */
  public B whereDate(String column, String operator, Object value) {
    return date(DateUnit.DATE, column, operator, value, "whereDate");
  }

  /** The time part of the column compared with {@code value} (a LocalTime or {@code HH:mm:ss}). */
  public B whereTime(String column, String operator, Object value) {
    return date(DateUnit.TIME, column, operator, value, "whereTime");
  }

  /** The year of the column equals {@code year}. */
  public B whereYear(String column, int year) {
    return date(DateUnit.YEAR, column, "=", year, "whereYear");
  }

  /** The year of the column compared with {@code year}. */
  public B whereYear(String column, String operator, int year) {
    return date(DateUnit.YEAR, column, operator, year, "whereYear");
  }

  /** The month (1 to 12) of the column equals {@code month}. */
  public B whereMonth(String column, int month) {
    return date(DateUnit.MONTH, column, "=", month, "whereMonth");
  }

  /** The day of the month of the column equals {@code day}. */
  public B whereDay(String column, int day) {
    return date(DateUnit.DAY, column, "=", day, "whereDay");
  }

  private B date(DateUnit unit, String column, String operator, Object value, String method) {
    return add(
        new Where.DatePart(
            false,
            unit,
            Identifiers.column(column, method),
            Operators.comparison(operator, method),
            operand(value, column, method)));
  }

  // ---- exists and raw ------------------------------------------------------------------------

  /** {@code exists (sub-query)}, the sub-query built from an empty query. */
  public B whereExists(UnaryOperator<QueryBuilder> query) {
    return add(new Where.Exists(false, query.apply(emptyQuery()).parts(), false));
  }

  /** {@code exists (query)}. */
  public B whereExists(QueryBuilder query) {
    return add(new Where.Exists(false, query.parts(), false));
  }

  /** {@code or exists (sub-query)}. */
  public B orWhereExists(UnaryOperator<QueryBuilder> query) {
    return add(new Where.Exists(true, query.apply(emptyQuery()).parts(), false));
  }

  /** {@code or exists (query)}. */
  public B orWhereExists(QueryBuilder query) {
    return add(new Where.Exists(true, query.parts(), false));
  }

  /** {@code or not exists (sub-query)}. */
  public B orWhereNotExists(UnaryOperator<QueryBuilder> query) {
    return add(new Where.Exists(true, query.apply(emptyQuery()).parts(), true));
  }

  /** {@code or not exists (query)}. */
  public B orWhereNotExists(QueryBuilder query) {
    return add(new Where.Exists(true, query.parts(), true));
  }

  /** {@code not exists (sub-query)}. */
  public B whereNotExists(UnaryOperator<QueryBuilder> query) {
    return add(new Where.Exists(false, query.apply(emptyQuery()).parts(), true));
  }

  /** {@code not exists (query)}. */
  public B whereNotExists(QueryBuilder query) {
    return add(new Where.Exists(false, query.parts(), true));
  }

  /**
   * {@code (query) operator value}: compares the single value {@code query} selects, such as a
   * count, with a bound value; the operator goes through the comparison allowlist.
   */
  public B whereSub(QueryBuilder query, String operator, Object value) {
    return add(
        new Where.SubCompare(
            false,
            query.parts(),
            Operators.comparison(operator, "whereSub"),
            operand(value, "sub-query", "whereSub")));
  }

  /** {@code or (query) operator value}; see {@link #whereSub}. */
  public B orWhereSub(QueryBuilder query, String operator, Object value) {
    return add(
        new Where.SubCompare(
            true,
            query.parts(),
            Operators.comparison(operator, "orWhereSub"),
            operand(value, "sub-query", "orWhereSub")));
  }

  /**
   * Raw SQL as a condition, with {@code ?} placeholders for {@code bindings}. The SQL text is sent
   * as written: never build it from user input.
   */
  public B whereRaw(String sql, Object... bindings) {
    return add(new Where.Raw(false, Expression.raw(sql, bindings)));
  }

  /** {@code or} raw SQL; see {@link #whereRaw}. */
  public B orWhereRaw(String sql, Object... bindings) {
    return add(new Where.Raw(true, Expression.raw(sql, bindings)));
  }

  // ---- composition ---------------------------------------------------------------------------

  /** Applies {@code then} when {@code condition} holds. */
  public B when(boolean condition, UnaryOperator<B> then) {
    return condition ? then.apply(self()) : self();
  }

  /**
   * Applies {@code then} with {@code value} when the value is present: not null, not {@code false},
   * not an empty string.
   */
  public <T> B when(T value, BiFunction<B, T, B> then) {
    return present(value) ? then.apply(self(), value) : self();
  }

  /** Applies {@code then} unless {@code condition} holds. */
  public B unless(boolean condition, UnaryOperator<B> then) {
    return condition ? self() : then.apply(self());
  }

  /** Applies a reusable piece of query, such as a scope: {@code q.tap(Filters::active)}. */
  public B tap(UnaryOperator<B> piece) {
    return piece.apply(self());
  }

  private static boolean present(Object value) {
    return value != null
        && !Boolean.FALSE.equals(value)
        && !(value instanceof CharSequence text && text.length() == 0);
  }
}
