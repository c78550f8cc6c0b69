package io.ilana.query;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.parts.Aggregate;
import io.ilana.query.parts.Assignment;
import io.ilana.query.parts.QueryParts;
import io.ilana.query.parts.Selection;
import io.ilana.query.parts.Source;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a builder's statements on its connection and gives results the same Java types on every
 * dialect: counts as Long, sums and averages as BigDecimal, booleans as Boolean.
 */
final class QueryRunner {
  private static final String AGGREGATE = "aggregate";

  private final QueryBuilder builder;
  private final DatabaseConnection connection;
  private final Grammar grammar;

  QueryRunner(QueryBuilder builder, DatabaseConnection connection) {
    this.builder = builder;
    this.connection = connection;
    this.grammar = builder.grammar();
  }

  Flux<Map<String, Object>> get() {
    return connection.select(builder.compile());
  }

  Flux<Map<String, Object>> cursor(int fetchSize) {
    return connection.cursor(builder.compile(), fetchSize);
  }

  Mono<List<Object>> pluck(Name column) {
    Sql sql = grammar.compileSelect(columnsUnlessSelected(List.of(column)));
    return connection
        .select(sql)
        .collect(ArrayList::new, (list, row) -> list.add(lookup(row, column.label())));
  }

  Mono<Map<Object, Object>> pluck(Name column, Name key) {
    Sql sql = grammar.compileSelect(columnsUnlessSelected(List.of(column, key)));
    return connection
        .select(sql)
        .collect(
            LinkedHashMap::new,
            (map, row) -> map.put(lookup(row, key.label()), lookup(row, column.label())));
  }

  Mono<Object> value(Name column) {
    Sql sql = grammar.compileSelect(columnsUnlessSelected(List.of(column)).withLimit(1));
    return firstOf(connection.select(sql)).mapNotNull(row -> lookup(row, column.label()));
  }

  /**
   * The query reading just these columns, unless it already has a select list, whose aliases the
   * columns may name (as Laravel's pluck and value do). A JSON path gets its label as alias so the
   * row carries it under a known name.
   */
  private QueryParts columnsUnlessSelected(List<Name> columns) {
    if (!builder.parts().columns().isEmpty()) {
      return builder.parts();
    }
    List<Selection> selections = new ArrayList<>();
    for (Name column : columns) {
      Name labelled =
          column.hasJsonPath() && column.alias() == null
              ? new Name(column.parts(), column.jsonPath(), column.label(), column.method())
              : column;
      selections.add(new Selection.Col(labelled));
    }
    return builder.parts().withColumns(selections);
  }

  /**
   * The first element, read to the end of the result rather than cancelled after it: these queries
   * return a row or a few, and a cancel would make the connection check whether the server is still
   * busy before it goes back to the pool.
   */
  static <T> Mono<T> firstOf(Flux<T> rows) {
    return rows.reduce((first, later) -> first);
  }

  Mono<Long> count(Name column) {
    return aggregate("count", column).map(value -> ((Number) value).longValue()).defaultIfEmpty(0L);
  }

  Mono<BigDecimal> sum(Name column) {
    return decimal("sum", column).defaultIfEmpty(BigDecimal.ZERO);
  }

  Mono<BigDecimal> decimal(String function, Name column) {
    return aggregate(function, column).map(QueryRunner::toDecimal);
  }

  Mono<Object> extreme(String function, Name column) {
    return aggregate(function, column).map(QueryRunner::normalise);
  }

  private Mono<Object> aggregate(String function, Name column) {
    Sql sql = grammar.compileSelect(builder.parts().withAggregate(new Aggregate(function, column)));
    return firstOf(connection.select(sql)).mapNotNull(row -> lookup(row, AGGREGATE));
  }

  Mono<Boolean> exists() {
    return firstOf(connection.select(grammar.compileExists(builder.parts())))
        .map(row -> truth(lookup(row, "exists")))
        .defaultIfEmpty(false);
  }

  Mono<Long> insert(
      List<? extends Map<String, ?>> rows,
      Inserts.Mode mode,
      List<Name> uniqueBy,
      List<Name> update) {
    Name table = table(Inserts.methodName(mode));
    List<Sql> statements = Inserts.statements(grammar, table, rows, mode, uniqueBy, update);
    if (statements.isEmpty()) {
      return Mono.just(0L);
    }
    if (statements.size() == 1) {
      return connection.update(statements.get(0));
    }
    // Several statements are one write: all of them or none.
    return connection.transaction(
        trx -> Flux.fromIterable(statements).concatMap(connection::update).reduce(0L, Long::sum));
  }

  Mono<Object> insertGetId(Map<String, ?> row, Name key) {
    Name table = table("insertGetId");
    Sql sql =
        Inserts.statements(grammar, table, List.of(row), Inserts.Mode.INSERT, List.of(), List.of())
            .get(0);
    return firstOf(connection.insertGetIds(sql, key.parts().get(0))).map(QueryRunner::normalise);
  }

  /**
   * Inserts the rows with as few statements as the bind limit allows and emits their generated keys
   * in row order: every driver returns one key per row of a multi-row insert.
   */
  Flux<Object> insertGetIds(List<? extends Map<String, ?>> rows, Name key) {
    Name table = table("insertGetIds");
    List<Sql> statements =
        Inserts.statements(grammar, table, rows, Inserts.Mode.INSERT, List.of(), List.of());
    String column = key.parts().get(0);
    if (statements.size() <= 1) {
      return Flux.fromIterable(statements)
          .concatMap(sql -> connection.insertGetIds(sql, column))
          .map(QueryRunner::normalise);
    }
    // Several statements are one write: all of them or none.
    return connection.transactionMany(
        trx ->
            Flux.fromIterable(statements)
                .concatMap(sql -> connection.insertGetIds(sql, column))
                .map(QueryRunner::normalise));
  }

  Mono<Long> update(List<Assignment> assignments) {
    return connection.update(grammar.compileUpdate(builder.parts(), assignments));
  }

  Mono<Long> delete() {
    return connection.update(grammar.compileDelete(builder.parts()));
  }

  Mono<Void> truncate() {
    return connection.update(grammar.compileTruncate(table("truncate"))).then();
  }

  /** The plain table a write goes to, without its alias. */
  private Name table(String method) {
    if (!(builder.parts().from() instanceof Source.Table from)) {
      throw new IllegalQueryStateException(method + "() needs a table: call from(table) first.");
    }
    return new Name(from.name().parts(), List.of(), null, method);
  }

  /** A column of a row by label, falling back to a case-insensitive match (H2 upper-cases). */
  static Object lookup(Map<String, Object> row, String label) {
    if (row.containsKey(label)) {
      return row.get(label);
    }
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(label)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static BigDecimal toDecimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    return new BigDecimal(value.toString());
  }

  /** Whole numbers as Long, other numbers as BigDecimal, anything else unchanged. */
  static Object normalise(Object value) {
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger integer) {
      return integer.longValueExact();
    }
    if (value instanceof Number) {
      return toDecimal(value);
    }
    return value;
  }

  private static boolean truth(Object value) {
    if (value instanceof Boolean bool) {
      return bool;
    }
    return value instanceof Number number && number.longValue() != 0;
  }
}
