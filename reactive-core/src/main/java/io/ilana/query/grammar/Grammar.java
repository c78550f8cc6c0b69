package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.error.InvalidValueException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.parts.Aggregate;
import io.ilana.query.parts.Assignment;
import io.ilana.query.parts.Column;
import io.ilana.query.parts.Join;
import io.ilana.query.parts.Lock;
import io.ilana.query.parts.Order;
import io.ilana.query.parts.QueryParts;
import io.ilana.query.parts.Selection;
import io.ilana.query.parts.Source;
import io.ilana.query.parts.Union;
import io.ilana.query.parts.Where;
import io.ilana.sql.Expression;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Renders query state as SQL for one dialect. The base class writes standard SQL (what PostgreSQL
 * and H2 share); each dialect's grammar overrides only what differs. A SELECT is written by walking
 * a fixed, ordered list of clause parts, and every value goes through a bind marker.
 */
public abstract class Grammar {
  /** The dialect whose quoting and bind markers the grammar uses. */
  protected final Dialect dialect;

  private final List<BiConsumer<SqlWriter, QueryParts>> selectComponents =
      List.of(
          this::compileColumns,
          this::compileFrom,
          this::compileJoins,
          this::compileWheres,
          this::compileGroups,
          this::compileHavings,
          this::compileOrders,
          this::compileLimit,
          this::compileLock);

