package io.ilana.cli;

/** The exit codes of the {@code ilana} command. */
public final class ExitCodes {
  /** The command did what it was asked. */
  public static final int OK = 0;

  /** The command ran and failed: a database error, a refused operation, a failing migration. */
  public static final int FAILED = 1;

  /** The command line itself was wrong: an unknown command, option or value. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
