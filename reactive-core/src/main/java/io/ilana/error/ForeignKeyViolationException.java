package io.ilana.error;

/** A foreign key constraint rejected the write. */
public class ForeignKeyViolationException extends QueryException {
  private static final long serialVersionUID = 1L;

  public ForeignKeyViolationException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