  /** A grammar writing SQL for the given dialect. */
  protected Grammar(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The dialect the grammar writes for. */
  public Dialect dialect() {
    return dialect;
  }

  /** An empty writer using this grammar's dialect. */
  protected SqlWriter writer() {
    return new SqlWriter(dialect);
  }

  // ---- select --------------------------------------------------------------------------------

  /** A SELECT statement for the query. */
  public Sql compileSelect(QueryParts query) {
    SqlWriter w = writer();
    select(w, query);
    return w.toSql();
  }

  /** {@code select exists(query) as "exists"}. */
  public Sql compileExists(QueryParts query) {
    SqlWriter w = writer().append("select exists(");
    select(w, query.withAggregate(null));
    return w.append(") as ").append(dialect.quoteIdentifier("exists")).toSql();
  }

  /** Writes a whole select, as a statement or as a sub-query, into {@code w}. */
  protected void select(SqlWriter w, QueryParts query) {
    Aggregate aggregate = query.aggregate();
    boolean grouped =
        query.distinct()
            || !query.groups().isEmpty()
            || !query.unions().isEmpty()
            || query.limit() != null
            || query.offset() != null;
    if (aggregate != null && grouped) {
      // An aggregate over groups, distinct rows, a union or a page must see the rows the query
      // produces, so it reads them as a derived table.
      String table = dialect.quoteIdentifier("aggregate_table");
      w.append("select ").append(aggregate.function()).append("(");
      w.append(
          aggregate.column() == null
              ? "*"
              : table + "." + dialect.quoteIdentifier(aggregate.column().label()));
      w.append(") as ").append(dialect.quoteIdentifier("aggregate")).append(" from (");
      select(w, query.withAggregate(null));
      w.append(") as ").append(table);
      return;
    }
    if (aggregate != null) {
      // Order cannot change an aggregate, and PostgreSQL rejects ordering by an ungrouped column.
      QueryParts unordered = withoutOrderAndLimit(query);
      selectComponents.forEach(part -> part.accept(w, unordered));
      return;
    }
    if (query.unions().isEmpty()) {
      selectComponents.forEach(part -> part.accept(w, query));
      return;
    }
    // With unions, the outer order and limit apply to the whole result.
    QueryParts first = withoutOrderAndLimit(query);
    w.append("(");
    selectComponents.forEach(part -> part.accept(w, first));
    w.append(")");
    for (Union union : query.unions()) {
      w.append(union.all() ? " union all (" : " union (");
      select(w, union.query());
      w.append(")");
    }
    compileOrders(w, query);
    compileLimit(w, query);
  }

  private static QueryParts withoutOrderAndLimit(QueryParts q) {
    return new QueryParts(
        q.columns(),
        q.distinct(),
        q.from(),
        q.joins(),
        q.wheres(),
        q.groups(),
        q.havings(),
        List.of(),
        null,
        null,
        List.of(),
        q.lock(),
        q.aggregate());
  }

  /** {@code select [distinct] columns}, or the aggregate. */
  protected void compileColumns(SqlWriter w, QueryParts query) {
    w.append(query.distinct() && query.aggregate() == null ? "select distinct " : "select ");
    if (query.aggregate() != null) {
      aggregateExpression(w, query.aggregate());
      return;
    }
    if (query.columns().isEmpty()) {
      w.append("*");
      return;
    }
    separated(w, query.columns(), this::selection);
  }

  private void aggregateExpression(SqlWriter w, Aggregate aggregate) {
    w.append(aggregate.function()).append("(");
    w.append(aggregate.column() == null ? "*" : wrap(aggregate.column()));
    w.append(") as ").append(dialect.quoteIdentifier("aggregate"));
  }

  private void selection(SqlWriter w, Selection selection) {
    if (selection instanceof Selection.Col col) {
      Name name = col.name();
      w.append(wrapAliased(name));
      if (name.hasJsonPath() && name.alias() == null) {
        // Without a label PostgreSQL names every path "?column?" and the columns collide.
        w.append(" as ").append(dialect.quoteIdentifier(name.label()));
      }
    } else if (selection instanceof Selection.Raw raw) {
      w.raw(raw.expression());
    } else if (selection instanceof Selection.Sub sub) {
      w.append("(");
      select(w, sub.query());
      w.append(") as ").append(dialect.quoteIdentifier(sub.alias()));
    } else if (selection instanceof Selection.Exists exists) {
      w.append("exists(");
      select(w, exists.query());
      w.append(") as ").append(dialect.quoteIdentifier(exists.alias()));
    }
  }

  /** {@code from table}. */
  protected void compileFrom(SqlWriter w, QueryParts query) {
    if (query.from() != null) {
      w.append(" from ");
      source(w, query.from());
    }
  }

  private void source(SqlWriter w, Source source) {
    if (source instanceof Source.Table table) {
      w.append(wrapAliased(table.name()));
    } else if (source instanceof Source.Sub sub) {
      w.append("(");
      select(w, sub.query());
      w.append(") as ").append(dialect.quoteIdentifier(sub.alias()));
    }
  }

  /** Every join with its ON conditions. */
  protected void compileJoins(SqlWriter w, QueryParts query) {
    for (Join join : query.joins()) {
      w.append(" ").append(join.kind().name().toLowerCase(Locale.ROOT)).append(" join ");
      source(w, join.source());
      if (!join.conditions().isEmpty()) {
        w.append(" on ");
        conditions(w, join.conditions());
      }
    }
  }

  /** {@code where conditions}. */
  protected void compileWheres(SqlWriter w, QueryParts query) {
    if (!query.wheres().isEmpty()) {
      w.append(" where ");
      conditions(w, query.wheres());
    }
  }

  /** {@code group by columns}. */
  protected void compileGroups(SqlWriter w, QueryParts query) {
    if (!query.groups().isEmpty()) {
      w.append(" group by ");
      separated(w, query.groups(), (out, name) -> out.append(wrap(name)));
    }
  }

  /** {@code having conditions}. */
  protected void compileHavings(SqlWriter w, QueryParts query) {
    if (!query.havings().isEmpty()) {
      w.append(" having ");
      conditions(w, query.havings());
    }
  }

  /** {@code order by entries}. */
  protected void compileOrders(SqlWriter w, QueryParts query) {
    if (query.orders().isEmpty()) {
      return;
    }
    w.append(" order by ");
    separated(
        w,
        query.orders(),
        (out, order) -> {
          if (order instanceof Order.By by) {
            out.append(wrap(by.column())).append(by.descending() ? " desc" : " asc");
          } else if (order instanceof Order.Raw raw) {
            out.raw(raw.expression());
          } else {
            out.append(randomFunction());
          }
        });
  }

  /** The function that orders rows randomly. */
  protected String randomFunction() {
    return "random()";
  }

  /** {@code limit n offset m}; the numbers are ints the builder checked, written as literals. */
  protected void compileLimit(SqlWriter w, QueryParts query) {
    if (query.limit() != null) {
      w.append(" limit ").append(Integer.toString(query.limit()));
    }
    if (query.offset() != null) {
      w.append(" offset ").append(Integer.toString(query.offset()));
    }
  }

  /** The row lock clause. */
  protected void compileLock(SqlWriter w, QueryParts query) {
    if (query.lock() == Lock.UPDATE) {
      w.append(" for update");
    } else if (query.lock() == Lock.SHARED) {
      w.append(sharedLock());
    }
  }

  /** The clause of a shared row lock. */
  protected String sharedLock() {
    return " for share";
  }

  // ---- conditions ----------------------------------------------------------------------------

  /** Conditions joined with and/or. */
  protected void conditions(SqlWriter w, List<Where> wheres) {
    for (int i = 0; i < wheres.size(); i++) {
      Where where = wheres.get(i);
      if (i > 0) {
        w.append(where.or() ? " or " : " and ");
      }
      condition(w, where);
    }
  }

  /** One condition. */
  protected void condition(SqlWriter w, Where where) {
    if (where instanceof Where.Basic basic) {
      basic(w, basic);
    } else if (where instanceof Where.Columns columns) {
      comparison(
          w,
          out -> out.append(wrap(columns.first())),
          columns.operator(),
          out -> out.append(wrap(columns.second())));
    } else if (where instanceof Where.In in) {
      in(w, in);
    } else if (where instanceof Where.InQuery in) {
      w.append(wrap(in.column())).append(in.not() ? " not in (" : " in (");
      select(w, in.query());
      w.append(")");
    } else if (where instanceof Where.Null isNull) {
      w.append(wrap(isNull.column())).append(isNull.not() ? " is not null" : " is null");
    } else if (where instanceof Where.Between between) {
      w.append(wrap(between.column())).append(between.not() ? " not between " : " between ");
      operand(w, between.low());
      w.append(" and ");
      operand(w, between.high());
    } else if (where instanceof Where.Nested nested) {
      w.append(nested.not() ? "not (" : "(");
      conditions(w, nested.wheres());
      w.append(")");
    } else if (where instanceof Where.Exists exists) {
      w.append(exists.not() ? "not exists (" : "exists (");
      select(w, exists.query());
      w.append(")");
    } else if (where instanceof Where.SubCompare sub) {
      comparison(
          w,
          out -> {
            out.append("(");
            select(out, sub.query());
            out.append(")");
          },
          sub.operator(),
          out -> operand(out, sub.value()));
    } else if (where instanceof Where.Raw raw) {
      w.raw(raw.expression());
    } else if (where instanceof Where.JsonContains contains) {
      jsonContains(w, contains);
    } else if (where instanceof Where.JsonLength length) {
      jsonLength(w, length);
    } else if (where instanceof Where.DatePart date) {
      datePart(w, date);
    }
  }

  /** {@code column operator value}. */
  protected void basic(SqlWriter w, Where.Basic where) {
    comparison(
        w,
        out -> out.append(wrap(where.column())),
        where.operator(),
        out -> operand(out, where.value()));
  }

  /**
   * Writes {@code left operator right}. Every position that compares (where, having, whereColumn,
   * join conditions, sub-query comparisons, date parts, JSON lengths) writes its operator here, so
   * an operator the database lacks is translated once for all of them. The base writes the operator
   * as given: PostgreSQL and H2 have {@code ilike}; dialects without it override.
   */
  protected void comparison(
      SqlWriter w, Consumer<SqlWriter> left, String operator, Consumer<SqlWriter> right) {
    left.accept(w);
    w.append(" ").append(operator).append(" ");
    right.accept(w);
  }

  /**
   * A comparison whose left side is not text (a date, a time, a number): a pattern operator
   * compares the texts of both sides, because PostgreSQL has no {@code like} for dates or numbers
   * ({@code operator does not exist: date ~~* date}) and a pattern is not a date.
   */
  protected void valueComparison(
      SqlWriter w, Consumer<SqlWriter> left, String operator, Consumer<SqlWriter> right) {
    if (isPattern(operator)) {
      comparison(w, out -> asText(out, left), operator, out -> asText(out, right));
    } else {
      comparison(w, left, operator, right);
    }
  }

  /** Whether the operator matches a pattern ({@code like}, {@code ilike} and their negations). */
  protected static boolean isPattern(String operator) {
    return operator.endsWith("like");
  }

  /** The operand converted to text. */
  protected void asText(SqlWriter w, Consumer<SqlWriter> operand) {
    w.append("cast(");
    operand.accept(w);
    w.append(" as varchar)");
  }

  /** A value: a column reference, arithmetic on a column, raw SQL, or a bound value. */
  protected void operand(SqlWriter w, Object value) {
    if (value instanceof Column column) {
      w.append(wrap(column.name()));
    } else if (value instanceof Column.Arithmetic math) {
      w.append(wrap(math.column())).append(" " + math.operator() + " ").param(math.amount());
    } else if (value instanceof Expression expression) {
      w.raw(expression);
    } else {
      w.param(value);
    }
  }

  /** {@code column [not] in (markers)}; an empty list is always false (or true when negated). */
  protected void in(SqlWriter w, Where.In in) {
    if (in.values().isEmpty()) {
      w.append(in.not() ? "1 = 1" : "0 = 1");
      return;
    }
    int limit = dialect.maxBindParameters();
    if (in.values().size() > limit) {
      throw new InvalidValueException(
          in.column().method()
              + "() on \""
              + in.column()
              + "\" has "
              + in.values().size()
              + " values that cannot be bound as one array, and the "
              + dialect.name()
              + " database takes at most "
              + limit
              + " bind parameters in one statement: split the list or select the values with a"
              + " sub-query.");
    }
    w.append(wrap(in.column())).append(in.not() ? " not in (" : " in (");
    for (int i = 0; i < in.values().size(); i++) {
      if (i > 0) {
        w.append(", ");
      }
      w.param(in.values().get(i));
    }
    w.append(")");
  }

  /** JSON containment; unsupported unless the dialect overrides it. */
  protected void jsonContains(SqlWriter w, Where.JsonContains where) {
    throw unsupported(where.not() ? "whereJsonDoesntContain()" : "whereJsonContains()");
  }

  /** JSON array length; unsupported unless the dialect overrides it. */
  protected void jsonLength(SqlWriter w, Where.JsonLength where) {
    throw unsupported("whereJsonLength()");
  }

  /** A date part compared with a value, in standard SQL (cast and extract). */
  protected void datePart(SqlWriter w, Where.DatePart where) {
    String column = wrap(where.column());
    switch (where.unit()) {
      case DATE, TIME -> {
        String type = where.unit().name().toLowerCase(Locale.ROOT);
        Consumer<SqlWriter> value =
            isPattern(where.operator())
                ? out -> operand(out, where.value())
                : out -> dateValue(out, where.value(), type);
        valueComparison(
            w, out -> out.append("cast(" + column + " as " + type + ")"), where.operator(), value);
      }
      default -> {
        String unit = where.unit().name().toLowerCase(Locale.ROOT);
        valueComparison(
            w,
            out -> out.append("extract(" + unit + " from " + column + ")"),
            where.operator(),
            out -> operand(out, where.value()));
      }
    }
  }

  /** The value a date or time part is compared with, cast to that type. */
  protected void dateValue(SqlWriter w, Object value, String type) {
    w.append("cast(");
    operand(w, value);
    w.append(" as " + type + ")");
  }

  // ---- names ---------------------------------------------------------------------------------

  /** The name quoted part by part, reading into its JSON path when it has one. */
  public String wrap(Name name) {
    StringBuilder out = new StringBuilder();
    List<String> parts = name.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append('.');
      }
      String part = parts.get(i);
      out.append("*".equals(part) ? "*" : dialect.quoteIdentifier(part));
    }
    return name.hasJsonPath() ? jsonPath(out.toString(), name) : out.toString();
  }

  /** The name quoted, followed by {@code as "alias"} when it has one. */
  public String wrapAliased(Name name) {
    String wrapped = wrap(name);
    return name.alias() == null
        ? wrapped
        : wrapped + " as " + dialect.quoteIdentifier(name.alias());
  }

  /** Reads the text at the name's JSON path out of the quoted column; dialects override. */
  protected String jsonPath(String column, Name name) {
    throw unsupported("JSON path column \"" + name + "\" in " + name.method() + "()");
  }

  /** A JSON path segment as a SQL string literal, quotes escaped though validation forbids them. */
  protected static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /** An exception saying this dialect cannot do {@code feature}. */
  protected UnsupportedFeatureException unsupported(String feature) {
    return new UnsupportedFeatureException(dialect.name(), feature);
  }

  /** Items written one after another with {@code ", "} between them. */
  protected static <T> void separated(SqlWriter w, List<T> items, BiConsumer<SqlWriter, T> render) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        w.append(", ");
      }
      render.accept(w, items.get(i));
    }
  }

  // ---- writes --------------------------------------------------------------------------------

  /** {@code insert into table (columns) values (...), (...)}. */
  public Sql compileInsert(Name table, List<Name> columns, List<List<Object>> rows) {
    SqlWriter w = writer();
    insertInto(w, "insert into ", table, columns, rows);
    return w.toSql();
  }

  /** An insert that skips rows which would violate a unique key. */
  public Sql compileInsertOrIgnore(Name table, List<Name> columns, List<List<Object>> rows) {
    throw unsupported("insertOrIgnore()");
  }

  /**
   * An insert that updates {@code update} columns of rows whose {@code uniqueBy} columns already
   * exist.
   */
  public abstract Sql compileUpsert(
      Name table,
      List<Name> columns,
      List<List<Object>> rows,
      List<Name> uniqueBy,
      List<Name> update);

  /** Writes {@code <verb> table (columns) values (...), (...)}. */
  protected void insertInto(
      SqlWriter w, String verb, Name table, List<Name> columns, List<List<Object>> rows) {
    w.append(verb).append(wrap(table)).append(" (");
    separated(w, columns, (out, column) -> out.append(wrap(column)));
    w.append(") values ");
    separated(
        w,
        rows,
        (out, row) -> {
          out.append("(");
          separated(out, row, this::operand);
          out.append(")");
        });
  }

  /** {@code update table set column = value, ... where ...}. */
  public Sql compileUpdate(QueryParts query, List<Assignment> assignments) {
    if (!query.joins().isEmpty()) {
      throw unsupported("update() with joins");
    }
    refuseUnrenderedClauses(query, "update");
    SqlWriter w = writer().append("update ").append(wrapTable(query, "update"));
    w.append(" set ");
    separated(
        w,
        assignments,
        (out, assignment) -> {
          if (assignment.column().hasJsonPath()) {
            jsonAssignment(out, assignment);
          } else {
            out.append(wrap(assignment.column())).append(" = ");
            operand(out, assignment.value());
          }
        });
    compileWheres(w, query);
    return w.toSql();
  }

  /** Sets the value at a JSON path inside a column; unsupported unless the dialect overrides it. */
  protected void jsonAssignment(SqlWriter w, Assignment assignment) {
    throw unsupported("JSON path column \"" + assignment.column() + "\" in update()");
  }

  /** {@code delete from table where ...}. */
  public Sql compileDelete(QueryParts query) {
    if (!query.joins().isEmpty()) {
      throw unsupported("delete() with joins");
    }
    refuseUnrenderedClauses(query, "delete");
    SqlWriter w = writer().append(deleteHead(query));
    compileWheres(w, query);
    return w.toSql();
  }

  /** {@code delete from "table" [as "alias"]}. */
  protected String deleteHead(QueryParts query) {
    return "delete from " + wrapTable(query, "delete");
  }

  /**
   * An UPDATE or DELETE writes only its WHERE clause: a limit, offset, order, grouping or union on
   * the query would be silently dropped and the statement would touch every matching row.
   */
  private void refuseUnrenderedClauses(QueryParts query, String method) {
    if (query.limit() != null
        || query.offset() != null
        || !query.orders().isEmpty()
        || !query.groups().isEmpty()
        || !query.havings().isEmpty()
        || !query.unions().isEmpty()) {
      throw unsupported(
          method
              + "() with limit, offset, orderBy, groupBy, having or union (it would affect"
              + " every matching row)");
    }
  }

  /** Empties the table and restarts its identity. */
  public Sql compileTruncate(Name table) {
    return Sql.of("truncate table " + wrap(table) + " restart identity");
  }

  /** The query's table, for statements that need a plain table. */
  protected String wrapTable(QueryParts query, String method) {
    if (!(query.from() instanceof Source.Table table)) {
      throw new IllegalQueryStateException(method + "() needs a table: call from(table) first.");
    }
    return wrapAliased(table.name());
  }
}
