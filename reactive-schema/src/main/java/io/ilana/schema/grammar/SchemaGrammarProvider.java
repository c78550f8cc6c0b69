package io.ilana.schema.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.DialectExtension;

/**
 * A dialect package's schema grammar, registered as a {@link DialectExtension}. {@link
 * SchemaGrammars} gives a dialect the grammar registered for its class or its nearest superclass.
 */
public interface SchemaGrammarProvider extends DialectExtension {

  /** The schema grammar for a dialect of that class. */
  SchemaGrammar grammar(Dialect dialect);
}
