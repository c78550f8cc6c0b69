package io.ilana.error;

import java.util.List;

/**
 * A statement failed on the database. Carries the SQL, the bindings (secrets masked), the SQLSTATE,
 * the vendor error code and the connection name, so a log line says what ran where.
 */
public class QueryException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String sql;
  private final List<String> bindings;
  private final String sqlState;
  private final int errorCode;
  private final String connectionName;
  private final QueryFailure failure;

  public QueryException(QueryFailure failure, Throwable cause) {
    super(failure.describe(), cause);
    this.sql = failure.sql();
    this.bindings = failure.maskedBindings();
    this.sqlState = failure.sqlState();
    this.errorCode = failure.errorCode();
    this.connectionName = failure.connectionName();
    this.failure = failure;
  }

  /** Everything known about the failure, the driver's own message included. */
  public QueryFailure failure() {
    return failure;
  }

  /** The SQL text that failed. */
  public String sql() {
    return sql;
  }

  /** The bound values as printable text, with secrets replaced by {@code ****}. */
  public List<String> bindings() {
    return bindings;
  }

  /** The five-character SQLSTATE the driver reported, or {@code null}. */
  public String sqlState() {
    return sqlState;
  }

  /** The vendor error code the driver reported (0 when none). */
  public int errorCode() {
    return errorCode;
  }

  /** The configured name of the connection the statement ran on. */
  public String connectionName() {
    return connectionName;
  }
}
