package io.ilana.error;

/** Root of every exception IlanaORM raises; catch this to handle any failure of the library. */
public class IlanaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IlanaException(String message) {
    super(message);
  }

  public IlanaException(String message, Throwable cause) {
    super(message, cause);
  }
}
