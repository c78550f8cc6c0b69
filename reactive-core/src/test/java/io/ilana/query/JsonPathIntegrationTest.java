package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.TestManagers;
import io.ilana.testkit.ServerDialectTest;
import io.ilana.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/** JSON paths on the databases that have JSON columns (H2's refusal is in the snapshot tests). */
class JsonPathIntegrationTest {
  private DatabaseManager manager;

  @AfterEach
  void close() {
    manager.close().block();
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database);
    DatabaseConnection connection = manager.connection();
    String json = "postgres".equals(database.dialect()) ? "jsonb" : "json";
    connection
        .statement("drop table if exists qb_json_people")
        .then(
            connection.statement(
                "create table qb_json_people (id int primary key, meta " + json + ")"))
        .then(
            connection.statement(
                "insert into qb_json_people values"
                    + " (1, '{\"age\": 25, \"vip\": true, \"a\": \"x\", \"b\": \"y\"}'),"
                    + " (2, '{\"age\": 40, \"vip\": false, \"a\": \"z\", \"b\": \"w\"}')"))
        .as(StepVerifier::create)
        .verifyComplete();
    return connection;
  }

  @ServerDialectTest
  void numbersAndBooleansCompareWithValuesInsideJson(TestDatabase database) {
    DatabaseConnection connection = open(database);
    QueryBuilder.on(connection)
        .from("qb_json_people")
        .where("meta->age", ">", 30)
        .pluck("id")
        .as(StepVerifier::create)
        .assertNext(
            ids ->
                assertThat(ids)
                    .hasSize(1)
                    .first()
                    .satisfies(id -> assertThat(((Number) id).intValue()).isEqualTo(2)))
        .verifyComplete();
  }

  @ServerDialectTest
  void severalJsonPathsInTheSelectListKeepTheirOwnColumns(TestDatabase database) {
    DatabaseConnection connection = open(database);
    QueryBuilder.on(connection)
        .from("qb_json_people")
        .select("meta->a", "meta->b")
        .where("id", 1)
        .first()
        .as(StepVerifier::create)
        .assertNext(row -> assertThat(row).containsEntry("a", "x").containsEntry("b", "y"))
        .verifyComplete();
  }
}
