package io.ilana.factory;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.PoolStats;
import io.ilana.db.QueryEvent;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A manager on one test database, the fixture tables, and a log of the statements it ran. */
public final class FactoryDb implements AutoCloseable {
  public final DatabaseManager manager;
  public final DatabaseConnection connection;
  private final List<QueryEvent> statements = Collections.synchronizedList(new ArrayList<>());

  private FactoryDb(TestDatabase database) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(database.dialect(), database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database());
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    manager = DatabaseManager.create(IlanaConfig.builder().connection(builder.build()).build());
    connection = manager.connection();
    manager.listen(statements::add);
  }

  /** Opens a manager on {@code database} with the fixture tables created empty. */
  public static FactoryDb open(TestDatabase database) {
    FactoryDb db = new FactoryDb(database);
    db.createTables();
    return db;
  }

  private void createTables() {
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    for (String table : List.of("f_role_user", "f_comments", "f_profiles", "f_posts")) {
      run("drop table if exists " + table);
    }
    run("drop table if exists f_roles");
    run("drop table if exists f_users");
    run(
        "create table f_users ("
            + id
            + ", name varchar(100) not null, email varchar(150) not null unique,"
            + " role varchar(20) not null default 'user', is_admin boolean not null default false,"
            + " is_active boolean not null default true, slug varchar(120) null,"
            + " subscription_type varchar(20) null, sequence_number bigint null, email_verified_at timestamp null,"
            + " created_at timestamp null, updated_at timestamp null)");
    run(
        "create table f_roles ("
            + id
            + ", name varchar(60) not null, created_at timestamp null, updated_at timestamp null)");
    run(
        "create table f_posts ("
            + id
            + ", user_id bigint not null references f_users(id), title varchar(200) not null,"
            + " body varchar(2000) null, created_at timestamp null, updated_at timestamp null)");
    run(
        "create table f_profiles ("
            + id
            + ", user_id bigint not null references f_users(id), bio varchar(1000) null)");
    run(
        "create table f_comments ("
            + id
            + ", commentable_type varchar(100) not null, commentable_id bigint not null,"
            + " body varchar(500) not null)");
    run(
        "create table f_role_user (user_id bigint not null references f_users(id),"
            + " role_id bigint not null references f_roles(id), granted_by varchar(40) null)");
    statements.clear();
  }

  private void run(String sql) {
    connection.statement(sql).block();
  }

  /** The statements run since the tables were made (or the log was cleared) starting with. */
  public List<String> sql(String prefix) {
    synchronized (statements) {
      return statements.stream().map(QueryEvent::sql).filter(s -> s.startsWith(prefix)).toList();
    }
  }

  /** Forgets the statements logged so far. */
  public void clearLog() {
    statements.clear();
  }

  /** The number of rows of {@code table}. */
  public long count(String table) {
    return ((Number)
            connection
                .select("select count(*) as n from " + table)
                .blockFirst()
                .values()
                .iterator()
                .next())
        .longValue();
  }

  /** The pool's numbers now. */
  public PoolStats pool() {
    return connection.poolStats();
  }

  @Override
  public void close() {
    manager.close().block();
  }
}
