package io.ilana.relation;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.db.TestManagers;
import io.ilana.model.MorphMap;
import io.ilana.model.MorphRegistry;
import io.ilana.query.QueryBuilder;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What every relation test fixture shares: a manager on the test database, tables recreated per
 * test, direct row access past the models, and a log of the statements run once the fixture is
 * built (so tests can count them).
 */
abstract class RelationFixture implements AutoCloseable {
  final DatabaseManager manager;
  final DatabaseConnection connection;

  /** The dialect's auto-increment primary key column definition. */
  final String id;

  private final List<QueryEvent> statements = Collections.synchronizedList(new ArrayList<>());

  RelationFixture(TestDatabase database) {
    manager = TestManagers.open(database);
    connection = manager.connection();
    id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
  }

  /** The fixture manager's own morph map: it ends with the manager. */
  MorphRegistry morphMap() {
    return MorphMap.of(manager);
  }

  /** Drops and creates the table; call from the constructor, before {@link #startLog()}. */
  final void recreate(String table, String columns) {
    connection.statement("drop table if exists " + table).block();
    connection.statement("create table " + table + " (" + columns + ")").block();
  }

  /** Starts logging statements: the fixture's own DDL is not part of what tests count. */
  final void startLog() {
    manager.listen(statements::add);
  }

  void insert(String table, List<Map<String, Object>> rows) {
    QueryBuilder.on(connection).from(table).insert(rows).block();
  }

  /** The row with the id as stored, read past the models (no casts, no relations). */
  Map<String, Object> row(String table, Object id) {
    return QueryBuilder.on(connection).from(table).where("id", id).first().block();
  }

  /** The rows of a table, ordered by the given columns. */
  List<Map<String, Object>> rows(String table, String... orderBy) {
    QueryBuilder query = QueryBuilder.on(connection).from(table);
    for (String column : orderBy) {
      query = query.orderBy(column);
    }
    return query.get().collectList().block();
  }

  /** How many rows the table has. */
  long count(String table) {
    return QueryBuilder.on(connection).from(table).count().block();
  }

  /**
   * The SELECTs logged since the last {@link #clearLog}, once {@code expected} arrived or after a
   * grace period: listeners hear of a statement after it finished, sometimes after its result.
   */
  List<String> selects(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (selectsNow().size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(50); // a late extra statement must show up to fail the exact count
    return selectsNow();
  }

  private List<String> selectsNow() {
    synchronized (statements) {
      return statements.stream()
          .map(QueryEvent::sql)
          .filter(sql -> sql.toLowerCase().startsWith("select"))
          .toList();
    }
  }

  /** The statements logged since the last {@link #clearLog}, in lower case. */
  List<String> statements() {
    synchronized (statements) {
      return statements.stream().map(event -> event.sql().toLowerCase()).toList();
    }
  }

  /**
   * The logged statements (lower case) that read or write data: without transaction control (BEGIN,
   * START TRANSACTION, SET ..., SAVEPOINT, RELEASE, COMMIT, ROLLBACK).
   */
  List<String> dataStatements() {
    return statements().stream()
        .filter(
            sql ->
                !sql.matches("(begin|start transaction|set |savepoint|release|commit|rollback).*"))
        .toList();
  }

  /** The statements logged since the last {@link #clearLog}, with their bindings. */
  List<QueryEvent> statementEvents() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  /** Clears the log once statements already run stopped arriving (they are reported late). */
  void clearLog() {
    try {
      int seen;
      do {
        seen = statements.size();
        Thread.sleep(100);
      } while (statements.size() != seen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    statements.clear();
  }

  @Override
  public void close() {
    manager.close().block();
  }
}
