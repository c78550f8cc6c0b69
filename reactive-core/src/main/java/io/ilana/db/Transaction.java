package io.ilana.db;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A transaction in progress on one pooled connection. Inside {@link DatabaseConnection#transaction}
 * it is found through the Reactor Context; statements need not be handed it.
 */
public interface Transaction {

  /** The configured name of the connection the transaction runs on. */
  String connectionName();

  /** How deep this transaction is nested: 0 for the outermost, 1 for its first savepoint. */
  int depth();

  /** Whether the transaction has been committed or rolled back. */
  boolean isFinished();

  /** Commits (or, for a nested transaction, releases its savepoint). */
  Mono<Void> commit();

  /** Rolls back (or, for a nested transaction, rolls back to its savepoint). */
  Mono<Void> rollback();

  /** A Context holding this transaction, for {@code contextWrite} on a manual transaction. */
  Context context();
}
