package io.ilana.dialect.postgres;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.GrammarProvider;

/** Registers {@link PostgresGrammar} for {@link PostgresDialect}. */
public final class PostgresGrammarProvider implements GrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return PostgresDialect.class;
  }

  @Override
  public Grammar grammar(Dialect dialect) {
    return new PostgresGrammar(dialect);
  }
}
