package io.ilana.relation;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.query.QueryBuilder;
import java.util.function.UnaryOperator;

/**
 * Sub-queries over a relation for a query on the parent table: whether related rows exist ({@code
 * has}, {@code whereHas}, {@code doesntHave}) and how many there are ({@code withCount}).
 */
public final class Existence {
  private Existence() {}

  /** The related rows of each parent row, refined by {@code constraint}, as a sub-query. */
  public static QueryBuilder related(
      Relation<?> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return correlated(relation, parentTable, constraint);
  }

  /** {@code select count(*)} of the related rows of each parent row, as a sub-query. */
  public static QueryBuilder count(
      Relation<?> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return correlated(relation, parentTable, constraint).select().selectRaw("count(*)");
  }

  /**
   * {@code select function(column)} (sum, avg, min, max) over the related rows of each parent row,
   * as a sub-query; an unqualified column is read from the related table.
   */
  public static QueryBuilder aggregate(
      Relation<?> relation, String parentTable, String function, String column) {
    String qualified = column.contains(".") ? column : relation.relatedTable() + "." + column;
    return correlated(relation, parentTable, q -> q).selectAggregate(function, qualified);
  }

  private static <R extends Model<R>> QueryBuilder correlated(
      Relation<R> relation, String parentTable, UnaryOperator<ModelQuery<?>> constraint) {
    return relation.correlated(refine(constraint, relation.related()), parentTable);
  }

  @SuppressWarnings("unchecked") // a constraint refines the query it is given, keeping its type
  private static <R extends Model<R>> ModelQuery<R> refine(
      UnaryOperator<ModelQuery<?>> constraint, ModelQuery<R> query) {
    // Bracketed: the correlation added after it must hold for every alternative of an or.
    return query.constrainedBy(q -> (ModelQuery<R>) constraint.apply(q));
  }
}
