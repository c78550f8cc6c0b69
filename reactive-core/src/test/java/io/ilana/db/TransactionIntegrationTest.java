package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.ClusterConflictException;
import io.ilana.error.DeadlockException;
import io.ilana.error.LockWaitTimeoutException;
import io.ilana.error.QueryFailure;
import io.ilana.error.RetryableException;
import io.ilana.error.SerializationFailureException;
import io.ilana.error.TransactionException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class TransactionIntegrationTest {
  private static final String TABLE = "trx_items";
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database, 10);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    return connection;
  }

  private static Mono<Long> insert(DatabaseConnection connection, String name, int n) {
    return connection.update(Tables.insert(connection, TABLE), name, n);
  }

  private static void awaitAllReleased(DatabaseConnection connection) {
    // Rollback on cancel finishes asynchronously: poll until a deadline instead of asserting now.
    Flux.interval(Duration.ofMillis(20))
        .map(tick -> connection.poolStats().acquired())
        .filter(acquired -> acquired == 0)
        .next()
        .timeout(Duration.ofSeconds(20))
        .as(StepVerifier::create)
        .expectNext(0)
        .verifyComplete();
  }

  @DialectTest
  void concurrentTransactionsLeaveExactlyTheCommittedRows(TestDatabase database) {
    DatabaseConnection connection = open(database);
    Flux.range(0, 200)
        .flatMap(
            i ->
                connection
                    .transaction(
                        trx ->
                            insert(connection, i + "-1", i)
                                .then(insert(connection, i + "-2", i))
                                .then(insert(connection, i + "-3", i))
                                .then(
                                    i % 2 == 1
                                        ? Mono.<Long>error(new IllegalStateException("fail " + i))
                                        : insert(connection, i + "-4", i)))
                    .onErrorResume(IllegalStateException.class, e -> Mono.empty()),
            50)
        .then()
        .as(StepVerifier::create)
        .verifyComplete();

    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(400L).verifyComplete();
    connection
        .select("select count(*) as c from " + TABLE + " where mod(n, 2) = 1")
        .map(row -> ((Number) row.get("c")).longValue())
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
    awaitAllReleased(connection);
  }

  @DialectTest
  void cancelledTransactionCommitsNothing(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            trx ->
                insert(connection, "a", 1)
                    .then(insert(connection, "b", 2))
                    .then(Mono.<Long>never()))
        .timeout(Duration.ofMillis(500))
        .as(StepVerifier::create)
        .expectError(java.util.concurrent.TimeoutException.class)
        .verify();
    awaitAllReleased(connection);
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void transactionManyRollsBackWhenTheSubscriberCancels(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transactionMany(trx -> Flux.concat(insert(connection, "a", 1), insert(connection, "b", 2)))
        .take(1)
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
    awaitAllReleased(connection);
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void nestedFailureRollsBackToTheSavepointAndKeepsOuterWork(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            outer ->
                insert(connection, "outer", 1)
                    .then(
                        connection
                            .transaction(
                                inner ->
                                    insert(connection, "inner", 2)
                                        .then(Mono.<Long>error(new IllegalStateException("x"))))
                            .onErrorResume(IllegalStateException.class, e -> Mono.just(-1L)))
                    .then(insert(connection, "after", 3)))
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
    connection
        .select("select name from " + TABLE + " order by n")
        .map(row -> row.get("name"))
        .collectList()
        .as(StepVerifier::create)
        .assertNext(names -> assertThat(names).containsExactly("outer", "after"))
        .verifyComplete();
  }

  @DialectTest
  void outerFailureAlsoUndoesAReleasedSavepoint(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            outer ->
                connection
                    .transaction(inner -> insert(connection, "inner", 1))
                    .then(Mono.<Long>error(new IllegalStateException("outer fails"))))
        .as(StepVerifier::create)
        .expectErrorMessage("outer fails")
        .verify();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void theContextTransactionSurvivesReactorOperators(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            trx ->
                Mono.just(1)
                    .flatMap(i -> insert(connection, "flatMap", i))
                    .thenMany(Flux.just(2).concatMap(i -> insert(connection, "concatMap", i)))
                    .publishOn(Schedulers.parallel())
                    .then(insert(connection, "publishOn", 3))
                    .then(
                        insert(connection, "subscribeOn", 4)
                            .subscribeOn(Schedulers.boundedElastic()))
                    .then(Mono.defer(() -> insert(connection, "defer", 5)))
                    .then(Tables.count(connection, TABLE))
                    .flatMap(
                        seen ->
                            Mono.<Long>error(
                                new IllegalStateException("saw " + seen + " rows, now roll back"))))
        .as(StepVerifier::create)
        .expectErrorMessage("saw 5 rows, now roll back")
        .verify();
    // All five writes ran on the transaction's connection, so the rollback took all of them.
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void deadlockedTransactionsAreRunAgainWholeUpToTheAttempts(TestDatabase database) {
    DatabaseConnection connection = open(database);
    AtomicInteger runs = new AtomicInteger();
    connection
        .transaction(
            TransactionOptions.defaults().attempts(3),
            trx ->
                insert(connection, "try" + runs.incrementAndGet(), 1)
                    .flatMap(
                        rows -> runs.get() < 3 ? Mono.<Long>error(deadlock()) : Mono.just(rows)))
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
    assertThat(runs).hasValue(3);
    connection
        .select("select name from " + TABLE)
        .map(row -> row.get("name"))
        .collectList()
        .as(StepVerifier::create)
        .assertNext(names -> assertThat(names).containsExactly("try3"))
        .verifyComplete();
  }

  @DialectTest
  void everyRetryableFailureRunsTheTransactionAgain(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<RetryableException> failures =
        List.of(
            new SerializationFailureException(failure("40001"), null),
            new LockWaitTimeoutException(failure("55P03"), null),
            new ClusterConflictException(failure("40001"), null));
    AtomicInteger runs = new AtomicInteger();
    connection
        .transaction(
            TransactionOptions.defaults().attempts(4),
            trx -> {
              int run = runs.getAndIncrement();
              return run < failures.size() ? Mono.<Long>error(failures.get(run)) : Mono.just(1L);
            })
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
    assertThat(runs).hasValue(4);
  }

  @DialectTest
  void aRetryableFailureOnTheLastAttemptIsTheError(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(TransactionOptions.defaults().attempts(2), trx -> Mono.<Long>error(deadlock()))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(DeadlockException.class)
                    .isInstanceOf(RetryableException.class)
                    .hasMessageStartingWith("simulated failure"))
        .verify();
  }

  @DialectTest
  void otherFailuresAreNotRetried(TestDatabase database) {
    DatabaseConnection connection = open(database);
    AtomicInteger runs = new AtomicInteger();
    connection
        .transaction(
            TransactionOptions.defaults().attempts(3),
            trx -> {
              runs.incrementAndGet();
              return Mono.<Long>error(new IllegalStateException("no retry"));
            })
        .as(StepVerifier::create)
        .expectErrorMessage("no retry")
        .verify();
    assertThat(runs).hasValue(1);
  }

  /** Reads the running transaction's isolation level, the way each database exposes it. */
  private static Mono<String> currentIsolation(DatabaseConnection connection) {
    String sql =
        switch (connection.dialect().name()) {
          case "postgres" -> "select current_setting('transaction_isolation') as level";
          case "h2" ->
              "select isolation_level as level from information_schema.sessions"
                  + " where session_id = session_id()";
          default ->
              "select trx_isolation_level as level from information_schema.innodb_trx"
                  + " where trx_mysql_thread_id = connection_id()";
        };
    // MariaDB's information_schema.innodb_trx is a cache that can lag by up to a second.
    Duration cacheLag =
        connection.dialect().name().equals("mariadb") ? Duration.ofMillis(1100) : Duration.ZERO;
    return Mono.delay(cacheLag)
        .then(connection.select(sql).next())
        .map(
            row ->
                String.valueOf(row.get("level"))
                    .toUpperCase(java.util.Locale.ROOT)
                    .replace('-', ' '));
  }

  @DialectTest
  void isolationLevelAppliesToItsTransactionOnly(TestDatabase database) {
    manager = TestManagers.open(database, 1);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    connection
        .transaction(
            TransactionOptions.defaults().isolation(IsolationLevel.SERIALIZABLE),
            trx -> insert(connection, "serial", 1).then(currentIsolation(connection)))
        .as(StepVerifier::create)
        .expectNext("SERIALIZABLE")
        .verifyComplete();
    // The pool has one connection: the next transaction gets the same one, at the default level.
    connection
        .transaction(trx -> insert(connection, "default", 2).then(currentIsolation(connection)))
        .as(StepVerifier::create)
        .assertNext(level -> assertThat(level).isNotEqualTo("SERIALIZABLE"))
        .verifyComplete();
  }

  @DialectTest
  void manualTransactionCommitsWhatRanInItsContext(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .beginTransaction()
        .flatMap(
            trx -> insert(connection, "manual", 1).contextWrite(trx.context()).then(trx.commit()))
        .as(StepVerifier::create)
        .verifyComplete();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(1L).verifyComplete();
    awaitAllReleased(connection);
  }

  @DialectTest
  void manualRollbackDiscardsAndASecondFinishIsAnError(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .beginTransaction()
        .flatMap(
            trx ->
                insert(connection, "manual", 1)
                    .contextWrite(trx.context())
                    .then(trx.rollback())
                    .then(trx.commit()))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(TransactionException.class)
                    .hasMessage(
                        "Cannot commit: the transaction on ["
                            + database.dialect()
                            + "] already finished."))
        .verify();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
    awaitAllReleased(connection);
  }

  @DialectTest
  void aStatementSubscribedAfterCommitFailsLoudly(TestDatabase database) {
    DatabaseConnection connection = open(database);
    Transaction[] captured = new Transaction[1];
    connection
        .transaction(trx -> Mono.fromRunnable(() -> captured[0] = trx).thenReturn(1))
        .as(StepVerifier::create)
        .expectNext(1)
        .verifyComplete();
    insert(connection, "late", 1)
        .contextWrite(captured[0].context())
        .as(StepVerifier::create)
        .expectError(TransactionException.class)
        .verify();
  }

  @DialectTest
  void aStatementSubscribedByHandInsideTheFunctionFailsInsteadOfEscapingIt(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            trx -> {
              // toFuture() subscribes right here, without the transaction's Context.
              var escaped = insert(connection, "escaped", 1).toFuture();
              return Mono.fromFuture(escaped);
            })
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(TransactionException.class)
                    .hasMessage(
                        "A statement on ["
                            + database.dialect()
                            + "] was subscribed inside transaction() without the transaction in"
                            + " its Reactor Context (block() or subscribe() inside the function?);"
                            + " it would have run outside the transaction. Return the publisher"
                            + " from the function instead."))
        .verify();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void statementsOnOtherConnectionsMaySubscribeInsideTheFunction(TestDatabase database) {
    DatabaseConnection connection = open(database);
    DatabaseManager other = TestManagers.open(database, 2);
    try {
      connection
          .transaction(
              trx -> {
                var ones = other.connection().select("select 1 as one").count().toFuture();
                return Mono.fromFuture(ones).flatMap(n -> insert(connection, "kept", n.intValue()));
              })
          .as(StepVerifier::create)
          .expectNext(1L)
          .verifyComplete();
    } finally {
      other.close().block();
    }
  }

  private static DeadlockException deadlock() {
    return new DeadlockException(failure("40P01"), null);
  }

  private static QueryFailure failure(String sqlState) {
    return new QueryFailure("select 1", List.of(), sqlState, 0, "test", "simulated failure");
  }
}
