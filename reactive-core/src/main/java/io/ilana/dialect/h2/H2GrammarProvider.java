package io.ilana.dialect.h2;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.GrammarProvider;

/** Registers {@link H2Grammar} for {@link H2Dialect}. */
public final class H2GrammarProvider implements GrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return H2Dialect.class;
  }

  @Override
  public Grammar grammar(Dialect dialect) {
    return new H2Grammar(dialect);
  }
}
