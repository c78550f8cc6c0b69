package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.TransactionStatements;
import io.ilana.error.ConnectionException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Hands out {@link Lease}s on one connection's pool and holds what they share. It counts the leases
 * in flight, from the start of their acquire until the pool has taken their connection back, so
 * that {@link #close} can tell when disposing the pool no longer races a return.
 */
final class Leases {
  private final String connectionName;
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final StatementCanceller canceller;
  private final Duration acquireTimeout;
  private final BiFunction<Connection, String, Mono<Void>> controlStatements;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Queue<MonoSink<Void>> closers = new ConcurrentLinkedQueue<>();
  private volatile boolean closing;

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

  /**
   * Counts a lease that starts acquiring; {@code false} (and not counted) once {@link #close}
   * began, when its pool is about to be disposed. The count is raised before {@code closing} is
   * read and close sets it before reading the count, so either the lease sees the close or the
   * close waits for the lease.
   */
  boolean started() {
    inFlight.incrementAndGet();
    if (closing) {
      ended();
      return false;
    }
    return true;
  }

  /**
   * Counts a return that is not a lease's own (a connection delivered after its lease gave up),
   * even while closing: it is under way already.
   */
  void returning() {
    inFlight.incrementAndGet();
  }

  /** A lease or return counted by {@link #started} or {@link #returning} is over. */
  void ended() {
    if (inFlight.decrementAndGet() == 0) {
      wakeClosers();
    }
  }

  /**
   * Refuses new leases and completes once every lease in flight has ended (its connection is back
   * in the pool, or it got none). Never completes while one is stuck: the caller bounds the wait.
   */
  Mono<Void> close() {
    return Mono.create(
        sink -> {
          closing = true;
          closers.add(sink);
          sink.onDispose(() -> closers.remove(sink));
          if (inFlight.get() == 0) {
            wakeClosers();
          }
        });
  }

  private void wakeClosers() {
    MonoSink<Void> closer;
    while ((closer = closers.poll()) != null) {
      closer.success();
    }
  }

  /** Why a lease cannot start once its connection is closing. */
  ConnectionException closedError() {
    return new ConnectionException(
        "Could not get a connection for ["
            + connectionName
            + "]: its DatabaseManager is closed; create a new one.",
        null);
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
