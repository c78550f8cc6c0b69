package io.ilana.cli;

import io.ilana.error.IlanaException;

/** A command cannot do what it was asked; its message is the one line printed on stderr. */
public class CliException extends IlanaException {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
