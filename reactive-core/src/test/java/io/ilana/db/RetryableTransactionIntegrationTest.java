package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.DeadlockException;
import io.ilana.error.RetryableException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * A real deadlock, provoked by two transactions that lock the same two rows in opposite orders,
 * fails one of them with a {@link DeadlockException}, a {@link RetryableException}; with {@code
 * attempts(5)} that one is run again and both commit, on every database.
 */
class RetryableTransactionIntegrationTest {
  private static final String TABLE = "s12e_accounts";
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.connection().statement("drop table if exists " + TABLE).block();
      manager.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database, 4);
    DatabaseConnection connection = manager.connection();
    connection
        .statement("drop table if exists " + TABLE)
        .then(connection.statement("create table " + TABLE + " (id int primary key, n int)"))
        .then(connection.statement("insert into " + TABLE + " (id, n) values (1, 0), (2, 0)"))
        .as(StepVerifier::create)
        .verifyComplete();
    return connection;
  }

  private static Mono<Long> bump(DatabaseConnection connection, int id) {
    return connection.update(
        "update " + TABLE + " set n = n + 1 where id = " + connection.dialect().bindMarker(1), id);
  }

  /**
   * Locks row {@code first}, waits until the other transaction locked its row, then asks for row
   * {@code second}. The barrier is passed at once on a retry, so a retried attempt only waits for
   * the winner's lock.
   */
  private static Mono<Long> crossing(
      DatabaseConnection connection,
      int first,
      int second,
      Sinks.Empty<Void> arrived,
      Mono<Void> bothArrived,
      AtomicInteger runs,
      List<Throwable> failures) {
    return connection.transaction(
        // A retried attempt can lose the race for its first row and deadlock again: room for it.
        TransactionOptions.defaults().attempts(5),
        trx ->
            Mono.defer(
                    () -> {
                      runs.incrementAndGet();
                      return bump(connection, first);
                    })
                .doOnNext(rows -> arrived.tryEmitEmpty())
                .flatMap(rows -> bothArrived.publishOn(Schedulers.boundedElastic()).thenReturn(0))
                .flatMap(ignored -> bump(connection, second))
                .doOnError(failures::add));
  }

  @DialectTest
  void aDeadlockBetweenTwoTransactionsIsRetriedAndBothCommit(TestDatabase database) {
    DatabaseConnection connection = open(database);
    Sinks.Empty<Void> aArrived = Sinks.empty();
    Sinks.Empty<Void> bArrived = Sinks.empty();
    Mono<Void> bothArrived = Mono.when(aArrived.asMono(), bArrived.asMono()).cache();
    AtomicInteger runs = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();

    Mono<Long> a = crossing(connection, 1, 2, aArrived, bothArrived, runs, failures);
    Mono<Long> b = crossing(connection, 2, 1, bArrived, bothArrived, runs, failures);
    Mono.zip(a.subscribeOn(Schedulers.boundedElastic()), b.subscribeOn(Schedulers.boundedElastic()))
        .timeout(Duration.ofSeconds(60))
        .as(StepVerifier::create)
        .expectNextCount(1)
        .verifyComplete();

    // Every database detects the cycle and reports it as a deadlock.
    assertThat(failures)
        .isNotEmpty()
        .allMatch(RetryableException.class::isInstance)
        .allMatch(DeadlockException.class::isInstance);
    assertThat(runs.get()).isEqualTo(2 + failures.size());
    connection
        .select("select id, n from " + TABLE + " order by id")
        .map(
            row ->
                Map.entry(((Number) row.get("id")).intValue(), ((Number) row.get("n")).intValue()))
        .collectList()
        .as(StepVerifier::create)
        .assertNext(rows -> assertThat(rows).containsExactly(Map.entry(1, 2), Map.entry(2, 2)))
        .verifyComplete();
  }
}
