package io.ilana.error;

/** A connection could not be opened or borrowed from its pool (server down, pool exhausted). */
public class ConnectionException extends IlanaException {
  private static final long serialVersionUID = 1L;

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
