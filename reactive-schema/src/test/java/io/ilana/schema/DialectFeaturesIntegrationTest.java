package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.function.Consumer;

/** Indexes and keys only some databases have, and dropping what the builder created. */
class DialectFeaturesIntegrationTest {

  private static void with(TestDatabase database, Consumer<Schema> body) {
    DatabaseManager manager = TestConnections.open(database);
    try {
      body.accept(Schema.on(manager.connection()));
    } finally {
      manager.close().block();
    }
  }

  @DialectTest
  void eachDatabasesSpecialIndexesAreCreated(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_special_idx").block();
          schema
              .createTable(
                  "sch_special_idx",
                  t -> {
                    t.increments("id");
                    t.string("title").notNullable();
                    t.text("body");
                    t.booleanColumn("published");
                    switch (database.dialect()) {
                      case "postgres" -> {
                        t.jsonb("data");
                        t.point("location");
                        t.index(List.of("data"), "sch_special_idx_gin", IndexType.GIN);
                        t.index(List.of("title"), "sch_special_idx_partial")
                            .where("published = true");
                        t.spatialIndex(List.of("location"));
                      }
                      case "h2" -> t.index(List.of("title", "published"), "sch_special_idx_plain");
                      default -> {
                        t.point("location").notNullable();
                        t.index(List.of("title", "body"), "sch_special_idx_ft", IndexType.FULLTEXT);
                        t.spatialIndex(List.of("location"));
                      }
                    }
                  })
              .block();
          List<String> expected =
              switch (database.dialect()) {
                case "postgres" ->
                    List.of(
                        "sch_special_idx_gin",
                        "sch_special_idx_partial",
                        "sch_special_idx_location_spatial");
                case "h2" -> List.of("sch_special_idx_plain");
                default -> List.of("sch_special_idx_ft", "sch_special_idx_location_spatial");
              };
          assertThat(Catalog.indexNames(schema.connection(), "sch_special_idx"))
              .containsAll(expected);
        });
  }

  @DialectTest
  void dropIndexUniqueForeignAndPrimaryRemoveWhatWasCreated(TestDatabase database) {
    with(
        database,
        schema -> {
          schema.dropTableIfExists("sch_drops").block();
          schema.dropTableIfExists("sch_drops_parent").block();
          schema.createTable("sch_drops_parent", t -> t.bigIncrements("id")).block();
          schema
              .createTable(
                  "sch_drops",
                  t -> {
                    t.integer("code").notNullable().primary();
                    t.foreignId("parent_id").constrained("sch_drops_parent");
                    t.string("email").unique();
                    t.string("name").index();
                  })
              .block();
          schema
              .table(
                  "sch_drops",
                  t -> {
                    t.dropForeign(List.of("parent_id"));
                    t.dropUnique(List.of("email"));
                    t.dropIndex(List.of("name"));
                    t.dropPrimary();
                  })
              .block();
          assertThat(Catalog.foreignKeys(schema.connection(), "sch_drops")).isEmpty();
          assertThat(Catalog.indexNames(schema.connection(), "sch_drops"))
              .noneMatch(name -> name.startsWith("sch_drops_email_unique"))
              .doesNotContain("sch_drops_name_index", "primary", "sch_drops_pkey");
        });
  }

  @DialectTest
  void schemaQualifiedTablesWorkWhereSchemasExist(TestDatabase database) {
    with(
        database,
        schema -> {
          if ("mariadb".equals(database.dialect())) {
            // A MariaDB schema is a database: qualified names reach the test database itself.
            schema.dropTableIfExists(TestConnections.DATABASE + ".sch_qualified").block();
            schema
                .createTable(TestConnections.DATABASE + ".sch_qualified", t -> t.increments("id"))
                .block();
            assertThat(schema.hasTable(TestConnections.DATABASE + ".sch_qualified").block())
                .isTrue();
            return;
          }
          schema.dropSchemaIfExists("sch_analytics").block();
          schema.createSchema("sch_analytics").block();
          schema
              .createTable(
                  "sch_analytics.events",
                  t -> {
                    t.uuid("id").primary();
                    t.string("kind").index();
                    t.timestamp("created_at").defaultTo(schema.fn().now());
                  })
              .block();
          assertThat(schema.hasTable("sch_analytics.events").block()).isTrue();
          assertThat(schema.hasTable("events").block()).isFalse();
          assertThat(schema.getColumnListing("sch_analytics.events").block())
              .containsExactly("id", "kind", "created_at");
          schema.dropSchemaIfExists("sch_analytics").block();
        });
  }
}
