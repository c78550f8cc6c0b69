package io.ilana.model;

import io.ilana.query.QueryBuilder;
import java.util.function.UnaryOperator;

/**
 * Sub-queries over a relation for a query on the parent table: whether related rows exist ({@code
 * has}, {@code whereHas}, {@code doesntHave}) and how many there are ({@code withCount}).
 *
 * <p>A relation of a table to itself ({@code nodes.parent_id = nodes.id}) reads the related rows
 * under an alias ({@code from nodes as ilana_self}); without it the inner table name would hide the
 * outer one and the correlation would compare each row with itself. The alias is fixed rather than
 * numbered per call: SQL text that differs on every call would fill the drivers' prepared-statement
 * caches (unbounded by default on PostgreSQL), and a fixed one is safe because a correlation only
 * names its own query and the query directly around it, which is never also {@code ilana_self}
 * (inside {@code ilana_self}, the related table itself no longer equals the parent's name).
 */
final class Existence {
  /** The alias a sub-query on its parent's own table reads that table under. */
  static final String SELF_ALIAS = "ilana_self";

  private Existence() {}

  /** The related rows of each parent row, refined by {@code constraint}, as a sub-query. */
  static QueryBuilder related(
      Relation<?> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return correlated(relation, parentTable, constraint);
  }

  /** {@code select count(*)} of the related rows of each parent row, as a sub-query. */
  static QueryBuilder count(
      Relation<?> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return correlated(relation, parentTable, constraint).select().selectRaw("count(*)");
  }

  /**
   * {@code select function(column)} (sum, avg, min, max) over the related rows of each parent row,
   * as a sub-query; an unqualified column is read from the related table.
   */
  static QueryBuilder aggregate(
      Relation<?> relation, String parentTable, String function, String column) {
    return aggregated(relation, parentTable, function, column);
  }

  private static <R extends Model<R>> QueryBuilder aggregated(
      Relation<R> relation, String parentTable, String function, String column) {
    ModelQuery<R> source = source(relation, parentTable);
    String qualifier = source.qualifier();
    String table = relation.relatedTable();
    String qualified;
    if (!column.contains(".")) {
      qualified = qualifier + "." + column;
    } else if (column.startsWith(table + ".")) {
      // The related table's column, read under the alias when the table is aliased.
      qualified = qualifier + column.substring(table.length());
    } else {
      qualified = column;
    }
    return relation.correlated(source, parentTable).selectAggregate(function, qualified);
  }

  private static <R extends Model<R>> QueryBuilder correlated(
      Relation<R> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return relation.correlated(refine(constraint, source(relation, parentTable)), parentTable);
  }

  /**
   * The related query a sub-query starts from: aliased when the related table is the parent's, so
   * that the two can be told apart.
   */
  private static <R extends Model<R>> ModelQuery<R> source(
      Relation<R> relation, String parentTable) {
    ModelQuery<R> related = relation.related();
    return related.type().table().equals(parentTable) ? related.as(SELF_ALIAS) : related;
  }

  @SuppressWarnings("unchecked") // a constraint refines the query it is given, keeping its type
  private static <R extends Model<R>> ModelQuery<R> refine(
      UnaryOperator<ModelQuery<?>> constraint, ModelQuery<R> query) {
    // Bracketed: the correlation added after it must hold for every alternative of an or.
    return query.constrainedBy(q -> (ModelQuery<R>) constraint.apply(q));
  }
}
