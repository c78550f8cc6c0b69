package io.ilana.migration;

/** The migration lock could not be taken in time. */
public class MigrationLockException extends MigrationException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given explanation. */
  public MigrationLockException(String message) {
    super(message);
  }
}
