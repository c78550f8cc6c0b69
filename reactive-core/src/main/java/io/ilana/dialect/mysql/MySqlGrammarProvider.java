package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.GrammarProvider;

/** Registers {@link MySqlGrammar} for {@link MySqlDialect}. */
public final class MySqlGrammarProvider implements GrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return MySqlDialect.class;
  }

  @Override
  public Grammar grammar(Dialect dialect) {
    return new MySqlGrammar(dialect);
  }
}
