package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.db.TestManagers;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A manager on one test database, a log of its statements, and DDL helpers for model tables. */
final class ModelDb implements AutoCloseable {
  final DatabaseManager manager;
  final DatabaseConnection connection;
  final List<QueryEvent> statements = Collections.synchronizedList(new ArrayList<>());

  private ModelDb(TestDatabase database) {
    this.manager = TestManagers.open(database);
    this.connection = manager.connection();
    manager.listen(statements::add);
  }

  static ModelDb open(TestDatabase database) {
    return new ModelDb(database);
  }

  String dialect() {
    return connection.dialect().name();
  }

  /** An auto-increment primary key column {@code id}. */
  String id() {
    return "postgres".equals(dialect())
        ? "id bigserial primary key"
        : "id bigint auto_increment primary key";
  }

  /** Drops and creates the table with the given column definitions. */
  void recreate(String table, String columns) {
    connection.statement("drop table if exists " + table).block();
    connection.statement("create table " + table + " (" + columns + ")").block();
    statements.clear();
  }

  /** The SQL of the statements run since the last {@link #recreate} or {@link #clearLog}. */
  List<String> sql() {
    synchronized (statements) {
      return statements.stream().map(QueryEvent::sql).toList();
    }
  }

  /**
   * The logged statements starting with {@code prefix}, once there are {@code count} of them (or
   * after two seconds): listeners hear of a statement after it finished, which on some drivers is
   * after the caller already has its result.
   */
  List<String> awaitSql(String prefix, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    List<String> found = matching(prefix);
    while (found.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
      found = matching(prefix);
    }
    return found;
  }

  private List<String> matching(String prefix) {
    return sql().stream().filter(sql -> sql.startsWith(prefix)).toList();
  }

  void clearLog() {
    statements.clear();
  }

  @Override
  public void close() {
    manager.close().block();
  }
}
