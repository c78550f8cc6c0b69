/**
 * The neutral SQL values both sides of the driver boundary use: a statement's text and bindings
 * ({@link io.ilana.sql.Sql}), values bound in a special way ({@link io.ilana.sql.Secret}, {@link
 * io.ilana.sql.TypedNull}, {@link io.ilana.sql.JsonText}) and the checks on text ({@link
 * io.ilana.sql.WellFormedText}). The query builder writes them, the executor runs them; this
 * package depends on neither, which keeps {@code query} and {@code db} free of a cycle.
 */
package io.ilana.sql;
