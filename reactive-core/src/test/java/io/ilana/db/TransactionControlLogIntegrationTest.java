package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.QueryException;
import io.ilana.error.TransactionException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import io.r2dbc.spi.IsolationLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Transaction control (BEGIN, SAVEPOINT, RELEASE, ROLLBACK TO, COMMIT, ROLLBACK) runs through the
 * executor like any statement: the query log sees each one, in the dialect's spelling, and its
 * failures are translated.
 */
class TransactionControlLogIntegrationTest {
  private static final String TABLE = "s12d_control_items";
  private final List<DatabaseManager> managers = new ArrayList<>();
  private final List<QueryEvent> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    managers.forEach(manager -> manager.close().block());
  }

  private DatabaseConnection open(TestDatabase database, int poolSize) {
    DatabaseManager manager = TestManagers.open(database, poolSize);
    managers.add(manager);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    manager.listen(events::add);
    return connection;
  }

  private static Mono<Long> insert(DatabaseConnection connection, String name) {
    return connection.update(Tables.insert(connection, TABLE), name, 1);
  }

  private List<String> loggedSql() {
    return events.stream().map(QueryEvent::sql).toList();
  }

  private static String begin(TestDatabase database) {
    return switch (database.dialect()) {
      case "postgres" -> "BEGIN";
      case "h2" -> "SET AUTOCOMMIT FALSE";
      default -> "START TRANSACTION";
    };
  }

  /** What runs once the transaction ended, before the connection goes back to the pool. */
  private static List<String> afterEnd(TestDatabase database) {
    return "h2".equals(database.dialect()) ? List.of("SET AUTOCOMMIT TRUE") : List.of();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  @DialectTest
  void theLogShowsEveryControlStatementOfACommittedTransactionWithSavepoints(
      TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    String insert = Tables.insert(connection, TABLE);
    connection
        .transaction(
            outer ->
                insert(connection, "outer")
                    .then(connection.transaction(kept -> insert(connection, "kept")))
                    .then(
                        connection
                            .transaction(
                                undone ->
                                    insert(connection, "undone")
                                        .then(Mono.error(new IllegalStateException("undo"))))
                            .onErrorResume(IllegalStateException.class, e -> Mono.empty())))
        .as(StepVerifier::create)
        .verifyComplete();

    assertThat(loggedSql())
        .containsExactlyElementsOf(
            concat(
                List.of(
                    begin(database),
                    insert,
                    "SAVEPOINT ilana_sp_1",
                    insert,
                    "RELEASE SAVEPOINT ilana_sp_1",
                    "SAVEPOINT ilana_sp_2",
                    insert,
                    "ROLLBACK TO SAVEPOINT ilana_sp_2",
                    "COMMIT"),
                afterEnd(database)));
    assertThat(events)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(QueryEvent.Outcome.COMPLETED));
    assertThat(events).allSatisfy(e -> assertThat(e.duration()).isPositive());
    connection
        .select("select name from " + TABLE + " order by name")
        .map(row -> row.get("name"))
        .as(StepVerifier::create)
        .expectNext("kept", "outer")
        .verifyComplete();
  }

  @DialectTest
  void theLogShowsTheRollbackOfAFailedOuterTransaction(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    String insert = Tables.insert(connection, TABLE);
    connection
        .transaction(
            outer ->
                connection
                    .transaction(kept -> insert(connection, "released"))
                    .then(Mono.error(new IllegalStateException("outer fails"))))
        .as(StepVerifier::create)
        .expectErrorMessage("outer fails")
        .verify();

    assertThat(loggedSql())
        .containsExactlyElementsOf(
            concat(
                List.of(
                    begin(database),
                    "SAVEPOINT ilana_sp_1",
                    insert,
                    "RELEASE SAVEPOINT ilana_sp_1",
                    "ROLLBACK"),
                afterEnd(database)));
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @DialectTest
  void theIsolationLevelIsSetInTheDialectsSpelling(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    connection
        .transaction(
            TransactionOptions.defaults().isolation(IsolationLevel.SERIALIZABLE),
            trx -> Mono.just(1))
        .as(StepVerifier::create)
        .expectNext(1)
        .verifyComplete();

    List<String> expected =
        switch (database.dialect()) {
          case "postgres" -> List.of("BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT");
          case "h2" ->
              List.of(
                  "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                  "SET AUTOCOMMIT FALSE",
                  "COMMIT",
                  "SET AUTOCOMMIT TRUE",
                  "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
          default ->
              List.of(
                  "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "START TRANSACTION", "COMMIT");
        };
    assertThat(loggedSql()).containsExactlyElementsOf(expected);
  }

  @DialectTest
  void statementsAfterACommitOrRollbackCommitOnTheirOwn(TestDatabase database) {
    // One pooled connection: every statement below runs on the connection the transactions used.
    DatabaseConnection connection = open(database, 1);
    DatabaseManager observer = TestManagers.open(database, 1);
    managers.add(observer);
    connection
        .transaction(
            TransactionOptions.defaults().isolation(IsolationLevel.SERIALIZABLE),
            trx -> insert(connection, "committed"))
        .then(insert(connection, "after commit"))
        .then(
            connection
                .transaction(
                    trx ->
                        insert(connection, "rolled back")
                            .then(Mono.error(new IllegalStateException("roll back"))))
                .onErrorResume(IllegalStateException.class, e -> Mono.empty()))
        .then(insert(connection, "after rollback"))
        .as(StepVerifier::create)
        .expectNext(1L)
        .verifyComplete();

    // Another session sees them: they were committed, not left in an open transaction.
    observer
        .connection()
        .select("select name from " + TABLE + " order by name")
        .map(row -> row.get("name"))
        .as(StepVerifier::create)
        .expectNext("after commit", "after rollback", "committed")
        .verifyComplete();
  }

  /** Ends the transaction behind the library's back, so that the savepoint is gone. */
  private static Mono<Void> endedByHand(DatabaseConnection connection) {
    return connection.statement("ROLLBACK");
  }

  @DialectTest
  void aFailingReleaseIsReportedAndTranslated(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    Mono<Integer> work =
        connection.transaction(
            outer -> connection.transaction(inner -> endedByHand(connection).thenReturn(1)));
    if ("h2".equals(database.dialect())) {
      // H2 ignores the RELEASE of a savepoint that is gone: nothing fails.
      work.as(StepVerifier::create).expectNext(1).verifyComplete();
      assertThat(outcomeOf("RELEASE SAVEPOINT ilana_sp_1")).isEqualTo(QueryEvent.Outcome.COMPLETED);
      return;
    }
    work.as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> assertTranslated(error, database, "RELEASE SAVEPOINT ilana_sp_1"))
        .verify();
    assertThat(outcomeOf("RELEASE SAVEPOINT ilana_sp_1")).isEqualTo(QueryEvent.Outcome.FAILED);
    assertThat(connection.poolStats().acquired()).isZero();
  }

  @DialectTest
  void aFailingRollbackToASavepointIsKeptTranslatedBesideTheFailure(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    connection
        .transaction(
            outer ->
                connection.transaction(
                    inner ->
                        endedByHand(connection)
                            .then(Mono.error(new IllegalStateException("work")))))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isExactlyInstanceOf(IllegalStateException.class);
              assertThat(error.getSuppressed()).hasSize(1);
              assertTranslated(
                  error.getSuppressed()[0], database, "ROLLBACK TO SAVEPOINT ilana_sp_1");
            })
        .verify();
    assertThat(outcomeOf("ROLLBACK TO SAVEPOINT ilana_sp_1")).isEqualTo(QueryEvent.Outcome.FAILED);
    assertThat(connection.poolStats().acquired()).isZero();
  }

  private QueryEvent.Outcome outcomeOf(String sql) {
    return events.stream()
        .filter(e -> e.sql().equals(sql))
        .findFirst()
        .map(QueryEvent::outcome)
        .orElseThrow();
  }

  private static void assertTranslated(Throwable error, TestDatabase database, String sql) {
    assertThat(error).isInstanceOf(QueryException.class);
    QueryException failure = (QueryException) error;
    assertThat(failure.sql()).isEqualTo(sql);
    assertThat(failure.connectionName()).isEqualTo(database.dialect());
    assertThat(failure.sqlState()).isNotNull();
    assertThat(failure)
        .hasMessageEndingWith(
            " [connection: "
                + database.dialect()
                + ", SQLSTATE: "
                + failure.sqlState()
                + ", SQL: "
                + sql
                + ", bindings: []]");
  }

  @DialectTest
  void aCaughtFailureAbortsThePostgresTransactionButNotTheOthers(TestDatabase database) {
    DatabaseConnection connection = open(database, 2);
    Mono<Long> work =
        connection.transaction(
            trx ->
                insert(connection, "before")
                    .then(
                        connection
                            .select("select no_such_column from " + TABLE)
                            .then()
                            .onErrorResume(QueryException.class, e -> Mono.empty()))
                    .thenReturn(1L));
    if ("postgres".equals(database.dialect())) {
      work.as(StepVerifier::create)
          .expectErrorSatisfies(
              error ->
                  assertThat(error)
                      .isExactlyInstanceOf(TransactionException.class)
                      .hasMessage(
                          "The transaction on [postgres] cannot be committed: a statement in it"
                              + " failed (SQLSTATE 42703) and postgres aborted the whole"
                              + " transaction, so it is rolled back instead. Roll back to a"
                              + " savepoint (a nested transaction) to go on after a failed"
                              + " statement."))
          .verify();
      Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(0L).verifyComplete();
    } else {
      work.as(StepVerifier::create).expectNext(1L).verifyComplete();
      Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(1L).verifyComplete();
    }
  }
}
