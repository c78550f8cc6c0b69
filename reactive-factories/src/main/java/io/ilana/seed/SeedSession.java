package io.ilana.seed;

import io.ilana.db.DatabaseConnection;
import io.ilana.dialect.ForeignKeyChecks;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;

/**
 * The connection a seeder writes through, and whether that is a transaction the runner began for it
 * (and so one pinned pooled connection). Seeders called on the same connection share their caller's
 * session, so a child that turns foreign key checks off is reset with its caller.
 */
final class SeedSession {
  final DatabaseConnection connection;
  final boolean inTransaction;
  private final AtomicBoolean checksOff = new AtomicBoolean();

  SeedSession(DatabaseConnection connection, boolean inTransaction) {
    this.connection = connection;
    this.inTransaction = inTransaction;
  }

  /** Turns the session's foreign key checks off. */
  Mono<Void> disableChecks(Seeder seeder) {
    return Mono.defer(
        () -> {
          requireTransaction(seeder, "disableForeignKeyChecks");
          // Marked first: if the statement's outcome is unknown, the reset still runs.
          checksOff.set(true);
          return connection.statement(checks().disable());
        });
  }

  /** Turns them back on. */
  Mono<Void> enableChecks(Seeder seeder) {
    return Mono.defer(
        () -> {
          requireTransaction(seeder, "enableForeignKeyChecks");
          return connection.statement(checks().enable()).doOnSuccess(done -> checksOff.set(false));
        });
  }

  /**
   * Before a commit: checks that a seeder left off are turned on again, on the pinned connection,
   * so neither the rest of the transaction's owner nor the pool's next borrower inherits them.
   */
  Mono<Void> restoreBeforeCommit() {
    return Mono.defer(
        () ->
            checksOff.getAndSet(false)
                ? connection.statement(checks().enable())
                : Mono.<Void>empty());
  }

  /**
   * Before a rollback (the seeder failed or was cancelled): the same reset where the setting
   * belongs to the session. Where it ends with the transaction there is nothing to undo (and the
   * failed transaction may refuse any statement, as on PostgreSQL); where it holds for the whole
   * database, setting it would commit the failed work, so it waits for {@link
   * #restoreAfterRollback}. A failing reset is kept as suppressed by the seeder's own failure.
   */
  Mono<Void> restoreBeforeRollback(Throwable failure) {
    return Mono.defer(
        () -> {
          if (!checksOff.get() || checks().scope() != ForeignKeyChecks.Scope.SESSION) {
            return Mono.<Void>empty();
          }
          checksOff.set(false);
          return quietly(connection.statement(checks().enable()), failure);
        });
  }

  /**
   * After the transaction rolled back: a database-wide setting is put back, on a pooled connection
   * of its own (the transaction's is gone).
   */
  Mono<Void> restoreAfterRollback(Throwable failure) {
    return Mono.defer(
        () -> {
          if (!checksOff.getAndSet(false) || checks().scope() != ForeignKeyChecks.Scope.DATABASE) {
            return Mono.<Void>empty();
          }
          return quietly(
              connection
                  .statement(checks().enable())
                  .contextWrite(context -> reactor.util.context.Context.empty()),
              failure);
        });
  }

  private static Mono<Void> quietly(Mono<Void> reset, Throwable failure) {
    return reset.onErrorResume(
        error -> {
          failure.addSuppressed(error);
          return Mono.empty();
        });
  }

  private ForeignKeyChecks checks() {
    return connection.dialect().foreignKeyChecks();
  }

  private void requireTransaction(Seeder seeder, String method) {
    if (!inTransaction) {
      throw new SeederException(
          "Seeder ["
              + seeder.name()
              + "] called "
              + method
              + "() outside a transaction: foreign key checks are a setting of one session, and"
              + " only the seeder's transaction keeps one pooled connection. Let the seeder run in"
              + " its transaction (do not override transactional() to return false).");
    }
  }
}
