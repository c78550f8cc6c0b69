package io.ilana.db;

import io.ilana.error.InvalidArgumentException;
import io.r2dbc.spi.IsolationLevel;
import java.util.Set;

/**
 * How a transaction runs.
 *
 * @param isolationLevel the isolation level, or {@code null} for the database default
 * @param attempts how many times the whole transaction is run when it fails with a {@link
 *     io.ilana.error.RetryableException} (deadlock, serialization failure, lock wait timeout,
 *     cluster conflict; 1 = no retry)
 */
public record TransactionOptions(IsolationLevel isolationLevel, int attempts) {

  private static final Set<IsolationLevel> STANDARD_LEVELS =
      Set.of(
          IsolationLevel.READ_UNCOMMITTED,
          IsolationLevel.READ_COMMITTED,
          IsolationLevel.REPEATABLE_READ,
          IsolationLevel.SERIALIZABLE);

  public TransactionOptions {
    // IsolationLevel.valueOf accepts any text, and dialects write the level into SQL.
    if (isolationLevel != null && !STANDARD_LEVELS.contains(isolationLevel)) {
      throw new InvalidArgumentException(
          "Unknown isolation level '"
              + isolationLevel.asSql()
              + "'; use READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE.");
    }
    if (attempts < 1) {
      throw new InvalidArgumentException(
          "TransactionOptions attempts must be at least 1, was " + attempts + ".");
    }
  }

  /** The database's default isolation, no retry. */
  public static TransactionOptions defaults() {
    return new TransactionOptions(null, 1);
  }

  /** A copy with the given isolation level. */
  public TransactionOptions isolation(IsolationLevel level) {
    return new TransactionOptions(level, attempts);
  }

  /**
   * A copy that runs the whole transaction up to {@code times} times on a {@link
   * io.ilana.error.RetryableException}.
   */
  public TransactionOptions attempts(int times) {
    return new TransactionOptions(isolationLevel, times);
  }
}
