package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.TransactionOptionsConflictException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import io.r2dbc.spi.IsolationLevel;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A nested transaction cannot change the outer transaction's isolation level. */
class NestedTransactionOptionsIntegrationTest {
  private DatabaseManager manager;

  @AfterEach
  void close() {
    manager.close().block();
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database, 2);
    return manager.connection();
  }

  private static TransactionOptions at(IsolationLevel level) {
    return TransactionOptions.defaults().isolation(level);
  }

  @DialectTest
  void anotherIsolationLevelThanTheOuterOneIsAnError(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            at(IsolationLevel.SERIALIZABLE),
            outer ->
                connection.transaction(at(IsolationLevel.READ_COMMITTED), inner -> Mono.just(1)))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isExactlyInstanceOf(TransactionOptionsConflictException.class)
                    .hasMessage(
                        "A transaction nested in the transaction on ["
                            + database.dialect()
                            + "] asked for isolation level READ COMMITTED, but the outer"
                            + " transaction runs at SERIALIZABLE; a nested transaction (a"
                            + " savepoint) cannot change the isolation level. Pass no isolation"
                            + " level to the nested transaction, or set it on the outermost"
                            + " one."))
        .verify();
    assertThat(connection.poolStats().acquired()).isZero();
  }

  @DialectTest
  void anIsolationLevelInsideATransactionAtTheDefaultLevelIsAnError(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            outer -> connection.transaction(at(IsolationLevel.SERIALIZABLE), inner -> Mono.just(1)))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isExactlyInstanceOf(TransactionOptionsConflictException.class)
                    .hasMessage(
                        "A transaction nested in the transaction on ["
                            + database.dialect()
                            + "] asked for isolation level SERIALIZABLE, but the outer"
                            + " transaction runs at the database's default level; a nested"
                            + " transaction (a savepoint) cannot change the isolation level. Pass"
                            + " no isolation level to the nested transaction, or set it on the"
                            + " outermost one."))
        .verify();
  }

  @DialectTest
  void theOuterLevelOrNoLevelIsAccepted(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            at(IsolationLevel.REPEATABLE_READ),
            outer ->
                connection
                    .transaction(at(IsolationLevel.REPEATABLE_READ), same -> Mono.just(1))
                    .then(connection.transaction(none -> Mono.just(2))))
        .as(StepVerifier::create)
        .expectNext(2)
        .verifyComplete();
  }
}
