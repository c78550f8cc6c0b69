package io.ilana.db;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Creates the small tables the db tests write to, fresh for each test. */
final class Tables {
  private Tables() {}

  /** Drops and creates {@code name} with an auto-increment id, a unique name and an int. */
  static void recreate(DatabaseConnection connection, String name) {
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    connection
        .statement("drop table if exists " + name)
        .then(
            connection.statement(
                "create table " + name + " (" + id + ", name varchar(50) unique, n int)"))
        .as(StepVerifier::create)
        .verifyComplete();
  }

  /** An INSERT of (name, n) with the connection's bind markers. */
  static String insert(DatabaseConnection connection, String table) {
    return "insert into "
        + table
        + " (name, n) values ("
        + connection.dialect().bindMarker(1)
        + ", "
        + connection.dialect().bindMarker(2)
        + ")";
  }

  /** How many rows the table has. */
  static Mono<Long> count(DatabaseConnection connection, String table) {
    return connection
        .select("select count(*) as c from " + table)
        .next()
        .map(row -> ((Number) row.get("c")).longValue());
  }
}
