package io.ilana.query;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.sql.Expression;
import io.ilana.sql.TypedNull;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same two tables with the same rows on every database: {@code qb_users} (four people) and
 * {@code qb_posts} (three posts). The rows are written with the builder's own multi-row insert.
 */
final class QueryFixture implements AutoCloseable {
  static final String USERS = "qb_users";
  static final String POSTS = "qb_posts";

  final DatabaseManager manager;
  final DatabaseConnection connection;
  final String dialect;
  final List<QueryEvent> events = Collections.synchronizedList(new ArrayList<>());

  private QueryFixture(TestDatabase database) {
    ConnectionConfig.Builder config =
        ConnectionConfig.builder(database.dialect(), database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database());
    if (!database.isEmbedded()) {
      config.host(database.host()).port(database.port());
    }
    this.manager = DatabaseManager.create(IlanaConfig.builder().connection(config.build()).build());
    this.connection = manager.connection();
    this.dialect = database.dialect();
    manager.listen(events::add);
  }

  /** Fresh tables with the standard rows. */
  static QueryFixture open(TestDatabase database) {
    QueryFixture fixture = new QueryFixture(database);
    fixture.createTables();
    fixture.seed();
    fixture.events.clear();
    return fixture;
  }

  QueryBuilder users() {
    return QueryBuilder.on(connection).from(USERS);
  }

  QueryBuilder posts() {
    return QueryBuilder.on(connection).from(POSTS);
  }

  QueryBuilder table(String table) {
    return QueryBuilder.on(connection).from(table);
  }

  boolean isPostgres() {
    return "postgres".equals(dialect);
  }

  boolean isH2() {
    return "h2".equals(dialect);
  }

  String id() {
    return isPostgres() ? "id bigserial primary key" : "id bigint auto_increment primary key";
  }

  private String json() {
    return switch (dialect) {
      case "postgres" -> "jsonb";
      case "h2" -> "varchar(200)";
      default -> "json";
    };
  }

  void run(String sql) {
    connection.statement(sql).block();
  }

  private void createTables() {
    run("drop table if exists " + POSTS);
    run("drop table if exists " + USERS);
    run(
        "create table "
            + USERS
            + " ("
            + id()
            + ", name varchar(50) not null, email varchar(100) unique, age int,"
            + " role varchar(20), score decimal(10,2), is_active boolean, meta "
            + json()
            + ", created_at timestamp null, votes int default 0)");
    run("create table " + POSTS + " (" + id() + ", user_id bigint, title varchar(100), votes int)");
  }

  /** A JSON value as the column wants it: PostgreSQL jsonb needs a cast from text. */
  Object jsonValue(String json) {
    Object value = json == null ? TypedNull.of(String.class) : json;
    return isPostgres() ? Expression.raw("cast(? as jsonb)", value) : value;
  }

  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  Map<String, Object> user(
      String name,
      Integer age,
      String role,
      String score,
      boolean active,
      String meta,
      LocalDateTime at) {
    return row(
        "name",
        name,
        "email",
        name + "@x.io",
        "age",
        age == null ? TypedNull.of(Integer.class) : age,
        "role",
        role,
        "score",
        score == null ? TypedNull.of(BigDecimal.class) : new BigDecimal(score),
        "is_active",
        active,
        "meta",
        jsonValue(meta),
        "created_at",
        at);
  }

  private void seed() {
    users()
        .insert(
            List.of(
                user(
                    "ann",
                    31,
                    "admin",
                    "10.50",
                    true,
                    "{\"theme\":\"dark\",\"tags\":[\"a\",\"b\",\"c\",\"d\"]}",
                    LocalDateTime.of(2023, 12, 1, 10, 0)),
                user(
                    "bob",
                    17,
                    "user",
                    "20.25",
                    false,
                    "{\"theme\":\"light\",\"tags\":[\"a\"]}",
                    LocalDateTime.of(2024, 1, 15, 12, 30)),
                user(
                    "cid",
                    45,
                    "editor",
                    "5.00",
                    true,
                    "{\"theme\":\"dark\",\"tags\":[]}",
                    LocalDateTime.of(2023, 11, 20, 8, 15)),
                user("dee", null, "user", null, true, null, LocalDateTime.of(2024, 2, 29, 23, 59))))
        .block();
    posts()
        .insert(
            List.of(
                row("user_id", 1L, "title", "p1", "votes", 5),
                row("user_id", 1L, "title", "p2", "votes", 10),
                row("user_id", 3L, "title", "p3", "votes", 1)))
        .block();
  }

  @Override
  public void close() {
    manager.close().block();
  }
}
