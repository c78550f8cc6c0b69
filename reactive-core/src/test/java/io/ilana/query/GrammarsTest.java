package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.query.grammar.Grammars;
import io.ilana.query.grammar.H2Grammar;
import io.ilana.query.grammar.MariaDbGrammar;
import io.ilana.query.grammar.MySqlGrammar;
import io.ilana.query.grammar.PostgresGrammar;
import io.ilana.sql.Sql;
import org.junit.jupiter.api.Test;

class GrammarsTest {

  @Test
  void eachDialectGetsItsOwnGrammarAndMariaDbBuildsOnMysql() {
    assertThat(Grammars.forDialect(Snapshot.POSTGRES)).isExactlyInstanceOf(PostgresGrammar.class);
    assertThat(Grammars.forDialect(Snapshot.MYSQL)).isExactlyInstanceOf(MySqlGrammar.class);
    assertThat(Grammars.forDialect(Snapshot.MARIADB))
        .isExactlyInstanceOf(MariaDbGrammar.class)
        .isInstanceOf(MySqlGrammar.class);
    assertThat(Grammars.forDialect(Snapshot.H2)).isExactlyInstanceOf(H2Grammar.class);
  }

  @Test
  void aGrammarUsesTheDialectsBindMarkers() {
    for (var dialect : Snapshot.ALL) {
      Sql sql = QueryBuilder.forDialect(dialect).from("t").where("a", 1).where("b", 2).compile();
      assertThat(sql.text()).endsWith(dialect.bindMarker(2));
    }
  }
}
