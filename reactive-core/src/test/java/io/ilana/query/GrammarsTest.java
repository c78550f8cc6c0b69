package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.h2.H2Grammar;
import io.ilana.dialect.mysql.MariaDbGrammar;
import io.ilana.dialect.mysql.MySqlGrammar;
import io.ilana.dialect.postgres.PostgresGrammar;
import io.ilana.query.grammar.Grammars;
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
