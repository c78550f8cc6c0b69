package io.ilana.error;

import java.util.List;

/**
 * What is known about a failed statement when it is turned into a {@link QueryException}.
 *
 * @param sql the SQL text
 * @param maskedBindings the bindings as printable text, secrets already masked
 * @param sqlState the SQLSTATE, or {@code null}
 * @param errorCode the vendor error code, or 0
 * @param connectionName the connection the statement ran on
 * @param driverMessage the driver's own message
 */
public record QueryFailure(
    String sql,
    List<String> maskedBindings,
    String sqlState,
    int errorCode,
    String connectionName,
    String driverMessage)
    implements java.io.Serializable {

  public QueryFailure {
    maskedBindings = List.copyOf(maskedBindings);
  }

  /**
   * The same failure with the given SQLSTATE, for a driver that reported none (r2dbc-mysql) where
   * the vendor code says which it is.
   */
  public QueryFailure withSqlState(String state) {
    return new QueryFailure(sql, maskedBindings, state, errorCode, connectionName, driverMessage);
  }

  /** The same failure with {@code note} after the driver's message, such as what was undone. */
  public QueryFailure withNote(String note) {
    return new QueryFailure(
        sql, maskedBindings, sqlState, errorCode, connectionName, driverMessage + note);
  }

  String describe() {
    return driverMessage
        + " [connection: "
        + connectionName
        + ", SQLSTATE: "
        + sqlState
        + ", SQL: "
        + sql
        + ", bindings: "
        + maskedBindings
        + "]";
  }
}
