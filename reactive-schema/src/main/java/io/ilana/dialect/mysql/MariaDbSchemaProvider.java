package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.schema.grammar.SchemaGrammarProvider;

/** Registers {@link MariaDbSchemaGrammar} for {@link MariaDbDialect}. */
public final class MariaDbSchemaProvider implements SchemaGrammarProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return MariaDbDialect.class;
  }

  @Override
  public SchemaGrammar grammar(Dialect dialect) {
    return new MariaDbSchemaGrammar(dialect);
  }
}
