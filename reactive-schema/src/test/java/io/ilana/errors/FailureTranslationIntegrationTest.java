package io.ilana.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.ForeignKeyDefinitionException;
import io.ilana.error.LostConnectionException;
import io.ilana.error.QueryException;
import io.ilana.error.ValueTooLongException;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.ServerDialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The same failure is the same exception, with the same SQLSTATE, on every database (MySQL and
 * MariaDB included, whose driver reports no SQLSTATE).
 */
class FailureTranslationIntegrationTest {
  private static final String TEXTS = "s11a_err_texts";
  private static final String PARENTS = "s11a_err_parents";
  private static final String CHILDREN = "s11a_err_children";

  private DatabaseManager manager;
  private DatabaseManager other;

  @AfterEach
  void close() {
    if (manager != null) {
      Schema schema = Schema.on(manager.connection());
      schema.dropTableIfExists(CHILDREN).block();
      schema.dropTableIfExists(PARENTS).block();
      schema.dropTableIfExists(TEXTS).block();
      manager.close().block();
    }
    if (other != null) {
      other.close().block();
    }
  }

  private Schema schema(TestDatabase database) {
    manager = TestConnections.open(database);
    Schema schema = Schema.on(manager.connection());
    schema.dropTableIfExists(CHILDREN).block();
    schema.dropTableIfExists(PARENTS).block();
    schema.dropTableIfExists(TEXTS).block();
    return schema;
  }

  private Mono<Long> insertText(String column, String value) {
    DatabaseConnection connection = manager.connection();
    return connection.update(
        "insert into "
            + TEXTS
            + " ("
            + column
            + ") values ("
            + connection.dialect().bindMarker(1)
            + ")",
        value);
  }

  @DialectTest
  void aValueLongerThanItsStringColumnIsValueTooLongWithSqlState22001(TestDatabase database) {
    schema(database).createTable(TEXTS, t -> t.string("code", 5)).block();
    insertText("code", "abcdefgh")
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ValueTooLongException.class);
              assertThat(((QueryException) error).sqlState()).isEqualTo("22001");
            })
        .verify(Duration.ofSeconds(10));
  }

  /** MySQL's and MariaDB's TEXT holds 65,535 bytes; PostgreSQL's and H2's hold the megabyte. */
  @DialectTest
  void aMegabyteIntoATextColumnIsRefusedAsTooLongOnlyWhereTextHasALimit(TestDatabase database) {
    schema(database).createTable(TEXTS, t -> t.text("body")).block();
    String megabyte = "x".repeat(1_000_000);
    if (database.dialect().startsWith("m")) {
      insertText("body", megabyte)
          .as(StepVerifier::create)
          .expectErrorSatisfies(
              error -> {
                assertThat(error).isInstanceOf(ValueTooLongException.class);
                assertThat(((QueryException) error).sqlState()).isEqualTo("22001");
                assertThat(((QueryException) error).errorCode()).isEqualTo(1406);
              })
          .verify(Duration.ofSeconds(10));
    } else {
      insertText("body", megabyte).as(StepVerifier::create).expectNext(1L).verifyComplete();
      manager
          .connection()
          .select("select body from " + TEXTS)
          .map(row -> String.valueOf(row.get("body")).length())
          .as(StepVerifier::create)
          .expectNext(1_000_000)
          .verifyComplete();
    }
  }

  @DialectTest
  void aForeignKeyToAColumnThatIsNoKeyIsForeignKeyDefinitionWithSqlState42830(
      TestDatabase database) {
    Schema schema = schema(database);
    schema.createTable(PARENTS, t -> t.string("code", 10)).block();
    schema
        .createTable(
            CHILDREN,
            t -> {
              t.string("parent_code", 10);
              t.foreign("parent_code").references("code").on(PARENTS);
            })
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ForeignKeyDefinitionException.class);
              assertThat(((QueryException) error).sqlState()).isEqualTo("42830");
            })
        .verify(Duration.ofSeconds(10));
  }

  /** The test kills its own session only, from a second connection of its own. */
  @ServerDialectTest
  void aSessionKilledUnderARunningStatementIsALostConnectionWithItsSqlState(TestDatabase database) {
    schema(database);
    other = TestConnections.open(database);
    DatabaseConnection connection = manager.connection();
    boolean postgres = "postgres".equals(database.dialect());
    String idQuery = postgres ? "select pg_backend_pid() as id" : "select connection_id() as id";
    String sleep = postgres ? "select pg_sleep(5)" : "select sleep(5)";
    connection
        .transaction(
            trx ->
                connection
                    .select(idQuery)
                    .next()
                    .map(FailureTranslationIntegrationTest::sessionId)
                    .flatMap(
                        id ->
                            Mono.when(
                                connection.select(sleep).then(),
                                Mono.delay(Duration.ofMillis(300))
                                    .then(
                                        other.connection().select(killSql(postgres, id)).then()))))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(LostConnectionException.class)
                    .hasMessage(
                        postgres
                            ? "terminating connection due to administrator command [connection:"
                                + " postgres, SQLSTATE: 57P01, SQL: select pg_sleep(5),"
                                + " bindings: []]"
                            : "Connection unexpectedly closed [connection: "
                                + database.dialect()
                                + ", SQLSTATE: 08006, SQL: select sleep(5), bindings: []]"))
        .verify(Duration.ofSeconds(30));
  }

  private static long sessionId(Map<String, Object> row) {
    return ((Number) row.values().iterator().next()).longValue();
  }

  private static String killSql(boolean postgres, long id) {
    return postgres ? "select pg_terminate_backend(" + id + ")" : "kill " + id;
  }
}
