/**
 * What a query is, as immutable values: its selections, source, joins, conditions, groups, orders,
 * unions and lock ({@link io.ilana.query.parts.QueryParts}). Builders in {@code io.ilana.query}
 * create them; grammars in {@code io.ilana.query.grammar} and the dialect packages render them.
 * This package depends on neither, which keeps the builder and the grammar out of a cycle.
 */
package io.ilana.query.parts;
