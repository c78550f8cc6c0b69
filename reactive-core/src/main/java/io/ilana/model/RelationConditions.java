package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.CrossConnectionRelationException;
import io.ilana.error.InvalidArgumentException;
import io.ilana.query.Operators;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds the conditions and columns a {@link ModelQuery} expresses through a declared relation:
 * existence ({@code whereHas}), counted existence ({@code has(rel, ">=", 3)}), aggregate columns
 * ({@code withCount}, {@code withSum}) and {@code whereBelongsTo}. Each is a sub-query correlated
 * with the query's table (or the alias it reads it under); this class only decides which one and
 * how it joins the query's conditions, and {@link Existence} and the relations build them.
 *
 * @param <T> the model type of the query
 */
final class RelationConditions<T extends Model<T>> {
  private final ModelType<T> type;
  private final ModelQuery<T> query;

  RelationConditions(ModelType<T> type, ModelQuery<T> query) {
    this.type = type;
    this.query = query;
  }

  /** How an existence condition joins the others: and/or, exists/not exists. */
  enum Join {
    AND,
    OR,
    AND_NOT,
    OR_NOT;

    boolean or() {
      return this == OR || this == OR_NOT;
    }

    boolean not() {
      return this == AND_NOT || this == OR_NOT;
    }
  }

  /**
   * {@code [or] [not] exists (related rows matching constraint)}; a dotted path asks for related
   * models that have matching related models of their own.
   */
  QueryBuilder exists(
      QueryBuilder builder, String path, UnaryOperator<ModelQuery<?>> constraint, Join join) {
    int dot = path.indexOf('.');
    if (dot > 0) {
      String nested = path.substring(dot + 1);
      return exists(builder, path.substring(0, dot), q -> q.whereHas(nested, constraint), join);
    }
    QueryBuilder related = Existence.related(subQuery(path, HAS), query.qualifier(), constraint);
    if (join.not()) {
      return join.or() ? builder.orWhereNotExists(related) : builder.whereNotExists(related);
    }
    return join.or() ? builder.orWhereExists(related) : builder.whereExists(related);
  }

  /**
   * {@code [or] (count of related rows matching constraint) operator count}; with a dotted path the
   * count applies to the last relation, reached through the ones before it.
   */
  QueryBuilder counted(
      QueryBuilder builder,
      String path,
      String operator,
      long count,
      UnaryOperator<ModelQuery<?>> constraint,
      boolean or,
      String method) {
    String checked = Operators.comparison(operator, method);
    int dot = path.indexOf('.');
    if (dot > 0) {
      String nested = path.substring(dot + 1);
      return exists(
          builder,
          path.substring(0, dot),
          q -> q.whereHas(nested, checked, count, constraint),
          or ? Join.OR : Join.AND);
    }
    QueryBuilder counter = Existence.count(subQuery(path, HAS), query.qualifier(), constraint);
    return or
        ? builder.orWhereSub(counter, checked, count)
        : builder.whereSub(counter, checked, count);
  }

  /** Adds {@code <relation>_count} (or {@code alias}) to the selected columns. */
  QueryBuilder count(
      QueryBuilder builder, String relation, UnaryOperator<ModelQuery<?>> constraint) {
    return ownColumns(builder)
        .selectSub(
            Existence.count(
                subQuery(relation, "a withCount sub-query"), query.qualifier(), constraint),
            relation + "_count");
  }

  /** Adds {@code <relation>_<function>_<column>} to the selected columns. */
  QueryBuilder aggregate(QueryBuilder builder, String relation, String function, String column) {
    String alias = relation + "_" + function + "_" + column.replace('.', '_');
    return ownColumns(builder)
        .selectSub(
            Existence.aggregate(
                subQuery(relation, "a with" + capitalized(function) + " sub-query"),
                query.qualifier(),
                function,
                column),
            alias);
  }

  /** Adds {@code <relation>_exists} to the selected columns. */
  QueryBuilder existsColumn(QueryBuilder builder, String relation) {
    return ownColumns(builder)
        .selectExists(
            Existence.related(
                subQuery(relation, "a withExists sub-query"), query.qualifier(), q -> q),
            relation + "_exists");
  }

