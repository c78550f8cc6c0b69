package io.ilana.error;

/** A transaction was used wrongly: finished twice, or used after it ended. */
public class TransactionException extends IlanaException {
  private static final long serialVersionUID = 1L;

  public TransactionException(String message) {
    super(message);
  }
}
