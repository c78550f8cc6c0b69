package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.DialectsTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/**
 * {@code geometry} and {@code lineString} are PostGIS types on PostgreSQL: without the extension a
 * create fails before any DDL, saying what to install; with it they are created. {@code point} and
 * {@code polygon} are native. MySQL, MariaDB and H2 have all four.
 */
class PostgisColumnIntegrationTest {
  private static final String TABLE = "s11a_shapes";
  private static final String WITHOUT_POSTGIS = "s11a_nopostgis";
  private static final String WITH_POSTGIS = "s11a_postgis";

  private DatabaseManager manager;
  private Schema schema;

  @AfterEach
  void close() {
    if (manager != null) {
      schema.dropTableIfExists(TABLE).block();
      manager.close().block();
    }
  }

  private void open(TestDatabase database, String name) {
    manager = TestConnections.open(database, name);
    schema = Schema.on(manager.connection());
    schema.dropTableIfExists(TABLE).block();
  }

  private static boolean isPostgres(TestDatabase database) {
    return "postgres".equals(database.dialect());
  }

  private void openWithoutPostgis(TestDatabase database) {
    open(database, WITHOUT_POSTGIS);
    schema.raw("DROP EXTENSION IF EXISTS postgis").block();
  }

  private int serverMajor() {
    return manager
        .connection()
        .select("select current_setting('server_version_num')::int / 10000 as major")
        .next()
        .map(row -> ((Number) row.get("major")).intValue())
        .block();
  }

  private void expectMissingPostgis(Consumer<Blueprint> definition, String type, String column) {
    String expected =
        "PostgreSQL column type "
            + type
            + " (column '"
            + column
            + "' on table 's11a_shapes') needs the PostGIS extension: install postgis (e.g."
            + " postgresql-"
            + serverMajor()
            + "-postgis-3) and run CREATE EXTENSION postgis.";
    schema
        .createTable(TABLE, definition)
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessage(expected))
        .verify(Duration.ofSeconds(10));
    schema.hasTable(TABLE).as(StepVerifier::create).expectNext(false).verifyComplete();
  }

  @DialectsTest("postgres")
  void aGeometryColumnWithoutPostgisSaysWhatToInstall(TestDatabase database) {
    openWithoutPostgis(database);
    expectMissingPostgis(
        t -> {
          t.increments("id");
          t.geometry("shape");
        },
        "geometry",
        "shape");
  }

  @DialectsTest("postgres")
  void aLineStringColumnWithoutPostgisSaysWhatToInstall(TestDatabase database) {
    openWithoutPostgis(database);
    expectMissingPostgis(
        t -> {
          t.increments("id");
          t.lineString("route");
        },
        "lineString",
        "route");
  }

  @DialectsTest("postgres")
  void pointAndPolygonColumnsNeedNoPostgis(TestDatabase database) {
    openWithoutPostgis(database);
    schema
        .createTable(
            TABLE,
            t -> {
              t.point("spot");
              t.polygon("area");
            })
        .as(StepVerifier::create)
        .verifyComplete();
  }

  @DialectTest
  void geometryAndLineStringColumnsAreCreatedWhereTheDatabaseHasThem(TestDatabase database) {
    if (isPostgres(database)) {
      open(database, WITH_POSTGIS);
      schema.raw("CREATE EXTENSION IF NOT EXISTS postgis").block();
    } else {
      open(database, TestConnections.DATABASE);
    }
    schema
        .createTable(
            TABLE,
            t -> {
              t.geometry("shape").nullable();
              t.lineString("route").nullable();
            })
        .as(StepVerifier::create)
        .verifyComplete();
    schema
        .getColumnListing(TABLE)
        .as(StepVerifier::create)
        .expectNext(java.util.List.of("shape", "route"))
        .verifyComplete();
  }
}
