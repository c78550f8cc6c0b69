package io.ilana.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.Dialects;
import io.ilana.error.ConfigException;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A dialect registered from this module's test class path (META-INF/services) is found, configured
 * by its client name and used end to end, without any change to the library.
 */
class DialectPluginTest {
  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      StepVerifier.create(manager.close()).verifyComplete();
    }
  }

  private DatabaseConnection tagged(String database) {
    manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(
                    ConnectionConfig.builder("main", "tagged").database("mem:" + database).build())
                .build());
    return manager.connection();
  }

  @Test
  void theExtraDialectIsInstalledBesideTheLibrarysOwn() {
    assertThat(Dialects.installed())
        .extracting(Dialect::name)
        .containsExactlyInAnyOrder("postgres", "mysql", "mariadb", "h2", "h2-tagged");
  }

  @Test
  void aConnectionNamingItsAliasGetsTheExtraDialect() {
    assertThat(tagged("plugin_alias").dialect()).isInstanceOf(TaggedH2Dialect.class);
  }

  @Test
  void queriesRunThroughTheExtraGrammarAndSchemaBuildingThroughTheInheritedOne() {
    DatabaseConnection connection = tagged("plugin_queries");
    List<String> statements = new CopyOnWriteArrayList<>();
    manager.listen(event -> statements.add(event.sql()));
    StepVerifier.create(
            Schema.on(connection)
                .createTable(
                    "plugin_notes",
                    t -> {
                      t.id();
                      t.string("body");
                    })
                .then(
                    QueryBuilder.on(connection).table("plugin_notes").insert(Map.of("body", "hi")))
                .then(QueryBuilder.on(connection).table("plugin_notes").pluck("body")))
        .expectNext(List.of("hi"))
        .verifyComplete();
    assertThat(statements).anyMatch(sql -> sql.startsWith("CREATE TABLE \"plugin_notes\""));
    assertThat(statements)
        .filteredOn(sql -> sql.contains("select"))
        .allMatch(sql -> sql.startsWith(TaggedGrammarProvider.TAG));
  }

  @Test
  void anUnknownClientListsTheExtraDialectAmongTheExpectedOnes() {
    // In class-path order: this module's test classes come before the library.
    ConnectionConfig lite = ConnectionConfig.builder("lite", "sqlite3").database("x").build();
    assertThatThrownBy(() -> DatabaseManager.create(IlanaConfig.builder().connection(lite).build()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "connections.lite: unknown client 'sqlite3'; expected one of h2-tagged, postgres,"
                + " mysql, mariadb, h2.");
  }
}
