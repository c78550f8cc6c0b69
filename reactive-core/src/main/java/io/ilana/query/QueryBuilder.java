package io.ilana.query;

import io.ilana.db.DatabaseConnection;
import io.ilana.dialect.Dialect;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.error.InvalidArgumentException;
import io.ilana.error.InvalidValueException;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.Grammars;
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
import io.ilana.sql.Identifiers;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import io.ilana.sql.Unbindable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A fluent, immutable SQL query: every method returns a new builder. It holds only state ({@link
 * QueryParts}); the dialect's {@link Grammar} renders it, and reads and writes run through a {@link
 * DatabaseConnection}.
 *
 * <p>Identifiers, operators and directions are checked when a method is called, and a bad one
 * throws there, before any SQL exists. Values are always bound. SQL text enters a query only
 * through the raw methods ({@code selectRaw}, {@code whereRaw}, {@code havingRaw}, {@code
 * orderByRaw}, {@link Expression#raw}); never build that text from user input.
 *
 * <pre>{@code
 * QueryBuilder.on(connection).from("users")
 *     .where("is_active", true).where("age", ">", 18)
 *     .orderBy("name").limit(10)
 *     .get();
 * }</pre>
 */
public final class QueryBuilder extends WhereBuilder<QueryBuilder> implements Unbindable {
  private final Grammar grammar;
  private final DatabaseConnection connection;
  private final QueryParts parts;

  private QueryBuilder(Grammar grammar, DatabaseConnection connection, QueryParts parts) {
    this.grammar = Objects.requireNonNull(grammar, "grammar");
    this.connection = connection;
    this.parts = parts;
  }

  /** An empty query that runs on the connection. */
  public static QueryBuilder on(DatabaseConnection connection) {
    return new QueryBuilder(
        Grammars.forDialect(connection.dialect()), connection, QueryParts.empty());
  }

  /** An empty query for inspecting SQL ({@link #toSql}); it cannot run. */
  public static QueryBuilder forDialect(Dialect dialect) {
    return new QueryBuilder(Grammars.forDialect(dialect), null, QueryParts.empty());
  }

  /** The query's state. */
  public QueryParts parts() {
    return parts;
  }

  /** The grammar that renders the query. */
  public Grammar grammar() {
    return grammar;
  }

  /** The connection the query runs on, or {@code null} for an inspection-only builder. */
  public DatabaseConnection connection() {
    return connection;
  }

  private QueryBuilder with(QueryParts next) {
    return new QueryBuilder(grammar, connection, next);
  }

  QueryBuilder newQuery() {
    return new QueryBuilder(grammar, connection, QueryParts.empty());
  }

  @Override
  public List<Where> wheres() {
    return parts.wheres();
  }

  @Override
  public QueryBuilder withWheres(List<Where> wheres) {
    return with(parts.withWheres(wheres));
  }

  @Override
  public QueryBuilder emptyGroup() {
    return newQuery();
  }

  @Override
  public QueryBuilder emptyQuery() {
    return newQuery();
  }

  /**
   * Wraps the conditions collected so far in one parenthesised group, so that conditions added
   * afterwards (a model's global scopes) apply to all of them: {@code a or b} becomes {@code (a or
   * b) and ...}.
   */
  public QueryBuilder groupWheres() {
    if (parts.wheres().isEmpty()) {
      return this;
    }
    return with(parts.withWheres(List.of(new Where.Nested(false, parts.wheres(), false))));
  }

  /**
   * Brackets the conditions added after the first {@code count}, so that an {@code or} among them
   * cannot escape the ones before: a relation's key conditions stay in force whatever a caller's
   * constraint adds.
   */
  public QueryBuilder groupWheresAfter(int count) {
    List<Where> wheres = parts.wheres();
    if (count < 0 || count > wheres.size()) {
      throw new InvalidArgumentException(
          "groupWheresAfter(" + count + ") on a query with " + wheres.size() + " conditions.");
    }
    List<Where> added = wheres.subList(count, wheres.size());
    if (added.stream().noneMatch(Where::or)) {
      return this; // only and-conditions: brackets would change nothing
    }
    List<Where> kept = new ArrayList<>(wheres.subList(0, count));
    kept.add(new Where.Nested(false, List.copyOf(added), false));
    return with(parts.withWheres(kept));
  }

  // ---- select and from -----------------------------------------------------------------------

  /** Replaces the select list: {@code "name"}, {@code "users.*"}, {@code "users.name as a"}. */
  public QueryBuilder select(String... columns) {
    return with(parts.withColumns(selections(columns, "select")));
  }

  /** Adds columns to the select list. */
  public QueryBuilder addSelect(String... columns) {
    List<Selection> all = new ArrayList<>(parts.columns());
    all.addAll(selections(columns, "addSelect"));
    return with(parts.withColumns(all));
  }

  private static List<Selection> selections(String[] columns, String method) {
    return Arrays.stream(columns)
        .<Selection>map(column -> new Selection.Col(Identifiers.selectColumn(column, method)))
        .toList();
  }

  /** Adds raw SQL to the select list, with {@code ?} placeholders for the bindings. */
  public QueryBuilder selectRaw(String sql, Object... bindings) {
    return with(
        parts.withColumns(
            QueryParts.append(parts.columns(), new Selection.Raw(Expression.raw(sql, bindings)))));
  }

  /** Adds a sub-query as a column named {@code alias}. */
  public QueryBuilder selectSub(QueryBuilder query, String alias) {
    Selection sub = new Selection.Sub(query.parts(), Identifiers.alias(alias, "selectSub"));
    return with(parts.withColumns(QueryParts.append(parts.columns(), sub)));
  }

  /** Adds {@code exists(query)} as a column named {@code alias}. */
  public QueryBuilder selectExists(QueryBuilder query, String alias) {
    Selection exists =
        new Selection.Exists(query.parts(), Identifiers.alias(alias, "selectExists"));
    return with(parts.withColumns(QueryParts.append(parts.columns(), exists)));
  }

  /**
   * The query selecting only {@code function(column)} (count, sum, avg, min or max), to use as a
   * sub-query; the function goes through the aggregate allowlist.
   */
  public QueryBuilder selectAggregate(String function, String column) {
    return with(
        parts.withAggregate(
            new Aggregate(function, Identifiers.column(column, "selectAggregate"))));
  }

  /** Adds a sub-query built from an empty query as a column named {@code alias}. */
  public QueryBuilder selectSub(UnaryOperator<QueryBuilder> query, String alias) {
    return selectSub(query.apply(newQuery()), alias);
  }

  /** Selects distinct rows. */
  public QueryBuilder distinct() {
    return with(parts.withDistinct(true));
  }

  /** The table to read: {@code "users"}, {@code "app.users"} or {@code "users as u"}. */
  public QueryBuilder from(String table) {
    return with(parts.withFrom(new Source.Table(Identifiers.table(table, "from"))));
  }

  /** Same as {@link #from}. */
  public QueryBuilder table(String table) {
    return with(parts.withFrom(new Source.Table(Identifiers.table(table, "table"))));
  }

  /**
   * The name other clauses qualify this query's own columns with: the alias of the FROM clause
   * ({@code "users as u"} gives {@code u}), else its table name; {@code null} without a FROM. A
   * query correlated inside another on the same table reads under an alias, and conditions added to
   * it (a global scope among them) must name the alias, not the outer table.
   */
  public String qualifier() {
    if (parts.from() instanceof Source.Table table) {
      Name name = table.name();
      return name.alias() != null ? name.alias() : String.join(".", name.parts());
    }
    if (parts.from() instanceof Source.Sub sub) {
      return sub.alias();
    }
    return null;
  }

  /** Reads from a sub-query named {@code alias}. */
  public QueryBuilder fromSub(QueryBuilder query, String alias) {
    return with(parts.withFrom(new Source.Sub(query.parts(), Identifiers.alias(alias, "fromSub"))));
  }

  // ---- joins ---------------------------------------------------------------------------------

  /** {@code inner join table on first = second}. */
  public QueryBuilder join(String table, String first, String second) {
    return join(Join.Kind.INNER, table, first, "=", second, "join");
  }

  /** {@code inner join table on first operator second}. */
  public QueryBuilder join(String table, String first, String operator, String second) {
    return join(Join.Kind.INNER, table, first, operator, second, "join");
  }

  /** {@code inner join table on (conditions built by on)}. */
  public QueryBuilder join(String table, UnaryOperator<JoinClause> on) {
    return joinWith(Join.Kind.INNER, table, on, "join");
  }

  /** {@code left join table on first = second}. */
  public QueryBuilder leftJoin(String table, String first, String second) {
    return join(Join.Kind.LEFT, table, first, "=", second, "leftJoin");
  }

  /** {@code left join table on first operator second}. */
  public QueryBuilder leftJoin(String table, String first, String operator, String second) {
    return join(Join.Kind.LEFT, table, first, operator, second, "leftJoin");
  }

  /** {@code left join table on (conditions built by on)}. */
  public QueryBuilder leftJoin(String table, UnaryOperator<JoinClause> on) {
    return joinWith(Join.Kind.LEFT, table, on, "leftJoin");
  }

  /** {@code right join table on first = second}. */
  public QueryBuilder rightJoin(String table, String first, String second) {
    return join(Join.Kind.RIGHT, table, first, "=", second, "rightJoin");
  }

  /** {@code right join table on first operator second}. */
  public QueryBuilder rightJoin(String table, String first, String operator, String second) {
    return join(Join.Kind.RIGHT, table, first, operator, second, "rightJoin");
  }

  /** {@code cross join table}. */
  public QueryBuilder crossJoin(String table) {
    Source source = new Source.Table(Identifiers.table(table, "crossJoin"));
    return with(
        parts.withJoins(
            QueryParts.append(parts.joins(), new Join(Join.Kind.CROSS, source, List.of()))));
  }

  /** {@code inner join (query) as alias on first operator second}. */
  public QueryBuilder joinSub(
      QueryBuilder query, String alias, String first, String operator, String second) {
    return joinSub(Join.Kind.INNER, query, alias, first, operator, second, "joinSub");
  }

  /** {@code left join (query) as alias on first operator second}. */
  public QueryBuilder leftJoinSub(
      QueryBuilder query, String alias, String first, String operator, String second) {
    return joinSub(Join.Kind.LEFT, query, alias, first, operator, second, "leftJoinSub");
  }

  /**
   * {@code inner join (query) as alias on (conditions built by on)}: a derived table matched on
   * several columns, such as a grouped sub-query on its group key and its aggregate.
   */
  public QueryBuilder joinSub(QueryBuilder query, String alias, UnaryOperator<JoinClause> on) {
    return joinSubWith(Join.Kind.INNER, query, alias, on, "joinSub");
  }

  /** {@code left join (query) as alias on (conditions built by on)}. */
  public QueryBuilder leftJoinSub(QueryBuilder query, String alias, UnaryOperator<JoinClause> on) {
    return joinSubWith(Join.Kind.LEFT, query, alias, on, "leftJoinSub");
  }

  private QueryBuilder join(
      Join.Kind kind, String table, String first, String operator, String second, String method) {
    Source source = new Source.Table(Identifiers.table(table, method));
    return addJoin(kind, source, clause().columns(false, first, operator, second, method));
  }

  private QueryBuilder joinWith(
      Join.Kind kind, String table, UnaryOperator<JoinClause> on, String method) {
    Source source = new Source.Table(Identifiers.table(table, method));
    return addJoin(kind, source, on.apply(clause()));
  }

  private QueryBuilder joinSub(
      Join.Kind kind,
      QueryBuilder query,
      String alias,
      String first,
      String operator,
      String second,
      String method) {
    Source source = new Source.Sub(query.parts(), Identifiers.alias(alias, method));
    return addJoin(kind, source, clause().columns(false, first, operator, second, method));
  }

  private QueryBuilder joinSubWith(
      Join.Kind kind,
      QueryBuilder query,
      String alias,
      UnaryOperator<JoinClause> on,
      String method) {
    Source source = new Source.Sub(query.parts(), Identifiers.alias(alias, method));
    return addJoin(kind, source, on.apply(clause()));
  }

  private JoinClause clause() {
    return new JoinClause(this, List.of());
  }

  private QueryBuilder addJoin(Join.Kind kind, Source source, JoinClause on) {
    Join join = new Join(kind, source, on.wheres());
    return with(parts.withJoins(QueryParts.append(parts.joins(), join)));
  }

  // ---- grouping and having -------------------------------------------------------------------

  /** {@code group by columns}. */
  public QueryBuilder groupBy(String... columns) {
    List<Name> groups = new ArrayList<>(parts.groups());
    for (String column : columns) {
      groups.add(Identifiers.column(column, "groupBy"));
    }
    return with(parts.withGroups(groups));
  }

  /** {@code having column operator value}; the column may be a select alias. */
  public QueryBuilder having(String column, String operator, Object value) {
    return having(false, column, operator, value, "having");
  }

  /** {@code or having column operator value}. */
  public QueryBuilder orHaving(String column, String operator, Object value) {
    return having(true, column, operator, value, "orHaving");
  }

  private QueryBuilder having(
      boolean or, String column, String operator, Object value, String method) {
    Where where =
        new Where.Basic(
            or,
            Identifiers.column(column, method),
            Operators.comparison(operator, method),
            operand(value, column, method));
    return with(parts.withHavings(QueryParts.append(parts.havings(), where)));
  }

  /** Raw SQL as a HAVING condition, with {@code ?} placeholders; never built from user input. */
  public QueryBuilder havingRaw(String sql, Object... bindings) {
    Where where = new Where.Raw(false, Expression.raw(sql, bindings));
    return with(parts.withHavings(QueryParts.append(parts.havings(), where)));
  }

  // ---- ordering and paging -------------------------------------------------------------------

  /** {@code order by column asc}. */
  public QueryBuilder orderBy(String column) {
    return order(column, false, "orderBy");
  }

  /** {@code order by column direction}; the direction is asc or desc, in any case. */
  public QueryBuilder orderBy(String column, String direction) {
    return order(column, Operators.descending(direction, "orderBy"), "orderBy");
  }

  /** {@code order by column desc}. */
  public QueryBuilder orderByDesc(String column) {
    return order(column, true, "orderByDesc");
  }

  /** Newest first by {@code created_at}. */
  public QueryBuilder latest() {
    return latest("created_at");
  }

  /** Newest first by the column. */
  public QueryBuilder latest(String column) {
    return order(column, true, "latest");
  }

  /** Oldest first by {@code created_at}. */
  public QueryBuilder oldest() {
    return oldest("created_at");
  }

  /** Oldest first by the column. */
  public QueryBuilder oldest(String column) {
    return order(column, false, "oldest");
  }

  /** Raw SQL as an ORDER BY entry, with {@code ?} placeholders; never built from user input. */
  public QueryBuilder orderByRaw(String sql, Object... bindings) {
    return addOrder(new Order.Raw(Expression.raw(sql, bindings)));
  }

  /** A random order. */
  public QueryBuilder inRandomOrder() {
    return addOrder(new Order.Random());
  }

  /** Drops every ORDER BY entry. */
  public QueryBuilder reorder() {
    return with(parts.withOrders(List.of()));
  }

  /** Drops every ORDER BY entry and orders by the column instead. */
  public QueryBuilder reorder(String column, String direction) {
    return reorder().order(column, Operators.descending(direction, "reorder"), "reorder");
  }

  private QueryBuilder order(String column, boolean descending, String method) {
    return addOrder(new Order.By(Identifiers.column(column, method), descending));
  }

  private QueryBuilder addOrder(Order order) {
    return with(parts.withOrders(QueryParts.append(parts.orders(), order)));
  }

  /** At most {@code count} rows. */
  public QueryBuilder limit(int count) {
    return with(parts.withLimit(nonNegative(count, "limit")));
  }

  /** The same query without its limit and offset. */
  public QueryBuilder withoutLimits() {
    return with(parts.withLimit(null).withOffset(null));
  }

  /** Same as {@link #limit}. */
  public QueryBuilder take(int count) {
    return with(parts.withLimit(nonNegative(count, "take")));
  }

  /** Skips {@code count} rows. */
  public QueryBuilder offset(int count) {
    return with(parts.withOffset(nonNegative(count, "offset")));
  }

  /** Same as {@link #offset}. */
  public QueryBuilder skip(int count) {
    return with(parts.withOffset(nonNegative(count, "skip")));
  }

  /** Page {@code page} (from 1) of {@code perPage} rows. */
  public QueryBuilder forPage(int page, int perPage) {
    int size = nonNegative(perPage, "forPage");
    long skipped = (long) (Math.max(page, 1) - 1) * size;
    return with(parts.withLimit(size).withOffset((int) Math.min(skipped, Integer.MAX_VALUE)));
  }

  private static int nonNegative(int count, String method) {
    if (count < 0) {
      throw new InvalidValueException(
          "Invalid value in " + method + "(): " + count + " is negative.");
    }
    return count;
  }

  // ---- unions and locks ----------------------------------------------------------------------

  /** Appends a query with UNION (duplicates removed). */
  public QueryBuilder union(QueryBuilder query) {
    return with(
        parts.withUnions(QueryParts.append(parts.unions(), new Union(query.parts(), false))));
  }

  /** Appends a query with UNION ALL (duplicates kept). */
  public QueryBuilder unionAll(QueryBuilder query) {
    return with(
        parts.withUnions(QueryParts.append(parts.unions(), new Union(query.parts(), true))));
  }

  /** Locks the selected rows for update until the transaction ends. */
  public QueryBuilder lockForUpdate() {
    return with(parts.withLock(Lock.UPDATE));
  }

  /** Takes a shared lock on the selected rows (H2 takes an update lock: it has no shared one). */
  public QueryBuilder sharedLock() {
    return with(parts.withLock(Lock.SHARED));
  }

  // ---- inspection ----------------------------------------------------------------------------

  /** The SELECT statement with its bindings. */
  public Sql compile() {
    return grammar.compileSelect(parts);
  }

  /** The SELECT statement's text, with the dialect's bind markers. */
  public String toSql() {
    return compile().text();
  }

  /** The SELECT statement's bindings, in marker order. */
  public List<Object> getBindings() {
    return compile().bindings();
  }

  // ---- reads ---------------------------------------------------------------------------------

  private QueryRunner runner() {
    if (connection == null) {
      throw new IllegalQueryStateException(
          "This query was built for inspection only; build it with QueryBuilder.on(connection) to run it.");
    }
    return new QueryRunner(this, connection);
  }

  /** Every row, column label to value. */
  public Flux<Map<String, Object>> get() {
    return runner().get();
  }

  /**
   * Every row, fetched {@code fetchSize} at a time where the driver can (a server-side cursor on
   * PostgreSQL), for results too large to hold.
   */
  public Flux<Map<String, Object>> cursor(int fetchSize) {
    return runner().cursor(fetchSize);
  }

  /** The first row, or empty when there is none. */
  public Mono<Map<String, Object>> first() {
    return QueryRunner.firstOf(limit(1).runner().get());
  }

  /** One column of the first row, or empty when there is no row or the value is null. */
  public Mono<Object> value(String column) {
    return runner().value(Identifiers.selectColumn(column, "value"));
  }

  /**
   * One column of every row, nulls included. When the query has a select list it runs as it is and
   * the column may name one of its aliases; otherwise it selects just the column.
   */
  public Mono<List<Object>> pluck(String column) {
    return runner().pluck(Identifiers.selectColumn(column, "pluck"));
  }

  /** One column of every row keyed by another column, in row order. */
  public Mono<Map<Object, Object>> pluck(String column, String key) {
    return runner()
        .pluck(Identifiers.selectColumn(column, "pluck"), Identifiers.selectColumn(key, "pluck"));
  }

  /** The number of rows. */
  public Mono<Long> count() {
    return runner().count(null);
  }

  /** The number of rows where the column is not null. */
  public Mono<Long> count(String column) {
    return runner().count(Identifiers.column(column, "count"));
  }

  /** The sum of the column; zero when there are no rows. */
  public Mono<BigDecimal> sum(String column) {
    return runner().sum(Identifiers.column(column, "sum"));
  }

  /** The average of the column; empty when there are no rows. */
  public Mono<BigDecimal> avg(String column) {
    return runner().decimal("avg", Identifiers.column(column, "avg"));
  }

  /** The smallest value; whole numbers as Long, other numbers as BigDecimal, others as read. */
  public Mono<Object> min(String column) {
    return runner().extreme("min", Identifiers.column(column, "min"));
  }

  /** The largest value; whole numbers as Long, other numbers as BigDecimal, others as read. */
  public Mono<Object> max(String column) {
    return runner().extreme("max", Identifiers.column(column, "max"));
  }

  /** Whether any row matches. */
  public Mono<Boolean> exists() {
    return runner().exists();
  }

  /** Whether no row matches. */
  public Mono<Boolean> doesntExist() {
    return runner().exists().map(found -> !found);
  }

  // ---- writes --------------------------------------------------------------------------------

  /** Inserts one row; emits the number of rows inserted. */
  public Mono<Long> insert(Map<String, ?> row) {
    return runner().insert(List.of(row), Inserts.Mode.INSERT, List.of(), List.of());
  }

  /**
   * Inserts rows as multi-row VALUES statements sized to the dialect's bind limit; when that takes
   * more than one statement, all of them run in one transaction.
   */
  public Mono<Long> insert(List<? extends Map<String, ?>> rows) {
    return runner().insert(rows, Inserts.Mode.INSERT, List.of(), List.of());
  }

  /** Inserts one row and emits its generated {@code id} (a Long for numeric keys). */
  public Mono<Object> insertGetId(Map<String, ?> row) {
    return insertGetId(row, "id");
  }

  /** Inserts one row and emits the generated value of {@code keyColumn}. */
  public Mono<Object> insertGetId(Map<String, ?> row, String keyColumn) {
    return runner().insertGetId(row, Identifiers.writeColumn(keyColumn, "insertGetId"));
  }

  /**
   * Inserts the rows in multi-row statements (split under the dialect's bind limit, in one
   * transaction when there are several) and emits each row's generated {@code keyColumn}, in row
   * order. Every row must have the columns of the first.
   */
  public Flux<Object> insertGetIds(List<? extends Map<String, ?>> rows, String keyColumn) {
    return runner().insertGetIds(rows, Identifiers.writeColumn(keyColumn, "insertGetIds"));
  }

  /** Inserts rows, skipping those that would violate a unique key. */
  public Mono<Long> insertOrIgnore(List<? extends Map<String, ?>> rows) {
    return runner().insert(rows, Inserts.Mode.IGNORE, List.of(), List.of());
  }

  /**
   * Inserts rows, and where a row with the same {@code uniqueBy} columns exists updates its {@code
   * update} columns from the new row instead; with no {@code update} columns existing rows are left
   * as they are.
   */
  public Mono<Long> upsert(
      List<? extends Map<String, ?>> rows, List<String> uniqueBy, List<String> update) {
    if (uniqueBy.isEmpty()) {
      throw new InvalidValueException(
          "Invalid value in upsert(): uniqueBy must name at least one column.");
    }
    return runner()
        .insert(
            rows,
            Inserts.Mode.UPSERT,
            Inserts.columns(uniqueBy, "upsert"),
            Inserts.columns(update, "upsert"));
  }

  /**
   * Updates the matching rows; a value may be a {@link Column} reference, {@link Column.Arithmetic}
   * or {@link Expression}. Emits the number of rows updated.
   */
  public Mono<Long> update(Map<String, ?> values) {
    return runner().update(Inserts.assignments(values, "update"));
  }

  /** Adds one to the column of the matching rows. */
  public Mono<Long> increment(String column) {
    return increment(column, 1);
  }

  /** Subtracts one from the column of the matching rows. */
  public Mono<Long> decrement(String column) {
    return decrement(column, 1);
  }

  /** Adds {@code amount} to the column of the matching rows. */
  public Mono<Long> increment(String column, Number amount) {
    Name name = Identifiers.writeColumn(column, "increment");
    return runner().update(List.of(new Assignment(name, new Column(name).plus(amount))));
  }

  /** Subtracts {@code amount} from the column of the matching rows. */
  public Mono<Long> decrement(String column, Number amount) {
    Name name = Identifiers.writeColumn(column, "decrement");
    return runner().update(List.of(new Assignment(name, new Column(name).minus(amount))));
  }

  /** Deletes the matching rows; emits how many. */
  public Mono<Long> delete() {
    return runner().delete();
  }

  /** Empties the table. */
  public Mono<Void> truncate() {
    return runner().truncate();
  }

  /** A builder bound where a value belongs is refused: subqueries have methods of their own. */
  @Override
  public String describeAsValue() {
    return "a query builder";
  }
}
