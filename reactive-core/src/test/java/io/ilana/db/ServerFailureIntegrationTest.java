package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.LostConnectionException;
import io.ilana.error.QueryException;
import io.ilana.testkit.ServerDialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What happens when the server kills our sessions: nothing is lost, nothing leaks, the pool heals.
 */
class ServerFailureIntegrationTest {
  private static final String TABLE = "srv_items";
  private DatabaseManager manager;
  private DatabaseManager admin;

  @AfterEach
  void close() {
    manager.close().block();
    admin.close().block();
  }

  private DatabaseConnection open(TestDatabase database, int poolSize) {
    manager = TestManagers.open(database, poolSize);
    admin = TestManagers.open(database, 1);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    return connection;
  }

  private static String sessionIdQuery(TestDatabase database) {
    return "postgres".equals(database.dialect())
        ? "select pg_backend_pid() as id"
        : "select connection_id() as id";
  }

  private Mono<Void> kill(TestDatabase database, long sessionId) {
    String sql =
        "postgres".equals(database.dialect())
            ? "select pg_terminate_backend(" + sessionId + ")"
            : "kill " + sessionId;
    return admin.connection().select(sql).then();
  }

  private static Mono<Long> sessionId(DatabaseConnection connection, TestDatabase database) {
    return connection
        .select(sessionIdQuery(database))
        .next()
        .map(row -> ((Number) row.get("id")).longValue());
  }

  @ServerDialectTest
  void aSessionKilledMidTransactionKeepsTheOriginalErrorAndReleasesTheConnection(
      TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    String insert = Tables.insert(connection, TABLE);
    connection
        .transaction(
            trx ->
                connection
                    .update(insert, "before", 1)
                    .then(sessionId(connection, database))
                    .flatMap(id -> kill(database, id))
                    .then(Mono.delay(Duration.ofMillis(200)))
                    .then(connection.update(insert, "after", 2)))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              // The failing statement's own error is reported, not the rollback's, and a lost
              // connection is the same exception on every database.
              assertThat(error).isInstanceOf(LostConnectionException.class);
              assertThat(((QueryException) error).sql()).isEqualTo(insert);
              assertThat(((QueryException) error).bindings()).containsExactly("'after'", "2");
            })
        .verify(Duration.ofSeconds(30));
    Flux.interval(Duration.ofMillis(20))
        .map(tick -> connection.poolStats().acquired())
        .filter(acquired -> acquired == 0)
        .next()
        .timeout(Duration.ofSeconds(20))
        .as(StepVerifier::create)
        .expectNext(0)
        .verifyComplete();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @ServerDialectTest
  void thePoolReplacesConnectionsTheServerKilled(TestDatabase database) {
    DatabaseConnection connection = open(database, 4);
    List<Long> sessions =
        Flux.range(0, 4)
            .flatMap(
                i ->
                    connection.transaction(
                        trx ->
                            sessionId(connection, database).delayElement(Duration.ofMillis(200))),
                4)
            .collectList()
            .block();
    assertThat(sessions).hasSize(4).doesNotHaveDuplicates();
    Flux.fromIterable(sessions).concatMap(id -> kill(database, id)).blockLast();
    Mono.delay(Duration.ofMillis(300)).block();

    Flux.range(0, 20)
        .flatMap(i -> connection.select("select 1 as one").next(), 4)
        .map(row -> ((Number) row.get("one")).intValue())
        .collectList()
        .as(StepVerifier::create)
        .assertNext(ones -> assertThat(ones).hasSize(20).containsOnly(1))
        .verifyComplete();
  }
}
