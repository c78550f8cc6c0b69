package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Creates tables with the schema builder and checks the database's own catalog. */
class SchemaCatalogIntegrationTest {

  private static <T> T with(TestDatabase database, Function<DatabaseConnection, T> body) {
    DatabaseManager manager = TestConnections.open(database);
    try {
      return body.apply(manager.connection());
    } finally {
      manager.close().block();
    }
  }

  @DialectTest
  void everyPortableColumnTypeIsCreatedAsItsNativeType(TestDatabase database) {
    Map<String, String> types =
        with(
            database,
            connection -> {
              Schema schema = Schema.on(connection);
              schema.dropTableIfExists("sch_types").block();
              schema
                  .createTable(
                      "sch_types",
                      t -> {
                        t.increments("id");
                        t.integer("i");
                        t.bigInteger("b");
                        t.smallInteger("sm");
                        t.tinyInteger("ti");
                        t.string("s", 100);
                        t.charColumn("c", 2);
                        t.text("tx");
                        t.booleanColumn("bool");
                        t.date("d");
                        t.time("tm");
                        t.datetime("dt");
                        t.timestamp("ts");
                        t.timestampTz("tz");
                        t.decimal("dec", 10, 2);
                        t.floatColumn("f");
                        t.doubleColumn("dbl");
                        t.uuid("u");
                        t.json("j");
                        t.jsonb("jb");
                        t.enumColumn("e", List.of("a", "b"));
                        t.binary("bin");
                      })
                  .block();
              return Catalog.columnTypes(connection, "sch_types");
            });
    String expected =
        switch (database.dialect()) {
          case "postgres" ->
              "{id=integer, i=integer, b=bigint, sm=smallint, ti=smallint, s=character varying,"
                  + " c=character, tx=text, bool=boolean, d=date, tm=time without time zone,"
                  + " dt=timestamp without time zone, ts=timestamp without time zone,"
                  + " tz=timestamp with time zone, dec=numeric, f=real, dbl=double precision,"
                  + " u=uuid, j=json, jb=jsonb, e=character varying, bin=bytea}";
          case "h2" ->
              "{id=integer, i=integer, b=bigint, sm=smallint, ti=tinyint, s=character varying,"
                  + " c=character, tx=character varying, bool=boolean, d=date, tm=time,"
                  + " dt=timestamp, ts=timestamp, tz=timestamp with time zone, dec=numeric,"
                  + " f=real, dbl=double precision, u=uuid, j=json, jb=json,"
                  + " e=character varying, bin=binary varying}";
          default ->
              "{id=int(10) unsigned, i=int(11), b=bigint(20), sm=smallint(6), ti=tinyint(4),"
                  + " s=varchar(100), c=char(2), tx=text, bool=tinyint(1), d=date, tm=time,"
                  + " dt=datetime, ts=timestamp, tz=timestamp, dec=decimal(10,2), f=float,"
                  + " dbl=double, u=uuid, j=longtext, jb=longtext, e=enum('a','b'), bin=blob}";
        };
    assertThat(types.toString().toLowerCase(java.util.Locale.ROOT)).isEqualTo(expected);
  }

