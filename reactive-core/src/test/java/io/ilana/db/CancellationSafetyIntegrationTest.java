package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.sql.Sql;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.ServerDialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Cancelling at any instant loses nothing and leaks nothing: a cancelled transaction commits all of
 * its work or none, no connection goes back to the pool inside a transaction or still busy on the
 * server, and autocommit work after a storm is all there. Sized to stay quick; {@code -Pfaults}
 * runs the full storms.
 */
class CancellationSafetyIntegrationTest {
  private static final String TABLE = "cancel_rows";
  private static final int POOL_SIZE = 10;
  private DatabaseManager manager;
  private DatabaseManager admin;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
    if (admin != null) {
      admin.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database, POOL_SIZE);
    admin = TestManagers.open(database, 1);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    return connection;
  }

  @DialectTest
  void transactionsCancelledAtRandomPointsCommitAllOfTheirWorkOrNone(TestDatabase database) {
    DatabaseConnection connection = open(database);
    int transactions = Storms.size(200, 1_000);
    Random random = new Random(42);
    String insert = Tables.insert(connection, TABLE);

    String problems =
        Storms.watch(
            () -> {
              for (int inFlight : List.of(4, 1)) {
                int offset = inFlight * 100_000;
                Flux.range(offset, transactions)
                    .flatMap(
                        tx ->
                            connection
                                .transaction(
                                    trx ->
                                        Flux.range(0, 3)
                                            .concatMap(
                                                k -> connection.update(insert, tx + "-" + k, tx))
                                            .then())
                                .timeout(Duration.ofMillis(random.nextInt(26)))
                                .onErrorResume(error -> Mono.empty()),
                        inFlight)
                    .then()
                    .as(StepVerifier::create)
                    .verifyComplete();
              }
              return null;
            });

    Storms.awaitNoneAcquired(connection, Duration.ofSeconds(10));
    Storms.awaitServerQuiet(database, admin.connection());
    // Counted from another session: every transaction left 0 or 3 rows.
    admin
        .connection()
        .select(
            "select count(*) as partial from (select n from "
                + TABLE
                + " group by n having count(*) <> 3) t")
        .next()
        .map(row -> ((Number) row.values().iterator().next()).longValue())
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
    assertThat(problems).isEmpty();

    int autocommits = Storms.size(200, 1_000);
    Flux.range(0, autocommits)
        .flatMap(i -> connection.update(insert, "after-" + i, -1), 8)
        .reduce(0L, Long::sum)
        .as(StepVerifier::create)
        .expectNext((long) autocommits)
        .verifyComplete();
    admin
        .connection()
        .select("select count(*) as visible from " + TABLE + " where n = -1")
        .next()
        .map(row -> ((Number) row.values().iterator().next()).longValue())
        .as(StepVerifier::create)
        .expectNext((long) autocommits)
        .verifyComplete();
  }

  @DialectTest
  void timeoutStormsLeaveNoConnectionAcquiredBusyOrInATransaction(TestDatabase database) {
    DatabaseConnection connection = open(database);
    String insert = Tables.insert(connection, TABLE);
    String slow = slowStatement(database);
    int cancels = Storms.size(1_000, 5_000);
    int storms = Storms.size(1, 10);
    for (int storm = 0; storm < storms; storm++) {
      Random random = new Random(storm);
      int round = storm;
      String problems =
          Storms.watch(
              () ->
                  Flux.range(0, cancels)
                      .flatMap(
                          i ->
                              work(connection, i % 5, slow, insert, round * cancels + i)
                                  .timeout(Duration.ofMillis(random.nextInt(26)))
                                  .onErrorResume(error -> Mono.empty()),
                          64)
                      .then()
                      .as(StepVerifier::create)
                      .verifyComplete());
      Storms.awaitNoneAcquired(connection, Duration.ofSeconds(2));
      Storms.awaitServerQuiet(database, admin.connection());
      Storms.everyPooledConnectionAnswers(connection, POOL_SIZE);
      assertThat(problems).as("storm " + storm).isEmpty();
    }
  }

  /** One of five kinds of work a storm cancels at random instants. */
  private static Mono<Void> work(
      DatabaseConnection connection, int kind, String slow, String insert, int n) {
    return switch (kind) {
      case 0 -> connection.select("select 1 as one").then();
      case 1 -> connection.select(slow).then();
      case 2 -> connection.select("select id, name from " + TABLE).take(1).then();
      case 3 ->
          connection.transaction(
              trx -> connection.update(insert, "s" + n, n).then(connection.select(slow).then()));
      default ->
          connection.transaction(
              trx ->
                  connection
                      .update(insert, "t" + n, n)
                      .then(connection.transaction(inner -> connection.select(slow).then())));
    };
  }

  /** A statement that keeps the server busy for about 20 ms. */
  private static String slowStatement(TestDatabase database) {
    return switch (database.dialect()) {
      case "postgres" -> "select pg_sleep(0.02)";
      case "mariadb" -> "select sleep(0.02)";
      default -> "select count(*) from system_range(1, 20000)";
    };
  }

  @ServerDialectTest
  void aCancelledLongStatementIsStoppedSoTheNextBorrowerDoesNotWait(TestDatabase database) {
    manager = TestManagers.open(database, 1);
    DatabaseConnection connection = manager.connection();
    String sleep = "postgres".equals(database.dialect()) ? "select pg_sleep(5)" : "select sleep(5)";
    connection
        .select(sleep)
        .then()
        .timeout(Duration.ofMillis(100))
        .as(StepVerifier::create)
        .expectError(java.util.concurrent.TimeoutException.class)
        .verify(Duration.ofSeconds(10));
    // Without the cancel on the server this waited 4.4-4.6 s for the sleep to end.
    connection
        .select("select 1 as one")
        .count()
        .as(StepVerifier::create)
        .expectNext(1L)
        .expectComplete()
        .verify(Duration.ofMillis(500));
  }

  @ServerDialectTest
  void aTransactionCancelledDuringALongStatementRollsBackWithoutWaitingForIt(
      TestDatabase database) {
    manager = TestManagers.open(database, 1);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    String insert = Tables.insert(connection, TABLE);
    String sleep = "postgres".equals(database.dialect()) ? "select pg_sleep(5)" : "select sleep(5)";
    connection
        .transaction(
            trx -> connection.update(insert, "kept?", 1).then(connection.select(sleep).then()))
        .timeout(Duration.ofMillis(200))
        .as(StepVerifier::create)
        .expectError(java.util.concurrent.TimeoutException.class)
        .verify(Duration.ofSeconds(10));
    Tables.count(connection, TABLE)
        .as(StepVerifier::create)
        .expectNext(0L)
        .expectComplete()
        .verify(Duration.ofMillis(1_000));
  }

  @DialectTest
  void aStatementCannotStartInATransactionThatWasCancelled(TestDatabase database) {
    DatabaseConnection connection = open(database);
    String insert = Tables.insert(connection, TABLE);
    // The work goes on after the cancel (a delayed insert); it must not run in autocommit.
    connection
        .transaction(
            trx ->
                Mono.delay(Duration.ofMillis(100))
                    .then(connection.update(insert, "late", 1))
                    .onErrorResume(error -> Mono.empty())
                    .subscribeOn(reactor.core.scheduler.Schedulers.parallel()))
        .timeout(Duration.ofMillis(20))
        .onErrorResume(error -> Mono.empty())
        .as(StepVerifier::create)
        .verifyComplete();
    Mono.delay(Duration.ofMillis(300))
        .then(Tables.count(connection, TABLE))
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
    Storms.awaitNoneAcquired(connection, Duration.ofSeconds(5));
  }

  @DialectTest
  void aResultInsideATransactionIsReadAheadOnlyUpToTheLimit(TestDatabase database) {
    manager = TestManagers.open(database, 2);
    DatabaseConnection connection = manager.connection();
    // A subscriber that asks for one row and stalls; the read-ahead rows are still delivered
    // when it asks again, then the error.
    StepVerifier.create(
            connection.transactionMany(trx -> connection.select(Sql.of(rows(database, 50_000)))), 1)
        .expectNextCount(1)
        .thenAwait(Duration.ofMillis(500))
        .thenRequest(Long.MAX_VALUE)
        .thenConsumeWhile(row -> true)
        .expectErrorMessage(
            "A result read inside the transaction on ["
                + database.dialect()
                + "] had more than 10000 rows its subscriber had not consumed yet. Inside a"
                + " transaction a result is read ahead so that the connection is free for the"
                + " next statement, up to 10000 rows; consume faster, or read in pages (chunk,"
                + " lazy, paginate) or outside the transaction.")
        .verify(Duration.ofSeconds(60));
    Storms.awaitNoneAcquired(connection, Duration.ofSeconds(10));
  }

  /** A query producing {@code count} rows without a table. */
  static String rows(TestDatabase database, int count) {
    return switch (database.dialect()) {
      case "postgres" -> "select n from generate_series(1, " + count + ") as s(n)";
      case "mariadb" -> "select seq as n from seq_1_to_" + count;
      default -> "select * from system_range(1, " + count + ")";
    };
  }

  static long number(Map<String, Object> row) {
    return ((Number) row.values().iterator().next()).longValue();
  }
}
