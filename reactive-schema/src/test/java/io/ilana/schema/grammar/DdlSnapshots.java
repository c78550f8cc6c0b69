package io.ilana.schema.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.Dialects;
import io.ilana.schema.Blueprint;
import java.util.List;
import java.util.function.Consumer;

/** Renders a blueprint on every dialect and compares with the expected DDL, one line each. */
final class DdlSnapshots {
  static final SchemaGrammar POSTGRES = SchemaGrammars.forDialect(Dialects.forClient("postgres"));
  static final SchemaGrammar MYSQL = SchemaGrammars.forDialect(Dialects.forClient("mysql"));
  static final SchemaGrammar MARIADB = SchemaGrammars.forDialect(Dialects.forClient("mariadb"));
  static final SchemaGrammar H2 = SchemaGrammars.forDialect(Dialects.forClient("h2"));

  private DdlSnapshots() {}

  static String create(SchemaGrammar grammar, String table, Consumer<Blueprint> definition) {
    Blueprint blueprint = new Blueprint(table);
    definition.accept(blueprint);
    return String.join(";\n", grammar.compileCreate(blueprint));
  }

  static String alter(SchemaGrammar grammar, String table, Consumer<Blueprint> definition) {
    Blueprint blueprint = new Blueprint(table);
    definition.accept(blueprint);
    return String.join(";\n", grammar.compileAlter(blueprint));
  }

  static void assertCreate(
      Consumer<Blueprint> definition, String postgres, String mysql, String mariadb, String h2) {
    assertThat(create(POSTGRES, "t", definition)).as("postgres").isEqualTo(postgres);
    assertThat(create(MYSQL, "t", definition)).as("mysql").isEqualTo(mysql);
    assertThat(create(MARIADB, "t", definition)).as("mariadb").isEqualTo(mariadb);
    assertThat(create(H2, "t", definition)).as("h2").isEqualTo(h2);
  }

  static void assertAlter(
      Consumer<Blueprint> definition, String postgres, String mysql, String mariadb, String h2) {
    assertThat(alter(POSTGRES, "t", definition)).as("postgres").isEqualTo(postgres);
    assertThat(alter(MYSQL, "t", definition)).as("mysql").isEqualTo(mysql);
    assertThat(alter(MARIADB, "t", definition)).as("mariadb").isEqualTo(mariadb);
    assertThat(alter(H2, "t", definition)).as("h2").isEqualTo(h2);
  }

  static List<SchemaGrammar> all() {
    return List.of(POSTGRES, MYSQL, MARIADB, H2);
  }
}
