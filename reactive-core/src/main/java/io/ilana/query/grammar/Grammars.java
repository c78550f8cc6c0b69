package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.DialectExtensions;
import io.ilana.error.UnsupportedFeatureException;

/** Finds the query grammar a dialect package registered for a dialect. */
public final class Grammars {
  private static final DialectExtensions<GrammarProvider> PROVIDERS =
      DialectExtensions.of(GrammarProvider.class);

  private Grammars() {}

  /**
   * The grammar that writes SQL for the dialect.
   *
   * @throws UnsupportedFeatureException when no grammar is registered for the dialect
   */
  public static Grammar forDialect(Dialect dialect) {
    return PROVIDERS
        .find(dialect)
        .orElseThrow(() -> new UnsupportedFeatureException(dialect.name(), "The query builder"))
        .grammar(dialect);
  }
}
