package io.ilana.db;

import io.r2dbc.spi.IsolationLevel;

/**
 * How a transaction runs.
 *
 * @param isolationLevel the isolation level, or {@code null} for the database default
 * @param attempts how many times the whole transaction is run when it fails with a deadlock or
 *     serialization failure (1 = no retry)
 */
public record TransactionOptions(IsolationLevel isolationLevel, int attempts) {

  public TransactionOptions {
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
