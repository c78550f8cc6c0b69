package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.QueryException;
import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import reactor.test.StepVerifier;

/** Schema operations on real databases, checked through the catalog and by behaviour. */
class SchemaOperationsIntegrationTest {

  private static void with(TestDatabase database, Consumer<Schema> body) {
    DatabaseManager manager = TestConnections.open(database);
    try {
      body.accept(Schema.on(manager.connection()));
    } finally {
      manager.close().block();
    }
  }

  @DialectTest
  void hasTableSeesCreatedAndDroppedTables(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_exists").block();
          assertThat(schema.hasTable("sch_exists").block()).isFalse();
          schema.createTable("sch_exists", t -> t.increments("id")).block();
          assertThat(schema.hasTable("sch_exists").block()).isTrue();
          schema.dropTable("sch_exists").block();
          assertThat(schema.hasTable("sch_exists").block()).isFalse();
        });
  }

  @DialectTest
  void renameTableMovesTheTable(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_old").block();
          schema.dropTableIfExists("sch_new").block();
          schema.createTable("sch_old", t -> t.increments("id")).block();
          schema.renameTable("sch_old", "sch_new").block();
          assertThat(schema.hasTable("sch_old").block()).isFalse();
          assertThat(schema.hasTable("sch_new").block()).isTrue();
        });
  }

  @DialectTest
  void alterAddsRenamesChangesAndDropsColumns(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_alter").block();
          schema
              .createTable(
                  "sch_alter",
                  t -> {
                    t.increments("id");
                    t.string("name");
                    t.string("phone", 20);
                    t.string("obsolete");
                  })
              .block();
          schema
              .table(
                  "sch_alter",
                  t -> {
                    t.text("bio").nullable();
                    t.string("phone", 40).notNullable().defaultTo("none").alter();
                    t.renameColumn("name", "full_name");
                    t.dropColumn("obsolete");
                  })
              .block();
          assertThat(schema.getColumnListing("sch_alter").block())
              .containsExactly("id", "full_name", "phone", "bio");
          assertThat(schema.hasColumn("sch_alter", "FULL_NAME").block()).isTrue();
          assertThat(Catalog.columnTypes(schema.connection(), "sch_alter").get("phone"))
              .isIn("character varying", "varchar(40)");
          assertThat(Catalog.nullability(schema.connection(), "sch_alter").get("phone"))
              .isEqualTo("NO");
        });
  }

  @DialectTest
  void aStringDefaultWithQuotesAndBackslashesIsStoredExactly(TestDatabase database) {
    String nasty = "it's \\ \"quoted\"; -- \\' OR 1=1";
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_literal").block();
          schema
              .createTable(
                  "sch_literal",
                  t -> {
                    t.increments("id");
                    t.integer("n");
                    t.string("v").defaultTo(nasty);
                  })
              .block();
          DatabaseConnection connection = schema.connection();
          connection.statement("INSERT INTO sch_literal (n) VALUES (1)").block();
          Object stored =
              connection
                  .select("SELECT v FROM sch_literal")
                  .blockFirst()
                  .values()
                  .iterator()
                  .next();
          assertThat(stored).isEqualTo(nasty);
        });
  }

  @DialectTest
  void uniqueForeignKeyAndCheckConstraintsAreEnforced(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_c_child").block();
          schema.dropTableIfExists("sch_c_parent").block();
          schema.createTable("sch_c_parent", t -> t.bigIncrements("id")).block();
          schema
              .createTable(
                  "sch_c_child",
                  t -> {
                    t.increments("id");
                    t.foreignId("parent_id").constrained("sch_c_parent").cascadeOnDelete();
                    t.string("email").unique();
                    t.integer("age").checkPositive();
                  })
              .block();
          DatabaseConnection c = schema.connection();
          c.statement("INSERT INTO sch_c_parent (id) VALUES (1)").block();
          c.statement("INSERT INTO sch_c_child (parent_id, email, age) VALUES (1, 'a@x', 3)")
              .block();
          StepVerifier.create(
                  c.statement(
                      "INSERT INTO sch_c_child (parent_id, email, age) VALUES (1, 'a@x', 4)"))
              .expectError(UniqueConstraintViolationException.class)
              .verify();
          StepVerifier.create(
                  c.statement(
                      "INSERT INTO sch_c_child (parent_id, email, age) VALUES (1, 'b@x', -1)"))
              .expectError(QueryException.class)
              .verify();
          c.statement("DELETE FROM sch_c_parent").block();
          assertThat(c.select("SELECT id FROM sch_c_child").collectList().block()).isEmpty();
        });
  }

  @DialectTest
  void enumColumnsRejectValuesOutsideTheList(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_enum").block();
          schema
              .createTable("sch_enum", t -> t.enumColumn("status", List.of("draft", "published")))
              .block();
          schema.connection().statement("INSERT INTO sch_enum (status) VALUES ('draft')").block();
          StepVerifier.create(
                  schema.connection().statement("INSERT INTO sch_enum (status) VALUES ('bogus')"))
              .expectError(QueryException.class)
              .verify();
        });
  }

  @DialectTest
  void aFailingIndexLeavesNoTableOnAnyDatabase(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_atomic").block();
          StepVerifier.create(
                  schema.createTable(
                      "sch_atomic",
                      t -> {
                        t.increments("id");
                        t.index(List.of("missing_column"), "sch_atomic_bad");
                      }))
              .expectError(QueryException.class)
              .verify();
          // A transaction undoes the create where DDL is transactional, a drop elsewhere.
          assertThat(schema.hasTable("sch_atomic").block()).isFalse();
        });
  }
}
