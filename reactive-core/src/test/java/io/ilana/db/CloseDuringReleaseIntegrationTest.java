package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A manager closed while a connection is on its way back to the pool: each borrowed connection
 * reaches the pool exactly once, and the pool is disposed only after it did. reactor-pool reports a
 * second return as a dropped "Too many permits returned" error (and prints "unexpected decrement
 * below 0"), which {@link Storms#watch} collects.
 */
class CloseDuringReleaseIntegrationTest {
  private static final String TABLE = "ls_close_rows";
  private static final int ROUNDS = 20;

  /**
   * What a failed migration does (the CLI's session): a statement, a failure, one more statement
   * while handling it (the migration lock's release), then the manager's close, all in one chain.
   * On H2 that chain runs inside the pool's return of the first connection.
   */
  @DialectTest
  void aFailureHandledWithAStatementThenACloseReturnsEachConnectionOnce(TestDatabase database) {
    String problems =
        Storms.watch(
            () -> {
              for (int round = 0; round < ROUNDS; round++) {
                DatabaseManager manager = TestManagers.open(database);
                DatabaseConnection connection = manager.connection();
                IllegalStateException broke = new IllegalStateException("the work broke");
                Throwable seen =
                    connection
                        .select("select 1 as one")
                        .then(Mono.<Void>error(broke))
                        .onErrorResume(
                            error ->
                                connection.select("select 2 as two").then(Mono.<Void>error(error)))
                        .onErrorResume(error -> manager.close().then(Mono.<Void>error(error)))
                        .map(done -> (Throwable) null)
                        .onErrorResume(Mono::just)
                        .block(Duration.ofSeconds(30));
                assertThat(seen).isSameAs(broke);
                assertAtRest(connection);
              }
              return null;
            });
    assertThat(problems).isEmpty();
  }

  /** The same without a failure: statements chained into the close. */
  @DialectTest
  void statementsChainedIntoTheCloseReturnEachConnectionOnce(TestDatabase database) {
    String problems =
        Storms.watch(
            () -> {
              for (int round = 0; round < ROUNDS; round++) {
                DatabaseManager manager = TestManagers.open(database);
                DatabaseConnection connection = manager.connection();
                Flux.range(0, 3)
                    .concatMap(n -> connection.select("select " + n + " as n"))
                    .then(manager.close())
                    .block(Duration.ofSeconds(30));
                assertAtRest(connection);
              }
              return null;
            });
    assertThat(problems).isEmpty();
  }

  /**
   * Close asked for while a cancelled statement is still being cleaned up in the background
   * (stopped on the server, its connection settled, then returned): close waits for that return.
   */
  @DialectTest
  void closeWaitsForTheCleanupOfACancelledStatement(TestDatabase database) {
    String problems =
        Storms.watch(
            () -> {
              for (int round = 0; round < 3; round++) {
                DatabaseManager manager = TestManagers.open(database, 2);
                DatabaseConnection connection = manager.connection();
                connection
                    .select(slowStatement(database))
                    .then()
                    .subscribeOn(Schedulers.boundedElastic())
                    .timeout(Duration.ofMillis(50))
                    .onErrorResume(error -> Mono.empty())
                    .block(Duration.ofSeconds(30));
                manager.close().block(Duration.ofSeconds(30));
                assertAtRest(connection);
              }
              return null;
            });
    assertThat(problems).isEmpty();
  }

  /** Close asked for while a cancelled transaction is still rolling back. */
  @DialectTest
  void closeWaitsForTheRollbackOfACancelledTransaction(TestDatabase database) {
    String problems =
        Storms.watch(
            () -> {
              for (int round = 0; round < 3; round++) {
                DatabaseManager manager = TestManagers.open(database, 2);
                DatabaseConnection connection = manager.connection();
                Tables.recreate(connection, TABLE);
                String insert = Tables.insert(connection, TABLE);
                connection
                    .transaction(
                        trx ->
                            connection
                                .update(insert, "rolled back", 1)
                                .then(connection.select(slowStatement(database)).then()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .timeout(Duration.ofMillis(50))
                    .onErrorResume(error -> Mono.empty())
                    .block(Duration.ofSeconds(30));
                manager.close().block(Duration.ofSeconds(30));
                assertAtRest(connection);
              }
              return null;
            });
    assertThat(problems).isEmpty();
  }

  /**
   * Close from another thread while chains of statements run: between two statements of a chain no
   * connection is in use, yet a return is in flight. Statements after the close fail (the manager
   * is closed); no connection is returned twice and none is left behind.
   */
  @DialectTest
  void closeDuringChainsOfStatementsReturnsEachConnectionOnce(TestDatabase database) {
    String problems =
        Storms.watch(
            () -> {
              for (int round = 0; round < ROUNDS; round++) {
                DatabaseManager manager = TestManagers.open(database, 4);
                DatabaseConnection connection = manager.connection();
                int chains = 4;
                CountDownLatch ended = new CountDownLatch(chains);
                CountDownLatch started = new CountDownLatch(chains);
                for (int chain = 0; chain < chains; chain++) {
                  Flux.range(0, 50)
                      .concatMap(
                          n ->
                              connection
                                  .select("select " + n + " as n")
                                  .doOnNext(row -> started.countDown()))
                      .subscribeOn(Schedulers.parallel())
                      .doFinally(signal -> ended.countDown())
                      .subscribe(row -> {}, error -> {});
                }
                await(started);
                manager.close().block(Duration.ofSeconds(30));
                await(ended);
                assertAtRest(connection);
              }
              return null;
            });
    assertThat(problems).isEmpty();
  }

  /**
   * After close, every connection was returned exactly once and destroyed: nothing is acquired,
   * idle or allocated (a second return would have failed in reactor-pool, a missing one would leave
   * a connection allocated).
   */
  private static void assertAtRest(DatabaseConnection connection) {
    PoolStats stats = connection.poolStats();
    assertThat(stats.acquired()).as("acquired after close").isZero();
    assertThat(stats.pending()).as("pending after close").isZero();
    assertThat(stats.idle()).as("idle after close").isZero();
    assertThat(stats.allocated()).as("allocated after close").isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A statement that keeps the database busy for a while (H2: in the subscribing thread). */
  private static String slowStatement(TestDatabase database) {
    return switch (database.dialect()) {
      case "postgres" -> "select pg_sleep(1)";
      case "mariadb" -> "select sleep(1)";
      default -> "select count(*) from system_range(1, 3000000)";
    };
  }
}
