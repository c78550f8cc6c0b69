package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import io.ilana.error.QueryException;
import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.sql.Secret;
import io.ilana.sql.Sql;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class TransactionEdgeIntegrationTest {
  private static final String TABLE = "trx_edge";
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database, int poolSize) {
    manager = TestManagers.open(database, poolSize);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    return connection;
  }

  private static Mono<Long> insert(DatabaseConnection connection, String name, int n) {
    return connection.update(Tables.insert(connection, TABLE), name, n);
  }

  @DialectTest
  void workAfterASavepointFinishedByHandBelongsToTheEnclosingTransaction(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    connection
        .transaction(
            outer ->
                connection
                    .transaction(
                        inner ->
                            insert(connection, "inner", 1)
                                .then(inner.commit())
                                .then(connection.transaction(t -> insert(connection, "third", 2)))
                                .then(insert(connection, "fourth", 3)))
                    .then(Mono.<Long>error(new IllegalStateException("outer fails"))))
        .as(StepVerifier::create)
        .expectErrorMessage("outer fails")
        .verify();
    // Everything ran on the outer transaction's connection, so its rollback took all of it.
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void aStatementInsideATransactionMayRunWhileAnEarlierResultIsStillBeingConsumed(
      TestDatabase database) {
    DatabaseConnection connection = open(database, 1);
    Flux.range(0, 10)
        .concatMap(batch -> connection.update(hundredRows(connection, batch)))
        .then()
        .as(StepVerifier::create)
        .verifyComplete();
    String touch =
        "update " + TABLE + " set n = n + 1 where id = " + connection.dialect().bindMarker(1);
    connection
        .transaction(
            trx ->
                connection
                    .select("select id from " + TABLE + " order by id")
                    .concatMap(row -> connection.update(touch, row.get("id")))
                    .reduce(0L, Long::sum))
        .timeout(Duration.ofSeconds(60))
        .as(StepVerifier::create)
        .expectNext(1_000L)
        .verifyComplete();
    connection
        .select("select 1 as one")
        .count()
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
  }

  @DialectTest
  void serializationConflictsAreRetriedAsWholeTransactions(TestDatabase database) {
    DatabaseConnection connection = open(database, 4);
    insert(connection, "seed", 1).as(StepVerifier::create).expectNext(1L).verifyComplete();
    AtomicInteger runs = new AtomicInteger();
    String sumOfOthers =
        "select coalesce(sum(n), 0) as s from "
            + TABLE
            + " where name <> "
            + connection.dialect().bindMarker(1);
    Flux.range(0, 2)
        .flatMap(
            i ->
                connection.transaction(
                    TransactionOptions.defaults()
                        .isolation(IsolationLevel.SERIALIZABLE)
                        .attempts(5),
                    trx -> {
                      runs.incrementAndGet();
                      String name = "writer" + i;
                      return connection
                          .select(sumOfOthers, name)
                          .next()
                          .map(row -> ((Number) row.get("s")).intValue())
                          .delayElement(Duration.ofMillis(300))
                          .flatMap(sum -> insert(connection, name, sum));
                    }),
            2)
        .then()
        .timeout(Duration.ofSeconds(60))
        .as(StepVerifier::create)
        .verifyComplete();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(3L).verifyComplete();
    assertThat(runs.get()).isGreaterThanOrEqualTo(2);
  }

  @DialectTest
  void secretsNeverReachErrorMessagesEvenWhenTheDriverQuotesThem(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    String insert = Tables.insert(connection, TABLE);
    connection
        .update(new Sql(insert, List.of(Secret.of("tok-s3cr3t"), 1)))
        .then(connection.update(new Sql(insert, List.of(Secret.of("tok-s3cr3t"), 2))))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(UniqueConstraintViolationException.class);
              assertThat(error.getMessage()).doesNotContain("s3cr3t");
              assertThat(((QueryException) error).bindings()).containsExactly("****", "2");
              Throwable cause = error.getCause();
              while (cause != null) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain("s3cr3t");
                cause = cause.getCause();
              }
            })
        .verify();
  }

  @Test
  void aNonStandardIsolationLevelIsRefusedBeforeAnySqlIsWritten() {
    IsolationLevel bogus = IsolationLevel.valueOf("READ COMMITTED; DROP TABLE x");
    assertThatThrownBy(() -> TransactionOptions.defaults().isolation(bogus))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(
            "Unknown isolation level 'READ COMMITTED; DROP TABLE x'; use READ UNCOMMITTED, READ"
                + " COMMITTED, REPEATABLE READ or SERIALIZABLE.");
  }

  private static Sql hundredRows(DatabaseConnection connection, int batch) {
    StringBuilder text = new StringBuilder("insert into " + TABLE + " (name, n) values ");
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      text.append(i == 0 ? "" : ", ")
          .append('(')
          .append(connection.dialect().bindMarker(values.size() + 1))
          .append(", ")
          .append(connection.dialect().bindMarker(values.size() + 2))
          .append(')');
      values.add("row-" + (batch * 100 + i));
      values.add(0);
    }
    return new Sql(text.toString(), values);
  }
}
