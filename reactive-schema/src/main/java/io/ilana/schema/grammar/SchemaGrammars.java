package io.ilana.schema.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.DialectExtensions;
import io.ilana.error.UnsupportedFeatureException;

/** Finds the schema grammar a dialect package registered for a dialect. */
public final class SchemaGrammars {
  private static final DialectExtensions<SchemaGrammarProvider> PROVIDERS =
      DialectExtensions.of(SchemaGrammarProvider.class);

  private SchemaGrammars() {}

  /**
   * The grammar for {@code dialect}.
   *
   * @throws UnsupportedFeatureException for a dialect without a schema grammar
   */
  public static SchemaGrammar forDialect(Dialect dialect) {
    return PROVIDERS
        .find(dialect)
        .orElseThrow(() -> new UnsupportedFeatureException(dialect.name(), "schema building"))
        .grammar(dialect);
  }
}
