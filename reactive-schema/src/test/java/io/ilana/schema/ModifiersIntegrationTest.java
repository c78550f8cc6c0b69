package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.QueryException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Comments, generated columns, regex checks, collations and positions, read back from the catalog.
 */
class ModifiersIntegrationTest {

  private static void with(TestDatabase database, Consumer<Schema> body) {
    DatabaseManager manager = TestConnections.open(database);
    try {
      body.accept(Schema.on(manager.connection()));
    } finally {
      manager.close().block();
    }
  }

  private static Object single(DatabaseConnection connection, String sql, Object... bindings) {
    Map<String, Object> row = connection.select(sql, bindings).blockFirst();
    assertThat(row).as(sql).isNotNull();
    return row.values().iterator().next();
  }

  @DialectTest
  void aColumnCommentIsStored(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_comment").block();
          schema
              .createTable("sch_comment", t -> t.string("api_key").comment("User's key; secret"))
              .block();
          String sql =
              switch (database.dialect()) {
                case "postgres" -> "SELECT col_description('sch_comment'::regclass, 1)";
                case "h2" ->
                    "SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'sch_comment'"
                        + " AND TABLE_SCHEMA = CURRENT_SCHEMA";
                default ->
                    "SELECT column_comment FROM information_schema.columns"
                        + " WHERE table_name = 'sch_comment' AND table_schema = DATABASE()";
              };
          assertThat(single(schema.connection(), sql)).isEqualTo("User's key; secret");
        });
  }

  @DialectTest
  void aGeneratedColumnIsComputedByTheDatabase(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_generated").block();
          schema
              .createTable(
                  "sch_generated",
                  t -> {
                    t.integer("n");
                    t.integer("twice").generatedAs("n * 2").stored();
                  })
              .block();
          schema.connection().statement("INSERT INTO sch_generated (n) VALUES (21)").block();
          assertThat(
                  ((Number) single(schema.connection(), "SELECT twice FROM sch_generated"))
                      .intValue())
              .isEqualTo(42);
        });
  }

  @DialectTest
  void aRegexCheckRejectsNonMatchingValues(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_regex").block();
          schema
              .createTable("sch_regex", t -> t.string("email").checkRegex("^[^@]+@[^@]+\\.[a-z]+$"))
              .block();
          schema.connection().statement("INSERT INTO sch_regex (email) VALUES ('a@b.io')").block();
          StepVerifier.create(
                  schema.connection().statement("INSERT INTO sch_regex (email) VALUES ('a@b')"))
              .expectError(QueryException.class)
              .verify();
        });
  }

  @DialectTest
  void collationAndPositionAreAppliedWhereSupported(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_collate").block();
          if ("h2".equals(database.dialect())) {
            StepVerifier.create(
                    schema.createTable("sch_collate", t -> t.string("name").collate("C")))
                .expectError(UnsupportedFeatureException.class)
                .verify();
            return;
          }
          String collation = "postgres".equals(database.dialect()) ? "C" : "utf8mb4_bin";
          schema.createTable("sch_collate", t -> t.string("name").collate(collation)).block();
          assertThat(
                  single(
                      schema.connection(),
                      "SELECT collation_name FROM information_schema.columns WHERE table_name ="
                          + " 'sch_collate' AND column_name = 'name'"))
              .isEqualTo(collation);
          if ("mariadb".equals(database.dialect())) {
            schema.table("sch_collate", t -> t.integer("first_col").first()).block();
            assertThat(schema.getColumnListing("sch_collate").block())
                .isEqualTo(List.of("first_col", "name"));
          } else {
            StepVerifier.create(schema.table("sch_collate", t -> t.integer("x").first()))
                .expectError(UnsupportedFeatureException.class)
                .verify();
          }
        });
  }

  @DialectTest
  void anUnsupportedModifierFailsBeforeAnyStatementRuns(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_never").block();
          assertThatThrownBy(
                  () ->
                      schema
                          .createTable(
                              "sch_never",
                              t -> {
                                t.increments("id");
                                t.macaddr("mac");
                                t.set("flags", List.of("a"));
                              })
                          .block())
              .isInstanceOf(UnsupportedFeatureException.class);
          assertThat(schema.hasTable("sch_never").block()).isFalse();
        });
  }

  @DialectTest
  void useCurrentOnUpdateIsStoredOnMariadbAndRefusedElsewhere(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_on_update").block();
          Mono<Void> create =
              schema.createTable(
                  "sch_on_update",
                  t -> t.timestamp("touched_at").useCurrent().useCurrentOnUpdate());
          if (!"mariadb".equals(database.dialect())) {
            StepVerifier.create(create).expectError(UnsupportedFeatureException.class).verify();
            return;
          }
          create.block();
          assertThat(
                  single(
                      schema.connection(),
                      "SELECT extra FROM information_schema.columns WHERE table_name ="
                          + " 'sch_on_update' AND table_schema = DATABASE()"))
              .asString()
              .containsIgnoringCase("on update current_timestamp");
        });
  }
}
