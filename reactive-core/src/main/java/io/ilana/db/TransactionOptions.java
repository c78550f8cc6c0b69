package io.ilana.db;

import io.r2dbc.spi.IsolationLevel;
import java.util.Set;

/**
 * How a transaction runs.
 *
 * @param isolationLevel the isolation level, or {@code null} for the database default
 * @param attempts how many times the whole transaction is run when it fails with a deadlock or
 *     serialization failure (1 = no retry)
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
      throw new IllegalArgumentException(
          "Unknown isolation level '"
              + isolationLevel.asSql()
              + "'; use READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE.");
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
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

  /** A copy that runs the whole transaction up to {@code times} times on deadlock. */
  public TransactionOptions attempts(int times) {
    return new TransactionOptions(isolationLevel, times);
  }
}
