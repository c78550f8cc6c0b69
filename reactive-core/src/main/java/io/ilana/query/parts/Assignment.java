package io.ilana.query.parts;

import io.ilana.sql.Name;

/**
 * One {@code column = value} of an UPDATE; the value is bound unless it is a {@link Column}, a
 * {@link Column.Arithmetic} or an {@link Expression}.
 *
 * @param column the updated column
 * @param value the new value
 */
public record Assignment(Name column, Object value) {}
