package io.ilana.model;

import io.ilana.error.InvalidOperatorException;
import io.ilana.query.QueryBuilder;
import io.ilana.sql.Identifiers;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Narrows a has-one relation to one row of many per parent: the row whose {@code column} is the
 * largest ({@code max}) or smallest ({@code min}), ties going to the highest primary key. It joins
 * the related query with a grouped sub-query ({@code select fk, max(column) ... group by fk}), so
 * it holds for every parent of an eager load at once.
 */
final class OneOfMany {
  /** The alias of the sub-query naming the chosen row of each parent. */
  static final String ALIAS = "ilana_one_of_many";

  private static final String BY_COLUMN = "ilana_one_of_many_column";
  private static final String KEY = "ilana_key";
  private static final String AGGREGATE = "ilana_aggregate";

  private final String column;
  private final String aggregate;

  private OneOfMany(String column, String aggregate) {
    this.column = column;
    this.aggregate = aggregate;
  }

  /**
   * The row with the {@code aggregate} ({@code min} or {@code max}, any case) of {@code column}, a
   * plain column of the related table; anything else is rejected before any SQL exists.
   */
  static OneOfMany of(String column, String aggregate) {
    String function = aggregate == null ? null : aggregate.toLowerCase(Locale.ROOT);
    if (!"min".equals(function) && !"max".equals(function)) {
      throw new InvalidOperatorException(aggregate, "ofMany");
    }
    Identifiers.writeColumn(column, "ofMany");
    return new OneOfMany(column, function);
  }

  /**
   * The query on the related table joined with the chosen row of each parent; {@code restrict}
   * narrows the grouped sub-query to the parents asked for (the identity for correlated use). The
   * grouped sub-queries read the related table on their own; {@code qualifier} is the name {@code
   * query} reads it under (an alias inside a sub-query on the same table).
   */
  QueryBuilder join(
      QueryBuilder query,
      String qualifier,
      ModelQuery<?> related,
      String foreignKey,
      UnaryOperator<QueryBuilder> restrict) {
    String table = related.type().table();
    String key = related.type().keyName();
    String qualifiedForeignKey = table + "." + foreignKey;
    QueryBuilder scoped = restrict.apply(related.toBase());
    QueryBuilder chosen;
    if (column.equals(key)) {
      chosen = grouped(scoped, qualifiedForeignKey, aggregate, table + "." + key, KEY);
    } else {
      QueryBuilder best =
          grouped(scoped, qualifiedForeignKey, aggregate, table + "." + column, AGGREGATE);
      QueryBuilder tied =
          restrict
              .apply(related.toBase())
              .joinSub(
                  best,
                  BY_COLUMN,
                  on ->
                      on.on(BY_COLUMN + "." + AGGREGATE, table + "." + column)
                          .on(BY_COLUMN + "." + foreignKey, qualifiedForeignKey));
      chosen = grouped(tied, qualifiedForeignKey, "max", table + "." + key, KEY);
    }
    QueryBuilder own = query.parts().columns().isEmpty() ? query.select(qualifier + ".*") : query;
    return own.joinSub(chosen, ALIAS, ALIAS + "." + KEY, "=", qualifier + "." + key);
  }

  /** {@code select fk, function(column) as alias ... group by fk}. */
  private static QueryBuilder grouped(
      QueryBuilder query, String foreignKey, String function, String column, String alias) {
    String wrapped = query.grammar().wrap(Identifiers.column(column, "ofMany"));
    String label = query.grammar().dialect().quoteIdentifier(alias);
    return query
        .select(foreignKey)
        .selectRaw(function + "(" + wrapped + ") as " + label)
        .groupBy(foreignKey);
  }
}
