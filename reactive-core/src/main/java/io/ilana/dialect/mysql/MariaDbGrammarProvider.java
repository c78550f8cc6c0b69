package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.GrammarProvider;

/** Registers {@link MariaDbGrammar} for {@link MariaDbDialect}. */
public final class MariaDbGrammarProvider implements GrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return MariaDbDialect.class;
  }

  @Override
  public Grammar grammar(Dialect dialect) {
    return new MariaDbGrammar(dialect);
  }
}