  @DialectTest
  void dialectSpecificTypesAreCreated(TestDatabase database) {
    Map<String, String> types =
        with(
            database,
            connection -> {
              Schema schema = Schema.on(connection);
              schema.dropTableIfExists("sch_special").block();
              schema
                  .createTable(
                      "sch_special",
                      t -> {
                        switch (database.dialect()) {
                          case "postgres" -> {
                            t.inet("ip");
                            t.macaddr("mac");
                            t.point("p");
                            t.array("tags", ColumnType.TEXT);
                            t.specificType("r", "numrange");
                          }
                          case "h2" -> {
                            t.array("tags", ColumnType.INTEGER);
                            t.varbinary("h", 16);
                          }
                          default -> {
                            t.inet("ip");
                            t.set("perm", List.of("r", "w"));
                            t.point("p");
                            t.mediumText("mt");
                            t.longText("lt");
                          }
                        }
                      })
                  .block();
              return Catalog.columnTypes(connection, "sch_special");
            });
    Map<String, String> expected =
        switch (database.dialect()) {
          case "postgres" ->
              Map.of(
                  "ip", "inet", "mac", "macaddr", "p", "point", "tags", "array", "r", "numrange");
          case "h2" -> Map.of("tags", "array", "h", "binary varying");
          default ->
              Map.of(
                  "ip",
                  "inet6",
                  "perm",
                  "set('r','w')",
                  "p",
                  "point",
                  "mt",
                  "mediumtext",
                  "lt",
                  "longtext");
        };
    assertThat(types).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @DialectTest
  void nullabilityAndDefaultsAreStored(TestDatabase database) {
    Map<String, Map<String, String>> catalog =
        with(
            database,
            connection -> {
              Schema schema = Schema.on(connection);
              schema.dropTableIfExists("sch_defaults").block();
              schema
                  .createTable(
                      "sch_defaults",
                      t -> {
                        t.string("role").notNullable().defaultTo("user");
                        t.string("nick").nullable();
                        t.integer("logins").defaultTo(0);
                        t.booleanColumn("active").defaultTo(true);
                        t.timestamp("at").useCurrent();
                      })
                  .block();
              return Map.of(
                  "nullable", Catalog.nullability(connection, "sch_defaults"),
                  "defaults", Catalog.defaults(connection, "sch_defaults"));
            });
    assertThat(catalog.get("nullable"))
        .contains(entry("role", "NO"), entry("nick", "YES"), entry("logins", "YES"));
    assertThat(catalog.get("defaults").get("role")).contains("user");
    assertThat(catalog.get("defaults").get("logins")).contains("0");
    assertThat(catalog.get("defaults").get("active")).containsAnyOf("1", "true", "TRUE");
    assertThat(catalog.get("defaults").get("at").toLowerCase(java.util.Locale.ROOT))
        .containsAnyOf("current_timestamp", "now()");
    assertThat(catalog.get("defaults")).doesNotContainKey("nick");
  }

  @DialectTest
  void indexesUniqueConstraintsAndForeignKeysAreCreatedWithTheirNames(TestDatabase database) {
    Map<String, Object> catalog =
        with(
            database,
            connection -> {
              Schema schema = Schema.on(connection);
              schema.dropTableIfExists("sch_child").block();
              schema.dropTableIfExists("sch_parent").block();
              schema.createTable("sch_parent", t -> t.bigIncrements("id")).block();
              schema
                  .createTable(
                      "sch_child",
                      t -> {
                        t.increments("id");
                        t.foreignId("parent_id").constrained("sch_parent").onDelete("cascade");
                        t.foreignId("other_id").nullable();
                        t.string("email").unique();
                        t.string("name").index();
                        t.index(List.of("name", "email"), "sch_child_name_email_idx");
                        t.foreign("other_id", "sch_child_other_fk")
                            .references("id")
                            .inTable("sch_parent")
                            .onDelete("set null");
                      })
                  .block();
              return Map.of(
                  "indexes", Catalog.indexNames(connection, "sch_child"),
                  "fks", Catalog.foreignKeys(connection, "sch_child"));
            });
    @SuppressWarnings("unchecked")
    List<String> indexes = (List<String>) catalog.get("indexes");
    @SuppressWarnings("unchecked")
    Map<String, String> fks = (Map<String, String>) catalog.get("fks");
    // H2 names a constraint's backing index after the constraint with a suffix.
    assertThat(indexes)
        .anyMatch(name -> name.startsWith("sch_child_email_unique"))
        .contains("sch_child_name_index", "sch_child_name_email_idx");
    assertThat(fks)
        .containsEntry("sch_child_parent_id_foreign", "CASCADE")
        .containsEntry("sch_child_other_fk", "SET NULL");
  }
}
