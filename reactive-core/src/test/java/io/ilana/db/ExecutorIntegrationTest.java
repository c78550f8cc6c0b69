package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.sql.Sql;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class ExecutorIntegrationTest {

  private static final String TABLE = "ex_people";

  private static DatabaseConnection freshTable(DatabaseManager manager) {
    DatabaseConnection connection = manager.connection();
    String id =
        switch (connection.dialect().name()) {
          case "postgres" -> "id bigserial primary key";
          case "h2" -> "id bigint auto_increment primary key";
          default -> "id bigint auto_increment primary key";
        };
    connection
        .statement("drop table if exists " + TABLE)
        .then(
            connection.statement(
                "create table " + TABLE + " (" + id + ", name varchar(50) unique, age int)"))
        .as(StepVerifier::create)
        .verifyComplete();
    return connection;
  }

  private static String marker(DatabaseConnection connection, int position) {
    return connection.dialect().bindMarker(position);
  }

  @DialectTest
  void insertsAndSelectsRowsAsLabelledMaps(TestDatabase database) {
    DatabaseManager manager = TestManagers.open(database);
    DatabaseConnection connection = freshTable(manager);
    String insert =
        "insert into "
            + TABLE
            + " (name, age) values ("
            + marker(connection, 1)
            + ", "
            + marker(connection, 2)
            + ")";
    Flux.concat(connection.update(insert, "ann", 31), connection.update(insert, "bob", null))
        .as(StepVerifier::create)
        .expectNext(1L, 1L)
        .verifyComplete();
    connection
        .select("select name, age from " + TABLE + " order by name")
        .collectList()
        .as(StepVerifier::create)
        .assertNext(
            rows -> {
              assertThat(rows).hasSize(2);
              assertThat(rows.get(0)).containsEntry("name", "ann");
              assertThat(((Number) rows.get(0).get("age")).intValue()).isEqualTo(31);
              assertThat(rows.get(1)).containsEntry("age", null);
            })
        .verifyComplete();
    manager.close().as(StepVerifier::create).verifyComplete();
  }

  @DialectTest
  void insertGetIdsReturnsOneKeyPerRow(TestDatabase database) {
    DatabaseManager manager = TestManagers.open(database);
    DatabaseConnection connection = freshTable(manager);
    Sql sql =
        new Sql(
            "insert into "
                + TABLE
                + " (name) values ("
                + marker(connection, 1)
                + "), ("
                + marker(connection, 2)
                + ")",
            List.of("a", "b"));
    connection
        .insertGetIds(sql, "id")
        .map(id -> ((Number) id).longValue())
        .collectList()
        .as(StepVerifier::create)
        .assertNext(ids -> assertThat(ids).containsExactly(1L, 2L))
        .verifyComplete();
    manager.close().block();
  }

  @DialectTest
  void duplicateKeyBecomesUniqueConstraintViolation(TestDatabase database) {
    DatabaseManager manager = TestManagers.open(database);
    DatabaseConnection connection = freshTable(manager);
    String insert = "insert into " + TABLE + " (name) values (" + marker(connection, 1) + ")";
    connection
        .update(insert, "same")
        .then(connection.update(insert, "same"))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(UniqueConstraintViolationException.class);
              UniqueConstraintViolationException violation =
                  (UniqueConstraintViolationException) error;
              assertThat(violation.sql()).isEqualTo(insert);
              assertThat(violation.bindings()).containsExactly("'same'");
              assertThat(violation.connectionName()).isEqualTo(database.dialect());
            })
        .verify();
    manager.close().block();
  }

  @DialectTest
  void transactionCommitsOnSuccessAndRollsBackOnError(TestDatabase database) {
    DatabaseManager manager = TestManagers.open(database);
    DatabaseConnection connection = freshTable(manager);
    String insert = "insert into " + TABLE + " (name) values (" + marker(connection, 1) + ")";
    connection
        .transaction(trx -> connection.update(insert, "kept"))
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
    connection
        .transaction(
            trx -> connection.update(insert, "lost").then(connection.update(insert, "kept")))
        .as(StepVerifier::create)
        .expectError(UniqueConstraintViolationException.class)
        .verify();
    connection
        .select("select name from " + TABLE)
        .map(row -> row.get("name"))
        .collectList()
        .as(StepVerifier::create)
        .assertNext(names -> assertThat(names).containsExactly("kept"))
        .verifyComplete();
    assertThat(connection.poolStats().acquired()).isZero();
    manager.close().block();
  }

  @DialectTest
  void nestedTransactionRollsBackToItsSavepoint(TestDatabase database) {
    DatabaseManager manager = TestManagers.open(database);
    DatabaseConnection connection = freshTable(manager);
    String insert = "insert into " + TABLE + " (name) values (" + marker(connection, 1) + ")";
    connection
        .transaction(
            outer ->
                connection
                    .update(insert, "outer")
                    .then(
                        connection
                            .transaction(
                                inner ->
                                    connection
                                        .update(insert, "inner")
                                        .then(connection.update(insert, "outer")))
                            .onErrorResume(
                                UniqueConstraintViolationException.class,
                                e -> reactor.core.publisher.Mono.just(0L))))
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
    connection
        .select("select name from " + TABLE)
        .map(row -> row.get("name"))
        .collectList()
        .as(StepVerifier::create)
        .assertNext(names -> assertThat(names).containsExactly("outer"))
        .verifyComplete();
    manager.close().block();
  }
}
