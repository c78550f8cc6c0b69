/**
 * What {@code db:show} and {@code db:diagram} read from a database's own catalog: tables, columns,
 * keys, foreign keys, row counts and sizes, with one small query set per database.
 */
package io.ilana.cli.catalog;