  /**
   * {@code [or] foreign_key in (the owners' keys)} through the belongs-to relation named {@code
   * relation}, or through the only belongs-to relation pointing at the owners' class when {@code
   * relation} is null.
   */
  QueryBuilder belongsTo(
      QueryBuilder builder, Collection<? extends Model<?>> owners, String relation, boolean or) {
    if (owners.isEmpty()) {
      throw new InvalidArgumentException(
          "whereBelongsTo on " + type.modelClass().getSimpleName() + " needs at least one owner.");
    }
    Class<?> ownerClass = owners.iterator().next().getClass();
    for (Model<?> owner : owners) {
      if (owner.getClass() != ownerClass) {
        throw new InvalidArgumentException(
            "whereBelongsTo needs owners of one class; got "
                + ownerClass.getSimpleName()
                + " and "
                + owner.getClass().getSimpleName()
                + ".");
      }
    }
    BelongsTo<?> belongsTo =
        relation == null ? onlyBelongsTo(ownerClass) : belongsToNamed(relation, ownerClass);
    List<Object> keys = new ArrayList<>();
    for (Model<?> owner : owners) {
      keys.add(owner.attributes().get(belongsTo.ownerKey()));
    }
    String column = query.qualifier() + "." + belongsTo.foreignKey();
    return or ? builder.orWhereIn(column, keys) : builder.whereIn(column, keys);
  }

  private BelongsTo<?> belongsToNamed(String name, Class<?> ownerClass) {
    Relation<?> relation = relation(name);
    if (!(relation instanceof BelongsTo<?> belongsTo)
        || relation.relatedType().modelClass() != ownerClass) {
      throw new InvalidArgumentException(
          "whereBelongsTo: relation ["
              + name
              + "] of "
              + type.modelClass().getSimpleName()
              + " is not a belongsTo relation to "
              + ownerClass.getSimpleName()
              + ".");
    }
    return belongsTo;
  }

  private BelongsTo<?> onlyBelongsTo(Class<?> ownerClass) {
    List<String> names = new ArrayList<>();
    BelongsTo<?> found = null;
    for (Map.Entry<String, Relation<?>> entry : declaredRelations().entrySet()) {
      if (entry.getValue() instanceof BelongsTo<?> belongsTo
          && belongsTo.relatedType().modelClass() == ownerClass) {
        names.add(entry.getKey());
        found = belongsTo;
      }
    }
    if (names.size() != 1) {
      throw new InvalidArgumentException(
          "whereBelongsTo: "
              + type.modelClass().getSimpleName()
              + (names.isEmpty()
                  ? " declares no belongsTo relation to " + ownerClass.getSimpleName()
                  : " declares several belongsTo relations to "
                      + ownerClass.getSimpleName()
                      + " "
                      + names)
              + "; name the relation: whereBelongsTo(owner, \"<relation>\").");
    }
    return found;
  }

  private Map<String, Relation<?>> declaredRelations() {
    T blank = type.blank(query.connection());
    Map<String, Relation<?>> relations = new LinkedHashMap<>();
    for (String name : type.relationNames()) {
      relations.put(name, type.relationFor(name).apply(blank));
    }
    return relations;
  }

  private Relation<?> relation(String name) {
    return type.relationFor(name).apply(type.blank(query.connection()));
  }

  private static final String HAS = "a has or whereHas sub-query";

  /**
   * The relation, to become a sub-query of this query's one statement: its related model must be
   * read on this query's database. A related model declaring a connection to another database is
   * refused, naming both connections, rather than sent to a database that lacks its table.
   */
  private Relation<?> subQuery(String name, String use) {
    Relation<?> relation = relation(name);
    DatabaseConnection own = query.connection();
    DatabaseConnection related = relation.connection();
    if (!own.sameDatabaseAs(related)) {
      throw new CrossConnectionRelationException(
          type.modelClass().getSimpleName() + "." + name,
          use,
          own.name(),
          relation.relatedType().modelClass().getSimpleName(),
          related.name());
    }
    return relation;
  }

  private static String capitalized(String function) {
    return function.isEmpty()
        ? function
        : function.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + function.substring(1);
  }

  /** The builder, selecting the model's own columns when it has no select list yet. */
  private QueryBuilder ownColumns(QueryBuilder builder) {
    return builder.parts().columns().isEmpty() ? builder.select(query.qualifier() + ".*") : builder;
  }
}
