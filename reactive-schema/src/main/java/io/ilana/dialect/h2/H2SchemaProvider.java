package io.ilana.dialect.h2;

import io.ilana.dialect.Dialect;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.schema.grammar.SchemaGrammarProvider;

/** Registers {@link H2SchemaGrammar} for {@link H2Dialect}. */
public final class H2SchemaProvider implements SchemaGrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return H2Dialect.class;
  }

  @Override
  public SchemaGrammar grammar(Dialect dialect) {
    return new H2SchemaGrammar(dialect);
  }
}
