/**
 * The schema builder: {@link io.ilana.schema.Schema} creates, alters and drops tables described by
 * a {@link io.ilana.schema.Blueprint}, whose {@link io.ilana.schema.ColumnDefinition columns},
 * {@link io.ilana.schema.IndexDefinition indexes} and {@link io.ilana.schema.ForeignKeyDefinition
 * foreign keys} hold state only; {@link io.ilana.schema.grammar} renders them per dialect.
 *
 * <p>Portability rules: a type a database lacks raises {@link
 * io.ilana.error.UnsupportedFeatureException} naming type and dialect, except for the documented
 * mappings (uuid is CHAR(36) on MySQL, jsonb is JSON outside PostgreSQL, boolean is TINYINT(1) on
 * MySQL/MariaDB, tinyInteger is SMALLINT on PostgreSQL, enum is a checked VARCHAR outside MySQL,
 * unsigned is ignored where integers have no sign flag). Names are validated by the query builder's
 * rule ({@link io.ilana.sql.Identifiers}, refusing with {@link
 * io.ilana.error.InvalidIdentifierException}), so a migration creates only names the query builder
 * reads, and are held to the database's own length limit when quoted; defaults are rendered as
 * escaped literals because DDL cannot take bind parameters on every driver. Raw fragments ({@link
 * io.ilana.schema.SqlExpression}, {@code check}, {@code generatedAs}, partial index conditions,
 * {@code specificType}) are written as given and must come from the migration's author.
 *
 * <p>Columns are nullable unless {@code notNullable()} is called (knex semantics), and {@code
 * alter()} redefines a column completely: a default or NOT NULL that is not restated is dropped.
 */
package io.ilana.schema;
