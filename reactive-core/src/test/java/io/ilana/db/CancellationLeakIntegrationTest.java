package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.sql.Sql;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Cancellation storms must not leak pooled connections nor leave one that hangs on its next query
 * (r2dbc-pool #140/#144, jOOQ #20112).
 */
class CancellationLeakIntegrationTest {
  private static final String TABLE = "leak_rows";
  private static final int POOL_SIZE = 10;
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private DatabaseConnection openWithThousandRows(TestDatabase database) {
    manager = TestManagers.open(database, POOL_SIZE);
    DatabaseConnection connection = manager.connection();
    Tables.recreate(connection, TABLE);
    Flux.range(0, 10)
        .concatMap(batch -> connection.update(hundredRows(connection, batch)))
        .then()
        .as(StepVerifier::create)
        .verifyComplete();
    Tables.count(connection, TABLE).as(StepVerifier::create).expectNext(1000L).verifyComplete();
    return connection;
  }

  private static Sql hundredRows(DatabaseConnection connection, int batch) {
    StringBuilder text = new StringBuilder("insert into " + TABLE + " (name, n) values ");
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = batch * 100 + i;
      text.append(i == 0 ? "" : ", ")
          .append('(')
          .append(connection.dialect().bindMarker(values.size() + 1))
          .append(", ")
          .append(connection.dialect().bindMarker(values.size() + 2))
          .append(')');
      values.add("row-" + n);
      values.add(n);
    }
    return new Sql(text.toString(), values);
  }

  @DialectTest
  void cancelledQueriesReturnEveryConnectionInWorkingOrder(TestDatabase database) {
    DatabaseConnection connection = openWithThousandRows(database);
    String query = "select id, name, n from " + TABLE + " order by id";

    Flux.range(0, 2_000)
        .flatMap(i -> connection.select(query).take(1), 8)
        .count()
        .as(StepVerifier::create)
        .expectNext(2_000L)
        .verifyComplete();

    Flux.range(0, 500)
        .flatMap(
            i ->
                connection
                    .select(query)
                    .concatMap(row -> Mono.delay(Duration.ofMillis(1)).thenReturn(row))
                    .count()
                    .timeout(Duration.ofMillis(15))
                    .onErrorResume(TimeoutException.class, e -> Mono.just(-1L)),
            8)
        .as(StepVerifier::create)
        .thenConsumeWhile(rows -> rows == -1L)
        .verifyComplete();

    Storms.awaitNoneAcquired(connection, Duration.ofSeconds(30));
    Storms.everyPooledConnectionAnswers(connection, POOL_SIZE);
    assertThat(connection.poolStats().acquired()).isZero();
  }

  @DialectTest
  void cancelledTransactionsReturnEveryConnection(TestDatabase database) {
    DatabaseConnection connection = openWithThousandRows(database);
    Flux.range(0, 300)
        .flatMap(
            i ->
                connection
                    .transactionMany(trx -> connection.select("select * from " + TABLE))
                    .take(1),
            8)
        .count()
        .as(StepVerifier::create)
        .expectNext(300L)
        .verifyComplete();
    Storms.awaitNoneAcquired(connection, Duration.ofSeconds(30));
    Storms.everyPooledConnectionAnswers(connection, POOL_SIZE);
  }
}
