package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.error.ConnectionException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import reactor.core.Exceptions;

/** Hands out {@link Lease}s on one connection's pool and holds what they share. */
final class Leases {
  private final String connectionName;
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final StatementCanceller canceller;
  private final Duration acquireTimeout;
  private final BiFunction<Throwable, String, Throwable> controlErrors;

  /**
   * @param controlErrors turns a driver failure of the named control statement (BEGIN, COMMIT ...)
   *     into our exception
   */
  Leases(
      String connectionName,
      Dialect dialect,
      ConnectionPool pool,
      StatementCanceller canceller,
      Duration acquireTimeout,
      BiFunction<Throwable, String, Throwable> controlErrors) {
    this.connectionName = connectionName;
    this.dialect = dialect;
    this.pool = pool;
    this.canceller = canceller;
    this.acquireTimeout = acquireTimeout;
    this.controlErrors = controlErrors;
  }

  /** A lease not yet acquired; one per statement or transaction. */
  Lease lease() {
    return new Lease(this);
  }

  String connectionName() {
    return connectionName;
  }

  Dialect dialect() {
    return dialect;
  }

  ConnectionPool pool() {
    return pool;
  }

  StatementCanceller canceller() {
    return canceller;
  }

  Duration acquireTimeout() {
    return acquireTimeout;
  }

  Throwable controlError(Throwable error, String statement) {
    return controlErrors.apply(error, statement);
  }

  /**
   * The pool failed to hand out a connection (the server refused, a driver error ...). A timeout
   * inside the pool (opening a connection, a {@code timeout} of r2dbc-pool's or Reactor's, whose
   * text is "Did not observe any item or terminal signal within 1000ms in 'retry'") is reported as
   * the acquire timeout it is, saying which connection, how many are in use and the timeout.
   */
  ConnectionException acquireFailed(Throwable error) {
    if (error instanceof ConnectionException known) {
      return known;
    }
    if (isTimeout(error)) {
      return acquireTimedOut();
    }
    String reason =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return new ConnectionException(
        "Could not get a connection for [" + connectionName + "]: " + reason, error);
  }

  private static boolean isTimeout(Throwable error) {
    Throwable unwrapped = Exceptions.unwrap(error);
    return unwrapped instanceof TimeoutException || unwrapped instanceof R2dbcTimeoutException;
  }

  /**
   * The whole acquire (waiting, opening, validating) took longer than the acquire timeout; says
   * whether every connection was in use or the server did not answer.
   */
  ConnectionException acquireTimedOut() {
    String prefix =
        "Could not get a connection for ["
            + connectionName
            + "] within "
            + acquireTimeout.toMillis()
            + " ms (acquireTimeout): ";
    PoolMetrics metrics = pool.getMetrics().orElse(null);
    if (metrics == null) {
      return new ConnectionException(prefix + "the database did not answer.", null);
    }
    int max = metrics.getMaxAllocatedSize();
    int inUse = metrics.acquiredSize();
    if (inUse >= max) {
      int waiting = Math.max(0, metrics.pendingAcquireSize() - 1);
      return new ConnectionException(
          prefix
              + "all "
              + max
              + " of "
              + max
              + " connections are in use ("
              + waiting
              + " more callers waiting); raise pool.max or release connections sooner.",
          null);
    }
    return new ConnectionException(
        prefix
            + "the database did not answer while a connection was opened or checked ("
            + inUse
            + " of "
            + max
            + " connections in use).",
        null);
  }
}
