package io.ilana.query.parts;

import io.ilana.sql.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole state of a query, immutable: what the builder collects and what a grammar renders.
 *
 * @param columns the select list; empty means {@code *}
 * @param distinct whether the select is distinct
 * @param from the table or sub-query read, or {@code null}
 * @param joins the joins, in order
 * @param wheres the WHERE conditions
 * @param groups the GROUP BY columns
 * @param havings the HAVING conditions
 * @param orders the ORDER BY entries
 * @param limit the row limit, or {@code null}
 * @param offset the rows skipped, or {@code null}
 * @param unions the queries appended with UNION
 * @param lock the row lock
 * @param aggregate the aggregate replacing the select list, or {@code null}
 */
public record QueryParts(
    List<Selection> columns,
    boolean distinct,
    Source from,
    List<Join> joins,
    List<Where> wheres,
    List<Name> groups,
    List<Where> havings,
    List<Order> orders,
    Integer limit,
    Integer offset,
    List<Union> unions,
    Lock lock,
    Aggregate aggregate) {

  public QueryParts {
    columns = List.copyOf(columns);
    joins = List.copyOf(joins);
    wheres = List.copyOf(wheres);
    groups = List.copyOf(groups);
    havings = List.copyOf(havings);
    orders = List.copyOf(orders);
    unions = List.copyOf(unions);
  }

  /** An empty query. */
  public static QueryParts empty() {
    return new QueryParts(
        List.of(), false, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), Lock.NONE, null);
  }

  /** A copy of the list with one more item: the parts are immutable, builders append by copying. */
  public static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return out;
  }

  // The with* copies below are how builders change one part; the grammar only reads.

  public QueryParts withColumns(List<Selection> value) {
    return new QueryParts(
        value, distinct, from, joins, wheres, groups, havings, orders, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withDistinct(boolean value) {
    return new QueryParts(
        columns, value, from, joins, wheres, groups, havings, orders, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withFrom(Source value) {
    return new QueryParts(
        columns, distinct, value, joins, wheres, groups, havings, orders, limit, offset, unions,
        lock, aggregate);
  }

  public QueryParts withJoins(List<Join> value) {
    return new QueryParts(
        columns, distinct, from, value, wheres, groups, havings, orders, limit, offset, unions,
        lock, aggregate);
  }

  public QueryParts withWheres(List<Where> value) {
    return new QueryParts(
        columns, distinct, from, joins, value, groups, havings, orders, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withGroups(List<Name> value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, value, havings, orders, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withHavings(List<Where> value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, value, orders, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withOrders(List<Order> value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, value, limit, offset, unions, lock,
        aggregate);
  }

  public QueryParts withLimit(Integer value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, orders, value, offset, unions,
        lock, aggregate);
  }

  public QueryParts withOffset(Integer value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, orders, limit, value, unions, lock,
        aggregate);
  }

  public QueryParts withUnions(List<Union> value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, orders, limit, offset, value, lock,
        aggregate);
  }

  public QueryParts withLock(Lock value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, orders, limit, offset, unions,
        value, aggregate);
  }

  /** The same query with its select list replaced by an aggregate, or restored when null. */
  public QueryParts withAggregate(Aggregate value) {
    return new QueryParts(
        columns, distinct, from, joins, wheres, groups, havings, orders, limit, offset, unions,
        lock, value);
  }
}
