package io.ilana.error;

/**
 * A pagination cursor token was not one this application issued with its current key for this
 * query: malformed, truncated, tampered with, from another key or an unsupported version, or issued
 * for another table or ordering (a cursor without the query's ordering columns). The message is
 * always {@value #MESSAGE}, whatever the reason, so a client probing tokens learns nothing about
 * which check failed; no cause is attached for the same reason.
 */
public class InvalidCursorException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** The one message every rejected cursor carries. */
  public static final String MESSAGE = "Invalid pagination cursor.";

  /** A rejection; the reason is deliberately not recorded. */
  public InvalidCursorException() {
    super(MESSAGE);
  }
}
