package io.ilana.query.parts;

/**
 * A query appended with UNION or UNION ALL.
 *
 * @param query the appended query
 * @param all whether duplicates are kept
 */
public record Union(QueryParts query, boolean all) {}
