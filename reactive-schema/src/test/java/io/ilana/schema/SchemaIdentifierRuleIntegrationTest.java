package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.error.InvalidIdentifierException;
import io.ilana.query.Query;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.DialectsTest;
import io.ilana.testkit.HostileInput;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The schema builder holds names to the query builder's rule: every name of the shared hostile
 * corpus is refused by every schema method before any DDL is sent, every unusual name the query
 * builder accepts can be created by a migration and read back, and the length limit is the
 * database's own.
 */
class SchemaIdentifierRuleIntegrationTest {
  static final String TABLE = "s12f_names";
  static final String PREFIX = "s12f_";

  private final List<QueryEvent> sent = new CopyOnWriteArrayList<>();
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private Schema open(TestDatabase database) {
    manager = TestConnections.open(database);
    return Schema.on(manager.connection());
  }

  /** Each schema method that takes a name, given the hostile name in that place. */
  private static Map<String, BiFunction<Schema, String, Mono<Void>>> methods() {
    Map<String, BiFunction<Schema, String, Mono<Void>>> m = new LinkedHashMap<>();
    m.put("createTable(table)", (s, n) -> s.createTable(n, t -> t.increments("id")));
    m.put("createTable(column)", (s, n) -> s.createTable(TABLE, t -> t.string(n)));
    m.put("table(table)", (s, n) -> s.table(n, t -> t.string("a")));
    m.put("table(column)", (s, n) -> s.table(TABLE, t -> t.integer(n)));
    m.put("table(renameColumn)", (s, n) -> s.table(TABLE, t -> t.renameColumn("a", n)));
    m.put("table(dropColumn)", (s, n) -> s.table(TABLE, t -> t.dropColumn(n)));
    m.put("index(column)", (s, n) -> s.table(TABLE, t -> t.index(List.of(n))));
    m.put("index(name)", (s, n) -> s.table(TABLE, t -> t.index(List.of("a"), n)));
    m.put("unique(name)", (s, n) -> s.table(TABLE, t -> t.unique(List.of("a"), n)));
    m.put("column.unique(name)", (s, n) -> s.table(TABLE, t -> t.string("b").unique(n)));
    m.put("column.index(name)", (s, n) -> s.table(TABLE, t -> t.string("b").index(n)));
    m.put("dropIndex(name)", (s, n) -> s.table(TABLE, t -> t.dropIndex(n)));
    m.put("foreign(column)", (s, n) -> s.table(TABLE, t -> t.foreign(n).on("s12f_other")));
    m.put(
        "foreign(references)",
        (s, n) -> s.table(TABLE, t -> t.foreign("a").references(n).on("s12f_other")));
    m.put("foreign(inTable)", (s, n) -> s.table(TABLE, t -> t.foreign("a").inTable(n)));
    m.put("foreign(name)", (s, n) -> s.table(TABLE, t -> t.foreign("a").on("s12f_other").name(n)));
    m.put("dropForeign(name)", (s, n) -> s.table(TABLE, t -> t.dropForeign(n)));
    m.put("dropTable", Schema::dropTable);
    m.put("renameTable", (s, n) -> s.renameTable(TABLE, n));
    return m;
  }

  @DialectTest
  void everyHostileNameIsRefusedByEverySchemaMethodBeforeAnyDdlIsSent(TestDatabase database) {
    Schema schema = open(database);
    manager.listen(sent::add);
    List<String> escaped = new ArrayList<>();
    for (Map.Entry<String, BiFunction<Schema, String, Mono<Void>>> method : methods().entrySet()) {
      for (String name : HostileInput.identifiers()) {
        Throwable failure =
            method
                .getValue()
                .apply(schema, name)
                .then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just)
                .block();
        if (!(failure instanceof InvalidIdentifierException)) {
          escaped.add(method.getKey() + " let through " + name + ": " + failure);
        }
      }
    }
    assertThat(escaped).isEmpty();
    assertThat(sent).isEmpty();
  }

  @DialectTest
  void everyUnusualNameTheQueryBuilderAcceptsIsACreatableColumn(TestDatabase database) {
    Schema schema = open(database);
    List<String> names = HostileInput.acceptedNames();
    schema.dropTableIfExists(TABLE).block();
    schema
        .createTable(
            TABLE,
            t -> {
              t.increments("id");
              names.forEach(name -> t.string(name, 20).nullable());
            })
        .block();
    Map<String, Object> row = new LinkedHashMap<>();
    names.forEach(name -> row.put(name, "v" + names.indexOf(name)));
    Query.table(manager.connection(), TABLE).insert(row).block();

    for (String name : names) {
      assertThat(
              Query.table(manager.connection(), TABLE)
                  .where(name, row.get(name))
                  .value(name)
                  .block())
          .as(name)
          .isEqualTo(row.get(name));
    }
    schema.dropTable(TABLE).block();
  }

  @DialectTest
  void everyUnusualNameTheQueryBuilderAcceptsIsACreatableTable(TestDatabase database) {
    Schema schema = open(database);
    // A table carries the test prefix, so the 63-byte name is checked as a column only.
    List<String> tables =
        HostileInput.acceptedNames().stream()
            .filter(name -> name.length() <= 58)
            .map(name -> PREFIX + name)
            .toList();
    for (String table : tables) {
      schema.dropTableIfExists(table).block();
      schema.createTable(table, t -> t.string("label", 20)).block();
      Query.table(manager.connection(), table).insert(Map.of("label", table)).block();
      assertThat(Query.table(manager.connection(), table).value("label").block())
          .as(table)
          .isEqualTo(table);
      schema.dropTable(table).block();
    }
  }

  @DialectsTest("h2")
  void onH2AColumnNameOf200CharactersIsAllowedAsH2Allows256(TestDatabase database) {
    Schema schema = open(database);
    String name = "c".repeat(200);
    schema.dropTableIfExists(TABLE).block();
    schema.createTable(TABLE, t -> t.integer(name)).block();
    Query.table(manager.connection(), TABLE).insert(Map.of(name, 7)).block();
    assertThat(Query.table(manager.connection(), TABLE).value(name).block()).isEqualTo(7);
    schema.dropTable(TABLE).block();
  }

  @DialectsTest({"postgres", "mysql", "mariadb"})
  void onTheServersAColumnNameOf200CharactersIsRefusedBeforeAnyDdl(TestDatabase database) {
    Schema schema = open(database);
    String name = "c".repeat(200);
    manager.listen(sent::add);
    String limit = "postgres".equals(database.dialect()) ? "63 bytes" : "64 characters";
    String unit = "postgres".equals(database.dialect()) ? "bytes" : "characters";
    schema
        .createTable(TABLE, t -> t.integer(name))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(InvalidIdentifierException.class)
                    .hasMessage(
                        "The name \""
                            + name
                            + "\" is 200 "
                            + unit
                            + " long; the "
                            + database.dialect()
                            + " database allows at most "
                            + limit
                            + " in a name."))
        .verify();
    assertThat(sent).isEmpty();
  }
}
