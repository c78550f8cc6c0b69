/**
 * The query builder: immutable query state as data, validated as it is built.
 *
 * <p>{@link io.ilana.query.QueryBuilder} collects clause records ({@link
 * io.ilana.query.parts.Where}, {@link io.ilana.query.parts.Join}, {@link
 * io.ilana.query.parts.Order}, ...) into {@link io.ilana.query.parts.QueryParts}; a grammar from
 * {@code io.ilana.query.grammar} renders them into an {@link io.ilana.sql.Sql} with the dialect's
 * bind markers; reads and writes run through {@code io.ilana.db.DatabaseConnection}.
 *
 * <h2>Safety</h2>
 *
 * <ul>
 *   <li>Identifiers (tables, columns, aliases, JSON path segments) are checked against an allowlist
 *       when a builder method is called ({@link io.ilana.sql.Identifiers}): parts of Unicode
 *       letters, digits and underscores joined by {@code .}, optionally {@code ->} JSON steps and
 *       {@code as alias}. Anything else throws {@code InvalidIdentifierException} naming the input
 *       and the method. Quoting by the dialect comes on top.
 *   <li>Operators and order directions come from allowlists ({@link io.ilana.query.Operators}).
 *   <li>Values are always bound. A Map, collection or array where one value is expected throws
 *       {@code InvalidValueException} (Knex CVE-2016-20018).
 *   <li>SQL text enters a query only through {@code selectRaw}, {@code whereRaw}, {@code
 *       orWhereRaw}, {@code havingRaw}, {@code orderByRaw} and {@link io.ilana.sql.Expression#raw};
 *       their {@code ?} placeholders become bind markers. Never build that text from user input.
 * </ul>
 *
 * <h2>Dialect decisions</h2>
 *
 * <ul>
 *   <li>{@code ilike}: native on PostgreSQL and H2; {@code lower(col) like lower(?)} on
 *       MySQL/MariaDB.
 *   <li>{@code whereIn} on PostgreSQL binds one array ({@code = any($1)}) when the values share a
 *       type the driver encodes as an array (String, integers, BigDecimal, UUID); other lists get
 *       one marker per value.
 *   <li>JSON paths work in select, where, order, group and update columns: {@code ->>} and {@code
 *       jsonb_set} on PostgreSQL, {@code json_extract} and {@code json_set} on MySQL/MariaDB.
 *   <li>H2: JSON paths, {@code whereJsonContains}, {@code whereJsonLength} and {@code
 *       insertOrIgnore} raise {@code UnsupportedFeatureException}; {@code sharedLock} takes {@code
 *       for update}; {@code upsert} is a {@code merge ... using (values ...)}.
 *   <li>Where NULLs sort differs by database (last ascending on PostgreSQL, first elsewhere); the
 *       builder does not change it.
 *   <li>With unions, the outer query's order and limit apply to the whole union.
 * </ul>
 */
package io.ilana.query;
