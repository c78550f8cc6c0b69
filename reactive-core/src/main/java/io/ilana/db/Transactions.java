package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.error.DeadlockException;
import io.ilana.error.TransactionException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
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
  private final Dialect dialect;
  private final Executor executor;
  private final TransactionKey key;

  Transactions(String connectionName, Dialect dialect, Executor executor, TransactionKey key) {
    this.connectionName = connectionName;
    this.dialect = dialect;
    this.executor = executor;
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
            return nested(open, work);
          }
          Flux<T> once = Flux.defer(() -> outermost(options, work));
          if (options.attempts() == 1) {
            return once;
          }
          // Only a whole transaction is retried: a deadlock has already rolled all of it back.
          return once.retryWhen(
              Retry.max(options.attempts() - 1)
                  .filter(DeadlockException.class::isInstance)
                  .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        });
  }

  Mono<Transaction> begin() {
    return open(TransactionOptions.defaults()).map(ManualTransaction::new);
  }

  private <T> Flux<T> outermost(
      TransactionOptions options, Function<Transaction, ? extends Publisher<T>> work) {
    IsolationLevel isolation = options.isolationLevel();
    return Flux.usingWhen(
        open(options),
        transaction ->
            Flux.defer(() -> TransactionScope.building(key, () -> work.apply(transaction)))
                .contextWrite(c -> c.put(key, transaction)),
        transaction ->
            thenRelease(transaction, isolation, transaction.commitIfOpen())
                .then(transaction.runAfterCommit()),
        (transaction, error) ->
            thenRelease(transaction, isolation, rollbackKeeping(transaction, error)),
        transaction ->
            thenRelease(
                transaction,
                isolation,
                transaction.rollbackIfOpen().onErrorResume(e -> Mono.empty())));
  }

  private <T> Flux<T> nested(
      ActiveTransaction outer, Function<Transaction, ? extends Publisher<T>> work) {
    return Flux.usingWhen(
        outer.nested().start(),
        savepoint ->
            Flux.defer(() -> TransactionScope.building(key, () -> work.apply(savepoint)))
                .contextWrite(c -> c.put(key, savepoint)),
        ActiveTransaction::commitIfOpen,
        Transactions::rollbackKeeping,
        savepoint -> savepoint.rollbackIfOpen().onErrorResume(e -> Mono.empty()));
  }

  /**
   * Borrows a connection and begins a transaction on it. A cancel or failure between the two rolls
   * back whatever began and hands the connection back, so nothing leaks.
   */
  private Mono<ActiveTransaction> open(TransactionOptions options) {
    return executor
        .acquire()
        .flatMap(
            connection ->
                dialect
                    .beginTransaction(connection, options.isolationLevel())
                    .onErrorMap(error -> executor.translateControl(error, "BEGIN"))
                    .thenReturn(
                        ActiveTransaction.outermost(
                            key, connectionName, connection, dialect, executor::translateControl))
                    .onErrorResume(error -> release(connection).then(Mono.error(error)))
                    .doOnCancel(
                        () ->
                            Mono.from(connection.rollbackTransaction())
                                .onErrorResume(e -> Mono.empty())
                                .then(release(connection))
                                .subscribe()));
  }

  /** Rolls back after a failure; a failing rollback is kept as suppressed, not lost or swapped. */
  private static Mono<Void> rollbackKeeping(ActiveTransaction transaction, Throwable error) {
    return transaction
        .rollbackIfOpen()
        .onErrorResume(
            rollbackError -> {
              error.addSuppressed(rollbackError);
              return Mono.empty();
            });
  }

  /**
   * Runs the finishing step and undoes session changes, then releases the connection exactly once
   * whatever happened.
   */
  private Mono<Void> thenRelease(
      ActiveTransaction transaction, IsolationLevel isolation, Mono<Void> finish) {
    Connection connection = transaction.connection();
    return finish
        .then(dialect.afterTransaction(connection, isolation))
        .onErrorResume(error -> release(connection).then(Mono.error(error)))
        .then(release(connection));
  }

  private static Mono<Void> release(Connection connection) {
    return Mono.defer(() -> Mono.from(connection.close()));
  }
}
