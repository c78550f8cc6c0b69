package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.error.ConnectionException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AcquireTimeoutIntegrationTest {
  private DatabaseManager manager;

  @AfterEach
  void close() {
    manager.close().block();
  }

  private DatabaseConnection openWithOneConnection(TestDatabase database, Duration timeout) {
    PoolConfig pool = PoolConfig.defaults().withSize(0, 1).withAcquireTimeout(timeout);
    manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(TestManagers.connectionFor(database).pool(pool).build())
                .build());
    return manager.connection();
  }

  /** Holds the only connection for {@code hold}, inside a transaction. */
  private static Mono<Integer> holdTheConnection(DatabaseConnection connection, Duration hold) {
    return connection.transaction(
        trx -> connection.select("select 1 as one").then(Mono.delay(hold)).thenReturn(1));
  }

  @DialectTest
  void aCallerWaitingLongerThanTheAcquireTimeoutGetsAConnectionException(TestDatabase database) {
    DatabaseConnection connection = openWithOneConnection(database, Duration.ofMillis(1000));
    // The connection is opened first, so that the deadline measured is the waiter's only.
    connection.select("select 1 as one").blockLast();
    Mono<Integer> holder = holdTheConnection(connection, Duration.ofSeconds(3));
    Mono<Long> waiter =
        Mono.delay(Duration.ofMillis(200)).then(connection.select("select 1 as one").count());
    Mono.zip(holder, waiter)
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage(
                        "Could not get a connection for ["
                            + database.dialect()
                            + "] within 1000 ms (acquireTimeout): all 1 of 1 connections are in"
                            + " use (0 more callers waiting); raise pool.max or release"
                            + " connections sooner."))
        .verify(Duration.ofSeconds(10));
  }

  @DialectTest
  void aCallerWaitsForABusyConnectionWithinTheAcquireTimeout(TestDatabase database) {
    DatabaseConnection connection = openWithOneConnection(database, Duration.ofSeconds(10));
    Mono<Integer> holder = holdTheConnection(connection, Duration.ofMillis(300));
    Mono<Long> waiter =
        Mono.delay(Duration.ofMillis(100)).then(connection.select("select 1 as one").count());
    Mono.zip(holder, waiter)
        .map(both -> both.getT2())
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();
  }
}
