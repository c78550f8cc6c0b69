package io.ilana.dialect;

import io.r2dbc.spi.Row;

/**
 * Reads one column of a row as a plain Java value. A dialect chooses the reader once per column of
 * a result, so the per-row work is the read itself.
 */
@FunctionalInterface
public interface ColumnReader {

  /** Reads the column at {@code index} (0-based) of the row. */
  Object read(Row row, int index);

  /** The driver's own value, as {@link Row#get(int)} returns it. */
  ColumnReader AS_IS = Row::get;
}
