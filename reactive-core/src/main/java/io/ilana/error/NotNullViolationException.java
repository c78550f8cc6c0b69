package io.ilana.error;

/** A NOT NULL column was given no value. */
public class NotNullViolationException extends QueryException {
  private static final long serialVersionUID = 1L;

  public NotNullViolationException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
