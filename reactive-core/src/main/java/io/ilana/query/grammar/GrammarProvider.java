package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.DialectExtension;

/**
 * A dialect package's query grammar, registered as a {@link DialectExtension}. {@link Grammars}
 * gives a dialect the grammar registered for its class or its nearest superclass.
 */
public interface GrammarProvider extends DialectExtension {

  /** The grammar for a dialect of that class (or a subclass without a grammar of its own). */
  Grammar grammar(Dialect dialect);
}
