/**
 * Grammars render query state as SQL, one per dialect, each overriding only what differs from the
 * standard SQL of {@link io.ilana.query.grammar.Grammar}. {@link
 * io.ilana.query.grammar.Grammars#forDialect} is the only place a grammar is chosen by database.
 * This package never touches connections.
 */
package io.ilana.query.grammar;
