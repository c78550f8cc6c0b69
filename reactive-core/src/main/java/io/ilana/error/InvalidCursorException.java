package io.ilana.error;

/**
 * A pagination cursor token was not one this application issued with its current key: malformed,
 * truncated, tampered with, from another key or from an unsupported version. The message is always
 * {@value #MESSAGE}, whatever the reason, so a client probing tokens learns nothing about which
 * check failed; no cause is attached for the same reason.
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
