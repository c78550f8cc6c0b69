package io.ilana.examples.plugin;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.h2.H2Grammar;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.GrammarProvider;
import io.ilana.query.parts.QueryParts;
import io.ilana.sql.Sql;

/** Registers a grammar for {@link TaggedH2Dialect} that marks every select with a comment. */
public final class TaggedGrammarProvider implements GrammarProvider {
  /** The comment that starts every select of the tagged dialect. */
  static final String TAG = "/* tagged */ ";

  @Override
  public Class<? extends Dialect> dialect() {
    return TaggedH2Dialect.class;
  }

  @Override
  public Grammar grammar(Dialect dialect) {
    return new H2Grammar(dialect) {
      @Override
      public Sql compileSelect(QueryParts query) {
        Sql select = super.compileSelect(query);
        return new Sql(TAG + select.text(), select.bindings());
      }
    };
  }
}
