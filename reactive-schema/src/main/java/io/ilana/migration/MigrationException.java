package io.ilana.migration;

import io.ilana.error.IlanaException;
import java.util.List;

/**
 * A migration could not be found, named, locked or run. When a run fails part way, it says which
 * migrations completed before the failure and which one failed.
 */
public class MigrationException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final List<String> completed;
  private final String failed;

  /** A failure that is not tied to one migration. */
  public MigrationException(String message) {
    super(message);
    this.completed = List.of();
    this.failed = null;
  }

  /** A failure of migration {@code failed} after {@code completed} succeeded. */
  public MigrationException(
      String message, List<String> completed, String failed, Throwable cause) {
    super(message, cause);
    this.completed = List.copyOf(completed);
    this.failed = failed;
  }

  /** The migrations that completed, in order, before the failure. */
  public List<String> completed() {
    return completed;
  }

  /** The migration that failed, or {@code null}. */
  public String failed() {
    return failed;
  }
}
