/**
 * Schema grammars: {@link io.ilana.schema.grammar.SchemaGrammar} has a {@code compileX} method per
 * blueprint command and {@link io.ilana.schema.grammar.ColumnTypeGrammar} a {@code typeX} method
 * per column type; the PostgreSQL, MySQL, MariaDB (extending MySQL) and H2 grammars override only
 * what their database does differently. {@link io.ilana.schema.grammar.SchemaGrammars#forDialect}
 * is the one lookup by dialect.
 */
package io.ilana.schema.grammar;
