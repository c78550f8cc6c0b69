package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.sql.Secret;
import io.ilana.sql.Sql;
import io.ilana.sql.TypedNull;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

class QueryLogIntegrationTest {
  private static final String TABLE = "log_items";
  private DatabaseManager manager;

  @AfterEach
  void close() {
    manager.close().block();
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    return connection;
  }

  @DialectTest
  void listenersHearEachStatementWithItsRowsAndMaskedSecrets(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<QueryEvent> events = new CopyOnWriteArrayList<>();
    Disposable listening = manager.listen(events::add);
    String insert = Tables.insert(connection, TABLE);
    connection
        .update(new Sql(insert, List.of(Secret.of("hunter2"), 7)))
        .thenMany(connection.select("select * from " + TABLE))
        .then()
        .as(StepVerifier::create)
        .verifyComplete();
    listening.dispose();
    connection.select("select 1 as one").then().as(StepVerifier::create).verifyComplete();

    assertThat(events).hasSize(2);
    QueryEvent write = events.get(0);
    assertThat(write.connectionName()).isEqualTo(database.dialect());
    assertThat(write.sql()).isEqualTo(insert);
    assertThat(write.bindings()).containsExactly("****", "7");
    assertThat(write.rows()).isEqualTo(1);
    assertThat(write.outcome()).isEqualTo(QueryEvent.Outcome.COMPLETED);
    assertThat(events.get(1).rows()).isEqualTo(1);
    assertThat(events.get(1).duration()).isPositive();
  }

  @DialectTest
  void failedStatementsAreReportedAsFailed(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<QueryEvent> events = new CopyOnWriteArrayList<>();
    manager.listen(events::add);
    connection
        .select("select no_such_column from " + TABLE)
        .then()
        .as(StepVerifier::create)
        .expectError(io.ilana.error.QueryException.class)
        .verify();
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(QueryEvent.Outcome.FAILED);
              assertThat(e.error()).isInstanceOf(io.ilana.error.QueryException.class);
            });
  }

  @DialectTest
  void slowQueryHookSeesOnlyStatementsOverItsThreshold(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<QueryEvent> overZero = new CopyOnWriteArrayList<>();
    List<QueryEvent> overAnHour = new CopyOnWriteArrayList<>();
    manager.onSlowQuery(Duration.ZERO, overZero::add);
    manager.onSlowQuery(Duration.ofHours(1), overAnHour::add);
    connection.select("select 1 as one").then().as(StepVerifier::create).verifyComplete();
    assertThat(overZero).hasSize(1);
    assertThat(overAnHour).isEmpty();
  }

  @DialectTest
  void typedAndUntypedNullsBind(TestDatabase database) {
    DatabaseConnection connection = open(database);
    String insert = Tables.insert(connection, TABLE);
    connection
        .update(new Sql(insert, java.util.Arrays.asList("untyped", null)))
        .then(connection.update(new Sql(insert, List.of("typed", TypedNull.of(Integer.class)))))
        .then(Tables.count(connection, TABLE))
        .as(StepVerifier::create)
        .expectNext(2L)
        .verifyComplete();
    connection
        .select("select count(*) as c from " + TABLE + " where n is null")
        .map(row -> ((Number) row.get("c")).longValue())
        .as(StepVerifier::create)
        .expectNext(2L)
        .verifyComplete();
  }

  @DialectTest
  void cursorStreamsEveryRowWithAFetchSize(TestDatabase database) {
    DatabaseConnection connection = open(database);
    String insert = Tables.insert(connection, TABLE);
    reactor.core.publisher.Flux.range(0, 250)
        .concatMap(i -> connection.update(insert, "r" + i, i))
        .then()
        .as(StepVerifier::create)
        .verifyComplete();
    connection
        .cursor(Sql.of("select n from " + TABLE + " order by n"), 50)
        .map(row -> ((Number) row.get("n")).intValue())
        .reduce(0, Integer::sum)
        .as(StepVerifier::create)
        .expectNext(249 * 250 / 2)
        .verifyComplete();
  }
}
