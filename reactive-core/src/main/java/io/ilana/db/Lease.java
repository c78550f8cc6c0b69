package io.ilana.db;

import io.ilana.dialect.TransactionStatements;
import io.ilana.error.IlanaException;
import io.ilana.error.QueryException;
import io.ilana.error.TransactionException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.R2dbcException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * One pooled connection borrowed for exactly one statement or one transaction, and the single owner
 * of its return. However a use ends (completion, error, or a cancel at any instant: while the pool
 * is still looking for a connection, while BEGIN or COMMIT is in flight, mid-result), it ends in
 * {@link #finish}, which runs once and off the caller's subscription, so a cancel cannot cut it
 * short:
 *
 * <ol>
 *   <li>wait until nothing runs on the connection any more (control statements such as BEGIN are
 *       never cancelled half-way, so their outcome is always known);
 *   <li>when the caller abandoned a statement, make sure the server stopped it (the dialect's
 *       cancel, sent only when the connection does not answer within a short grace);
 *   <li>commit or roll back what is open, and undo session changes;
 *   <li>hand the connection back to the pool, or close it when any of that failed or did not answer
 *       in time: a connection in an unknown state is never pooled.
 * </ol>
 *
 * No statement can start once finishing began, so nothing runs after a rollback on a connection
 * that is back in autocommit mode.
 */
final class Lease {
  /** How long an abandoned statement may take to answer before it is stopped on the server. */
  static final Duration STOP_GRACE = Duration.ofMillis(100);

  /** How long settling the connection may take before it is closed instead of pooled. */
  static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);

  private static final String PING = "SELECT 1";

  private enum State {
    NEW,
    ACQUIRING,
    ACTIVE,
    FINISHING
  }

  private final Leases source;

  // All fields below are guarded by this.
  private State state = State.NEW;
  private Connection connection;
  private Subscription acquiring;
  private Disposable deadline;
  private int running;
  private int inDriver;
  private boolean interrupted;
  private boolean inTransaction;
  private Runnable whenIdle;
  private Mono<Void> finished;
  private boolean finishedWithCommit;
  private IsolationLevel isolation;
  private boolean began;
  // The SQLSTATE of the failure that aborted the transaction, where one does (PostgreSQL).
  private String abortedBy;
  // Counted among the connection's leases in flight (Leases#started) and not yet uncounted.
  private boolean counted;
  // The connection was handed to the pool's return; it is handed there once.
  private boolean returned;

  Lease(Leases source) {
    this.source = source;
  }

  /** The borrowed connection; only valid after {@link #acquire} completed. */
  synchronized Connection connection() {
    return connection;
  }

  /** The configured name of the connection. */
  String connectionName() {
    return source.connectionName();
  }

  /**
   * Borrows the connection, within one deadline (acquireTimeout) for waiting, opening and checking
   * it. A connection the pool delivers after this was cancelled or timed out is handed straight
   * back.
   */
  Mono<Void> acquire() {
    return Mono.create(
        sink -> {
          synchronized (this) {
            if (state != State.NEW) {
              // internal invariant: each Lease is made for one acquire by Leases and Transactions.
              sink.error(new IllegalStateException("A lease is acquired once"));
              return;
            }
            if (!source.started()) {
              // The connection is closing: its pool is about to be disposed under any new borrower.
              state = State.FINISHING;
              finished = Mono.empty();
              sink.error(source.closedError());
              return;
            }
            counted = true;
            state = State.ACQUIRING;
          }
          sink.onCancel(this::abort);
          Acquisition acquisition = new Acquisition(sink);
          long started = System.nanoTime();
          source.pool().create().subscribe(acquisition);
          synchronized (this) {
            // An idle connection usually arrives during subscribe(): no timer is needed then.
            if (state == State.ACQUIRING) {
              long left = source.acquireTimeout().toNanos() - (System.nanoTime() - started);
              deadline =
                  Schedulers.parallel()
                      .schedule(
                          acquisition::deadlinePassed, Math.max(0, left), TimeUnit.NANOSECONDS);
            }
          }
        });
  }

  /**
   * Runs one statement on the connection in the caller's subscription (so a cancel reaches the
   * driver). It is refused once the lease is finishing; a cancel before the statement ended marks
   * the connection as possibly still busy on the server.
   */
  <T> Flux<T> statement(Function<Connection, ? extends Publisher<T>> work) {
    return Flux.defer(
        () -> {
          Connection current;
          synchronized (this) {
            if (state != State.ACTIVE) {
              return Flux.error(notActive());
            }
            running++;
            current = connection;
          }
          Publisher<T> publisher;
          try {
            publisher = work.apply(current);
          } catch (RuntimeException e) {
            ended(false);
            return Flux.error(e);
          }
          AtomicBoolean terminated = new AtomicBoolean();
          return Flux.from(new Entered<>(publisher))
              .doOnComplete(() -> terminated.set(true))
              .doOnError(
                  error -> {
                    terminated.set(true);
                    failed(error);
                  })
              .doFinally(signal -> ended(!terminated.get()));
        });
  }

  /** What a control statement that succeeded did to the transaction. */
  enum Effect {
    /** It began the transaction. */
    BEGINS,
    /** It ended the transaction (COMMIT, ROLLBACK). */
    ENDS,
    /** It rolled back to a savepoint: what failed after the savepoint is undone. */
    RESTORES,
    /** Neither (SAVEPOINT, RELEASE SAVEPOINT). */
    NONE
  }

  /**
   * Runs control statements (BEGIN, COMMIT, SAVEPOINT ...) in order through the executor (so the
   * query log sees them and their failures are translated), detached from the caller: cancelling
   * the returned Mono does not cancel them, and {@link #finish} waits for their outcome.
   */
  Mono<Void> control(List<String> statements, Effect effect) {
    return Mono.defer(
        () -> {
          Connection current;
          synchronized (this) {
            if (state != State.ACTIVE) {
              return Mono.error(notActive());
            }
            running++;
            current = connection;
            if (effect == Effect.BEGINS) {
              // Assume it began until it is known not to have: a rollback is then harmless.
              inTransaction = true;
              began = true;
            }
          }
          Sinks.Empty<Void> outcome = Sinks.empty();
          Flux.fromIterable(statements)
              .concatMap(sql -> source.runControl(current, sql))
              .subscribe(
                  null,
                  error -> {
                    failed(error);
                    ended(false);
                    outcome.tryEmitError(error);
                  },
                  () -> {
                    synchronized (this) {
                      if (effect == Effect.ENDS) {
                        inTransaction = false;
                      } else if (effect == Effect.RESTORES) {
                        abortedBy = null;
                      }
                    }
                    ended(false);
                    outcome.tryEmitEmpty();
                  });
          return outcome.asMono();
        });
  }

  /** Begins the transaction (BEGIN, with the isolation level when not {@code null}). */
  Mono<Void> begin(IsolationLevel level) {
    synchronized (this) {
      isolation = level;
    }
    return control(source.transactionStatements().begin(level), Effect.BEGINS);
  }

  /**
   * Commits the transaction. Where a failed statement aborted it (PostgreSQL) and no savepoint
   * rollback undid that, COMMIT would silently roll back: it is refused instead, and the
   * transaction stays open for the rollback that follows.
   */
  Mono<Void> commit() {
    return Mono.defer(
        () -> {
          String failure;
          synchronized (this) {
            failure = abortedBy;
          }
          return failure != null
              ? Mono.error(abortedCommit(failure))
              : control(List.of(source.transactionStatements().commit()), Effect.ENDS);
        });
  }

  /** Rolls the whole transaction back. */
  Mono<Void> rollback() {
    return control(List.of(source.transactionStatements().rollback()), Effect.ENDS);
  }

  /** Creates a savepoint. */
  Mono<Void> createSavepoint(String name) {
    return control(List.of(source.transactionStatements().createSavepoint(name)), Effect.NONE);
  }

  /** Releases a savepoint, keeping its work. */
  Mono<Void> releaseSavepoint(String name) {
    return control(List.of(source.transactionStatements().releaseSavepoint(name)), Effect.NONE);
  }

  /** Rolls back to a savepoint, keeping the transaction open. */
  Mono<Void> rollbackToSavepoint(String name) {
    return control(
        List.of(source.transactionStatements().rollbackToSavepoint(name)), Effect.RESTORES);
  }

  /**
   * Ends the use: commits when asked and a transaction is open (else rolls back what is open), then
   * returns the connection. Runs once; later calls get the same outcome. A commit asked for after
   * the lease was already rolled back (the caller cancelled first) is reported as an error.
   */
  Mono<Void> finish(boolean commit) {
    Sinks.Empty<Void> outcome = null;
    synchronized (this) {
      if (finished != null) {
        return commit && !finishedWithCommit ? Mono.error(rolledBackBeforeCommit()) : finished;
      }
      cancelDeadline();
      if (state == State.ACTIVE) {
        outcome = Sinks.empty();
        finished = outcome.asMono();
        finishedWithCommit = commit;
      } else {
        finished = Mono.empty();
      }
      state = State.FINISHING;
    }
    if (outcome == null) {
      // Nothing was borrowed; a connection the pool still delivers is returned by Acquisition.
      uncount();
      return Mono.empty();
    }
    ending(commit).subscribe(null, outcome::tryEmitError, outcome::tryEmitEmpty);
    return outcome.asMono();
  }

  /**
   * The caller cancelled: stop acquiring, or roll back and return the connection. Does nothing when
   * finishing already began (a COMMIT in flight runs to its end).
   */
  void abort() {
    Subscription pending = null;
    boolean active = false;
    boolean acquiring = false;
    synchronized (this) {
      switch (state) {
        case NEW, ACQUIRING -> {
          acquiring = true;
          pending = this.acquiring;
          state = State.FINISHING;
          finished = Mono.empty();
          cancelDeadline();
        }
        case ACTIVE -> active = true;
        case FINISHING -> {
          // already ending
        }
      }
    }
    if (pending != null) {
      pending.cancel();
    }
    if (acquiring) {
      uncount();
    }
    if (active) {
      finish(false);
    }
  }

  /** Whether finishing began with a commit (a cancel then leaves the COMMIT to complete). */
  synchronized boolean isCommitting() {
    return finished != null && finishedWithCommit;
  }

  private Mono<Void> ending(boolean commit) {
    AtomicReference<Throwable> reported = new AtomicReference<>();
    AtomicBoolean committed = new AtomicBoolean();
    Mono<Void> settle =
        commit
            // A COMMIT queues behind an abandoned statement; stopping it would abort the
            // transaction (PostgreSQL then turns COMMIT into a silent ROLLBACK).
            ? idle()
            : idle().then(Mono.defer(this::settleIfInterrupted));
    Mono<Void> commitStep =
        Mono.defer(
            () ->
                commit && inTransaction()
                    ? endTransaction(true)
                        .doOnSuccess(done -> committed.set(true))
                        .onErrorResume(error -> keep(reported, error))
                    : Mono.empty());
    Mono<Void> rollbackStep =
        Mono.defer(
            () ->
                inTransaction()
                    ? endTransaction(false)
                        .timeout(SETTLE_LIMIT)
                        .doOnError(error -> reported.compareAndSet(null, error))
                    : Mono.empty());
    Mono<Boolean> clean =
        settle
            .timeout(SETTLE_LIMIT)
            .then(commitStep)
            .then(rollbackStep)
            .then(Mono.defer(this::afterTransaction).timeout(SETTLE_LIMIT))
            .thenReturn(true)
            .onErrorResume(
                error -> {
                  if (commit && !committed.get() && reported.get() == null) {
                    reported.set(commitNotSent(error));
                  }
                  return Mono.just(false);
                });
    return clean
        .flatMap(ok -> ok ? giveBack() : closeInstead())
        .then(Mono.defer(() -> reported.get() == null ? Mono.empty() : Mono.error(reported.get())));
  }

  private static Mono<Void> keep(AtomicReference<Throwable> reported, Throwable error) {
    reported.compareAndSet(null, error);
    return Mono.empty();
  }

  private synchronized boolean inTransaction() {
    return inTransaction;
  }

  /** Ends the transaction while finishing; {@link #control} refuses to run by then. */
  private Mono<Void> endTransaction(boolean commit) {
    Connection current = connection();
    TransactionStatements statements = source.transactionStatements();
    return Mono.defer(
            () -> {
              String failure;
              synchronized (this) {
                failure = abortedBy;
              }
              if (commit && failure != null) {
                return Mono.error(abortedCommit(failure));
              }
              return source.runControl(
                  current, commit ? statements.commit() : statements.rollback());
            })
        .doOnSuccess(
            done -> {
              synchronized (this) {
                inTransaction = false;
              }
            });
  }

  /** Undoes the session changes of BEGIN, once a transaction was begun and has ended. */
  private Mono<Void> afterTransaction() {
    IsolationLevel level;
    synchronized (this) {
      if (!began) {
        return Mono.empty();
      }
      level = isolation;
    }
    Connection current = connection();
    return Flux.fromIterable(source.transactionStatements().afterTransaction(level))
        .concatMap(sql -> source.runControl(current, sql))
        .then();
  }

  /** Completes once no statement runs on the connection. */
  private Mono<Void> idle() {
    return Mono.create(
        sink -> {
          synchronized (this) {
            if (running > 0 || inDriver > 0) {
              whenIdle = sink::success;
              return;
            }
          }
          sink.success();
        });
  }

  /**
   * Remembers that the server refused a statement inside the transaction, where that aborts the
   * transaction (the driver's and our own exception both carry the server's SQLSTATE).
   */
  private void failed(Throwable error) {
    String sqlState =
        error instanceof R2dbcException r
            ? r.getSqlState()
            : error instanceof QueryException q ? q.sqlState() : null;
    if (sqlState == null || !source.transactionStatements().failureAbortsTransaction()) {
      return;
    }
    synchronized (this) {
      if (inTransaction && abortedBy == null) {
        // Only the SQLSTATE: the server's message may quote a bound secret.
        abortedBy = sqlState;
      }
    }
  }

  private void ended(boolean abandoned) {
    synchronized (this) {
      running--;
      interrupted |= abandoned;
    }
    wakeIfIdle();
  }

  private void entered(int change) {
    synchronized (this) {
      inDriver += change;
    }
    if (change < 0) {
      wakeIfIdle();
    }
  }

  private void wakeIfIdle() {
    Runnable wake = null;
    synchronized (this) {
      if (running == 0 && inDriver == 0 && whenIdle != null) {
        wake = whenIdle;
        whenIdle = null;
      }
    }
    if (wake != null) {
      wake.run();
    }
  }

  /**
   * After a statement was abandoned, the server may still be running it: the connection is pooled
   * only once it answers again. A quick answer (the result was complete, only unread) costs one
   * round trip; otherwise the statement is stopped on the server first.
   */
  private Mono<Void> settleIfInterrupted() {
    synchronized (this) {
      if (!interrupted) {
        return Mono.empty();
      }
    }
    StatementCanceller canceller = source.canceller();
    if (!canceller.canCancel()) {
      // Statements run on the subscriber's thread (H2): nothing keeps running.
      return Mono.empty();
    }
    Connection current = connection();
    return ping(current)
        .timeout(STOP_GRACE)
        .onErrorResume(
            TimeoutException.class, slow -> canceller.cancel(current).then(ping(current)));
  }

  /**
   * Any answer of the server counts (inside a failed PostgreSQL transaction SELECT 1 is an error);
   * a ping that a late cancel hit is sent once more.
   */
  private Mono<Void> ping(Connection current) {
    return pingOnce(current)
        .onErrorResume(error -> cancelledByServer(error) ? pingOnce(current) : Mono.error(error))
        .onErrorResume(Lease::answeredByServer, error -> Mono.empty());
  }

  private static Mono<Void> pingOnce(Connection current) {
    return Flux.defer(() -> Flux.from(current.createStatement(PING).execute()))
        .concatMap(result -> result.map((row, metadata) -> 1))
        .then();
  }

  private boolean cancelledByServer(Throwable error) {
    return error instanceof R2dbcException r
        && source.dialect().isStatementCancelled(r.getSqlState(), r.getErrorCode());
  }

  private static boolean answeredByServer(Throwable error) {
    return error instanceof R2dbcException r && r.getSqlState() != null;
  }

  /**
   * Hands the connection to the pool's return, once, and completes only after that call returned:
   * see {@link #outsideThePool}. The lease stops counting as in flight at that point, so a close
   * waiting for it disposes the pool only once the pool has finished taking the connection back.
   */
  private Mono<Void> giveBack() {
    return Mono.defer(
        () -> {
          Connection current;
          synchronized (this) {
            if (returned) {
              // internal invariant: ending() runs once; a second return would reach the pool.
              return Mono.error(new IllegalStateException("A lease returns its connection once"));
            }
            returned = true;
            current = connection;
          }
          return outsideThePool(current.close()).doOnSuccess(done -> uncount());
        });
  }

  /** Stops counting this lease as in flight, once; see {@link Leases#started}. */
  private void uncount() {
    synchronized (this) {
      if (!counted) {
        return;
      }
      counted = false;
    }
    source.ended();
  }

  /**
   * Subscribes to a pooled connection's return and completes (errors are ignored: the pool then
   * destroyed the connection) only once the pool's own handling of it is over. reactor-pool signals
   * the end of a return from inside its bookkeeping, which goes on after the signal: it later
   * destroys the slot it just made idle if it finds the pool disposed by then. A caller going on
   * inside that signal (on H2 everything runs on one stack) can borrow and return the same
   * connection again and close the manager before the signal returns; the pool then destroys that
   * connection a second time ("Too many permits returned"). So the completion is passed on after
   * subscribe() returned when the return ended inside it, otherwise from another thread.
   */
  private static Mono<Void> outsideThePool(Publisher<Void> giveBack) {
    return Mono.create(
        sink -> {
          // 0: subscribing; 1: ended inside subscribe(); 2: subscribe() returned first.
          AtomicInteger phase = new AtomicInteger();
          Runnable ended =
              () -> {
                if (!phase.compareAndSet(0, 1)) {
                  Schedulers.parallel().schedule(sink::success);
                }
              };
          Mono.from(giveBack).subscribe(null, error -> ended.run(), ended);
          if (!phase.compareAndSet(0, 2)) {
            sink.success();
          }
        });
  }

  /** Closes the driver's connection, then returns the pool's handle, which the pool discards. */
  private Mono<Void> closeInstead() {
    Connection current = connection();
    Connection physical = StatementCanceller.physical(current);
    Mono<Void> closePhysical =
        physical == current
            ? Mono.empty()
            : Mono.defer(() -> Mono.from(physical.close()))
                .timeout(SETTLE_LIMIT)
                .onErrorResume(error -> Mono.empty());
    return closePhysical.then(giveBack());
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.dispose();
      deadline = null;
    }
  }

  private TransactionException notActive() {
    return new TransactionException(
        "The connection to ["
            + source.connectionName()
            + "] is being returned (the transaction or statement was cancelled or has ended); no"
            + " statement can start on it any more.");
  }

  private TransactionException rolledBackBeforeCommit() {
    return new TransactionException(
        "The transaction on ["
            + source.connectionName()
            + "] was cancelled before COMMIT and rolled back.");
  }

  private TransactionException abortedCommit(String failure) {
    return new TransactionException(
        "The transaction on ["
            + source.connectionName()
            + "] cannot be committed: a statement in it failed (SQLSTATE "
            + failure
            + ") and "
            + source.dialect().name()
            + " aborted the whole transaction, so it is rolled back instead. Roll back to a"
            + " savepoint (a nested transaction) to go on after a failed statement.");
  }

  private TransactionException commitNotSent(Throwable cause) {
    TransactionException error =
        new TransactionException(
            "The transaction on ["
                + source.connectionName()
                + "] could not be committed: the connection did not settle ("
                + cause.getMessage()
                + "); it was closed, so the server rolls the transaction back.");
    error.addSuppressed(cause);
    return error;
  }

  /**
   * A driver publisher whose subscribe and request calls are counted while they run. Some drivers
   * (r2dbc-h2) execute the statement inside those calls, on the caller's thread: a cancel from
   * another thread then ends the subscription while the statement is still executing, and finishing
   * must wait for that call to return before it rolls back.
   */
  private final class Entered<T> implements Publisher<T> {
    private final Publisher<T> driver;

    Entered(Publisher<T> driver) {
      this.driver = driver;
    }

    @Override
    public void subscribe(org.reactivestreams.Subscriber<? super T> actual) {
      entered(1);
      try {
        driver.subscribe(
            new org.reactivestreams.Subscriber<T>() {
              @Override
              public void onSubscribe(Subscription subscription) {
                actual.onSubscribe(
                    new Subscription() {
                      @Override
                      public void request(long n) {
                        entered(1);
                        try {
                          subscription.request(n);
                        } finally {
                          entered(-1);
                        }
                      }

                      @Override
                      public void cancel() {
                        subscription.cancel();
                      }
                    });
              }

              @Override
              public void onNext(T item) {
                actual.onNext(item);
              }

              @Override
              public void onError(Throwable error) {
                actual.onError(error);
              }

              @Override
              public void onComplete() {
                actual.onComplete();
              }
            });
      } finally {
        entered(-1);
      }
    }
  }

  /** Receives the pool's connection for {@link #acquire}; one per lease. */
  private final class Acquisition implements CoreSubscriber<Connection> {
    private final MonoSink<Void> sink;

    Acquisition(MonoSink<Void> sink) {
      this.sink = sink;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      boolean wanted;
      synchronized (Lease.this) {
        wanted = state == State.ACQUIRING;
        if (wanted) {
          acquiring = subscription;
        }
      }
      if (wanted) {
        subscription.request(1);
      } else {
        subscription.cancel();
      }
    }

    @Override
    public void onNext(Connection delivered) {
      boolean kept;
      synchronized (Lease.this) {
        kept = state == State.ACQUIRING;
        if (kept) {
          connection = delivered;
          acquiring = null;
          state = State.ACTIVE;
          cancelDeadline();
        }
      }
      if (kept) {
        sink.success();
      } else {
        // Delivered at the instant of a cancel or a deadline: nobody will use it. onNext cannot
        // return a publisher, so the return runs detached, once (only this path sees the state
        // change), and bounded, so a pool that never answers cannot keep it alive.
        source.returning();
        outsideThePool(delivered.close())
            .timeout(SETTLE_LIMIT)
            .onErrorResume(error -> Mono.empty())
            .doFinally(signal -> source.ended())
            .subscribe();
      }
    }

    @Override
    public void onError(Throwable error) {
      if (failAcquire()) {
        uncount();
        sink.error(source.acquireFailed(error));
      }
    }

    @Override
    public void onComplete() {
      if (failAcquire()) {
        uncount();
        // acquireFailed turns this into the ConnectionException naming the connection.
        sink.error(source.acquireFailed(new IlanaException("the pool gave no connection")));
      }
    }

    void deadlinePassed() {
      Subscription pending;
      synchronized (Lease.this) {
        if (state != State.ACQUIRING) {
          return;
        }
        pending = acquiring;
      }
      // The message reads the pool's state before the cancel changes it.
      Throwable error = source.acquireTimedOut();
      if (!failAcquire()) {
        return;
      }
      if (pending != null) {
        pending.cancel();
      }
      uncount();
      sink.error(error);
    }

    /** Ends an acquire that got no connection; false when it already ended otherwise. */
    private boolean failAcquire() {
      synchronized (Lease.this) {
        if (state != State.ACQUIRING) {
          return false;
        }
        state = State.FINISHING;
        finished = Mono.empty();
        acquiring = null;
        cancelDeadline();
        return true;
      }
    }
  }
}
