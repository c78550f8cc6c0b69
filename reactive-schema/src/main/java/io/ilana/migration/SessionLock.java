package io.ilana.migration;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.Transaction;
import io.ilana.error.QueryException;
import io.ilana.sql.Sql;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;

/**
 * A database session lock held on one pinned connection: a transaction is begun only to keep the
 * connection out of the pool while the lock is held. The migrations themselves run on other pooled
 * connections, because the transaction's Context is given to the lock statements alone.
 */
public abstract class SessionLock implements MigrationLock {
  private final DatabaseConnection connection;

  /** A lock held through a transaction on {@code connection}. */
  protected SessionLock(DatabaseConnection connection) {
    this.connection = connection;
  }

  /** The statement that waits for the lock; its first column is 1 when taken. */
  protected abstract Sql lockStatement();

  /** The statement that releases the lock, or {@code null} when ending the transaction does. */
  protected abstract Sql unlockStatement();

  /** The message when the lock was not taken. */
  protected abstract String timeoutMessage();

  @Override
  public Mono<Held> acquire() {
    return connection
        .beginTransaction()
        .flatMap(
            trx ->
                connection
                    .select(lockStatement())
                    .contextWrite(trx.context())
                    .next()
                    // GET_LOCK answers NULL on error.
                    .flatMap(row -> Mono.justOrEmpty(row.values().iterator().next()))
                    .defaultIfEmpty(0)
                    .flatMap(
                        result ->
                            isOne(result)
                                ? Mono.<Held>just(new Pinned(trx))
                                : Mono.error(new MigrationLockException(timeoutMessage())))
                    .onErrorMap(
                        QueryException.class,
                        // 55P03: PostgreSQL's lock_timeout expired while waiting.
                        e ->
                            "55P03".equals(e.sqlState())
                                ? new MigrationLockException(timeoutMessage())
                                : e)
                    .onErrorResume(
                        error ->
                            trx.rollback().onErrorResume(e -> Mono.empty()).then(Mono.error(error)))
                    // Given up while waiting (a timeout upstream): end the transaction so the
                    // pinned connection, and any lock it took meanwhile, go back.
                    .doOnCancel(() -> trx.rollback().onErrorResume(e -> Mono.empty()).subscribe()));
  }

  @Override
  public Mono<Void> forceUnlock() {
    // A session lock dies with its session; there is nothing left behind to clear.
    return Mono.empty();
  }

  private static boolean isOne(Object value) {
    return value instanceof Number number
        ? number.longValue() == 1
        : value instanceof Boolean bool ? bool : "1".equals(String.valueOf(value));
  }

  private final class Pinned implements Held {
    private final Transaction transaction;
    private final AtomicBoolean released = new AtomicBoolean();

    Pinned(Transaction transaction) {
      this.transaction = transaction;
    }

    @Override
    public Mono<Void> release() {
      return Mono.defer(
          () -> {
            if (!released.compareAndSet(false, true)) {
              return Mono.empty();
            }
            Sql unlock = unlockStatement();
            Mono<Void> unlocking =
                unlock == null
                    ? Mono.empty()
                    : connection.select(unlock).contextWrite(transaction.context()).then();
            return unlocking
                .then(transaction.commit())
                .onErrorResume(error -> transaction.rollback().then(Mono.error(error)));
          });
    }
  }
}
