package io.ilana.error;

/**
 * The connection died under the statement (server restarted, session killed, network cut). The
 * statement's effect is unknown unless it ran in a transaction, which the server rolled back.
 */
public class LostConnectionException extends QueryException {
  private static final long serialVersionUID = 1L;

  public LostConnectionException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
