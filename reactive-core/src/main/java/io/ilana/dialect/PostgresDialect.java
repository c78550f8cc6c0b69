package io.ilana.dialect;

import io.r2dbc.spi.ColumnMetadata;

/** PostgreSQL: {@code $n} markers, transactional DDL, json/jsonb read as text. */
public class PostgresDialect extends StandardDialect {
  private static final ColumnReader JSON_AS_TEXT = (row, index) -> row.get(index, String.class);

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
  public String sessionIdQuery() {
    return "select pg_backend_pid()";
  }

  @Override
  public String cancelStatementSql(long sessionId) {
    return "select pg_cancel_backend(" + sessionId + ")";
  }

  /** 57014 is query_canceled. */
  @Override
  public boolean isStatementCancelled(String sqlState, int errorCode) {
    return "57014".equals(sqlState);
  }

  /** The driver hands json/jsonb out as its own Json wrapper; callers want the text. */
  @Override
  public ColumnReader columnReader(ColumnMetadata column) {
    String type = column.getType().getName();
    if ("json".equalsIgnoreCase(type) || "jsonb".equalsIgnoreCase(type)) {
      return JSON_AS_TEXT;
    }
    return ColumnReader.AS_IS;
  }
}
