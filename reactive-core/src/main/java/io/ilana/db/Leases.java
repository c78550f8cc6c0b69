package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.TransactionStatements;
import io.ilana.error.ConnectionException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

/** Hands out {@link Lease}s on one connection's pool and holds what they share. */
final class Leases {
  private final String connectionName;
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final StatementCanceller canceller;
  private final Duration acquireTimeout;
  private final BiFunction<Connection, String, Mono<Void>> controlStatements;

  /**
   * @param controlStatements runs one transaction-control statement (BEGIN, COMMIT, SAVEPOINT ...)
   *     on a leased connection as the executor runs any statement: reported to the query log, its
   *     failure translated
   */
  Leases(
      String connectionName,
      Dialect dialect,
      ConnectionPool pool,
      StatementCanceller canceller,
      Duration acquireTimeout,
      BiFunction<Connection, String, Mono<Void>> controlStatements) {
    this.connectionName = connectionName;
    this.dialect = dialect;
    this.pool = pool;
    this.canceller = canceller;
    this.acquireTimeout = acquireTimeout;
    this.controlStatements = controlStatements;
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

  /** Runs a control statement through the executor; see the constructor. */
  Mono<Void> runControl(Connection connection, String sql) {
    return controlStatements.apply(connection, sql);
  }

  /** The dialect's transaction-control SQL. */
  TransactionStatements transactionStatements() {
    return dialect.transactionStatements();
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
