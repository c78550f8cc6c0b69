package io.ilana.db;

import io.ilana.error.RetryableException;
import io.ilana.error.TransactionException;
import io.ilana.error.TransactionOptionsConflictException;
import io.r2dbc.spi.IsolationLevel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Runs work inside transactions on one connection's pool. The outermost transaction pins a pooled
 * connection, puts itself in the Reactor Context, commits on completion and rolls back on error or
 * cancel, then releases the connection exactly once, always after the rollback or commit finished.
 * A transaction started while one is in the Context becomes a savepoint.
 */
final class Transactions {
  private final String connectionName;
  private final Leases leases;
  private final TransactionKey key;

  Transactions(String connectionName, Leases leases, TransactionKey key) {
    this.connectionName = connectionName;
    this.leases = leases;
    this.key = key;
  }

  <T> Flux<T> run(TransactionOptions options, Function<Transaction, ? extends Publisher<T>> work) {
    return Flux.deferContextual(
        context -> {
          ActiveTransaction inContext = context.getOrDefault(key, null);
          if (inContext != null) {
            ActiveTransaction open = inContext.nearestOpen();
            if (open == null) {
              return Flux.error(
                  new TransactionException(
                      "Cannot start a transaction inside the transaction on ["
                          + connectionName
                          + "]: it already finished."));
            }
            String conflict = conflict(open, options);
            if (conflict != null) {
              return Flux.error(new TransactionOptionsConflictException(conflict));
            }
            return nested(open, work);
          }
          Flux<T> once = Flux.defer(() -> outermost(options, work));
          if (options.attempts() == 1) {
            return once;
          }
          // Only a whole transaction is retried, and only on a RetryableException (deadlock,
          // serialization failure, lock wait timeout, cluster conflict): the database rolled the
          // failed work back, and finishKeeping rolls back the rest of the attempt.
          // An attempt's values are held until it committed, so a COMMIT-time serialization
          // failure does not let a failed attempt's values through before the retry's.
          return once.collectList()
              .retryWhen(
                  Retry.max(options.attempts() - 1)
                      .filter(RetryableException.class::isInstance)
                      .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
              .flatMapIterable(values -> values);
        });
  }

  /**
   * A transaction finished by hand. A cancel before it is handed over rolls back and returns the
   * connection; afterwards its owner must commit or roll back.
   */
  Mono<Transaction> begin() {
    return Mono.defer(
        () -> {
          Lease lease = leases.lease();
          ActiveTransaction transaction =
              ActiveTransaction.outermost(key, connectionName, lease, null);
          AtomicBoolean handedOver = new AtomicBoolean();
          return lease
              .acquire()
              .then(lease.begin(null))
              .then(Mono.fromCallable(() -> (Transaction) new ManualTransaction(transaction)))
              .doOnNext(manual -> handedOver.set(true))
              .onErrorResume(error -> finishKeeping(lease, error))
              .doOnCancel(
                  () -> {
                    if (!handedOver.get()) {
                      lease.abort();
                    }
                  });
        });
  }

  /**
   * The outermost transaction: one {@link Lease} owns the connection from acquire to release, so
   * every end (commit, error, cancel at any point) goes through its single finishing path.
   */
  private <T> Flux<T> outermost(
      TransactionOptions options, Function<Transaction, ? extends Publisher<T>> work) {
    return Flux.defer(
        () -> {
          Lease lease = leases.lease();
          ActiveTransaction transaction =
              ActiveTransaction.outermost(key, connectionName, lease, options.isolationLevel());
          Flux<T> body =
              lease
                  .acquire()
                  .then(lease.begin(options.isolationLevel()))
                  .thenMany(
                      Flux.defer(
                              () -> TransactionScope.building(key, () -> work.apply(transaction)))
                          .contextWrite(c -> c.put(key, transaction)));
          return body.onErrorResume(error -> finishKeeping(lease, error))
              .concatWith(
                  Mono.defer(() -> lease.finish(true))
                      .then(transaction.runAfterCommit())
                      .then(Mono.<T>empty()))
              .doOnCancel(() -> cancelled(lease, transaction));
        });
  }

  /**
   * A cancel rolls back, unless COMMIT was already sent: it then completes on its own, and the
   * after-commit callbacks still run when it succeeded (the caller saw a cancel, not the outcome).
   */
  private static void cancelled(Lease lease, ActiveTransaction transaction) {
    lease.abort();
    if (lease.isCommitting()) {
      lease.finish(true).then(transaction.runAfterCommit()).subscribe(null, error -> {});
    }
  }

  /** Rolls back after a failure; a failing rollback is kept as suppressed, not lost or swapped. */
  private static <T> Mono<T> finishKeeping(Lease lease, Throwable error) {
    return lease
        .finish(false)
        .onErrorResume(
            rollbackError -> {
              if (rollbackError != error) {
                error.addSuppressed(rollbackError);
              }
              return Mono.empty();
            })
        .then(Mono.error(error));
  }

  /**
   * Why a nested transaction cannot have the options it was given, or {@code null} when it can: a
   * savepoint runs at the outer transaction's isolation level, so asking for another one is an
   * error rather than silently ignored. No level asked for means the outer one's.
   */
  private String conflict(ActiveTransaction outer, TransactionOptions options) {
    IsolationLevel asked = options.isolationLevel();
    IsolationLevel running = outer.isolation();
    if (asked == null || asked.equals(running)) {
      return null;
    }
    return "A transaction nested in the transaction on ["
        + connectionName
        + "] asked for isolation level "
        + asked.asSql()
        + ", but the outer transaction runs at "
        + (running == null ? "the database's default level" : running.asSql())
        + "; a nested transaction (a savepoint) cannot change the isolation level. Pass no"
        + " isolation level to the nested transaction, or set it on the outermost one.";
  }

  /**
   * A savepoint: released when the work completes, rolled back to when it fails or is cancelled. A
   * failing release reaches the caller as the translated exception it is (Flux.usingWhen would wrap
   * it in a bare RuntimeException).
   */
  private <T> Flux<T> nested(
      ActiveTransaction outer, Function<Transaction, ? extends Publisher<T>> work) {
    return outer
        .nested()
        .start()
        .flatMapMany(
            savepoint ->
                Flux.defer(() -> TransactionScope.building(key, () -> work.apply(savepoint)))
                    .contextWrite(c -> c.put(key, savepoint))
                    .onErrorResume(
                        error -> rollbackKeeping(savepoint, error).then(Mono.<T>error(error)))
                    .concatWith(Mono.defer(savepoint::commitIfOpen).then(Mono.<T>empty()))
                    .doOnCancel(
                        () ->
                            savepoint
                                .rollbackIfOpen()
                                .onErrorResume(e -> Mono.empty())
                                .subscribe()));
  }

  /** Rolls a savepoint back after a failure, keeping a failing rollback as suppressed. */
  private static Mono<Void> rollbackKeeping(ActiveTransaction savepoint, Throwable error) {
    return savepoint
        .rollbackIfOpen()
        .onErrorResume(
            rollbackError -> {
              error.addSuppressed(rollbackError);
              return Mono.empty();
            });
  }
}
