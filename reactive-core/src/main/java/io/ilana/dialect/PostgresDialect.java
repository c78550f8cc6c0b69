package io.ilana.dialect;

import io.r2dbc.spi.Row;

/** PostgreSQL: {@code $n} markers, transactional DDL, json/jsonb read as text. */
public class PostgresDialect extends StandardDialect {

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public String driver() {
    return "postgresql";
  }

  @Override
  public String bindMarker(int position) {
    return "$" + position;
  }

  @Override
  public int maxBindParameters() {
    return 65_535;
  }

  @Override
  public boolean supportsTransactionalDdl() {
    return true;
  }

  @Override
  public Object readValue(Row row, int index) {
    String type = row.getMetadata().getColumnMetadata(index).getType().getName();
    // The driver hands json/jsonb out as its own Json wrapper; callers want the text.
    if ("json".equalsIgnoreCase(type) || "jsonb".equalsIgnoreCase(type)) {
      return row.get(index, String.class);
    }
    return row.get(index);
  }
}
