package io.ilana.db;

import io.ilana.dialect.ColumnReader;
import io.ilana.dialect.Dialect;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns the rows of one result into maps, column label to value. Every row of a result has the same
 * columns, so labels and readers are worked out from the first row and reused.
 */
final class RowMapper implements BiFunction<Row, RowMetadata, Map<String, Object>> {
  private final Dialect dialect;
  private String[] labels;
  private ColumnReader[] readers;

  RowMapper(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Map<String, Object> apply(Row row, RowMetadata metadata) {
    if (labels == null) {
      describe(metadata.getColumnMetadatas());
    }
    Map<String, Object> values = new LinkedHashMap<>((int) (labels.length / 0.75f) + 1);
    for (int i = 0; i < labels.length; i++) {
      values.put(labels[i], readers[i].read(row, i));
    }
    return values;
  }

  private void describe(List<? extends ColumnMetadata> columns) {
    String[] names = new String[columns.size()];
    ColumnReader[] columnReaders = new ColumnReader[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = columns.get(i).getName();
      columnReaders[i] = dialect.columnReader(columns.get(i));
    }
    readers = columnReaders;
    labels = names;
  }
}
