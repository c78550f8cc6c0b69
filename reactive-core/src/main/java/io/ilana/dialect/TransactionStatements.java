package io.ilana.dialect;

import io.r2dbc.spi.IsolationLevel;
import java.util.List;

/**
 * The SQL that controls transactions on one database. The executor runs these texts like any other
 * statement, so query listeners see them and their failures are translated like any statement's.
 * The defaults are the SQL standard's spellings; a dialect overrides what its database spells
 * differently. Savepoint names are the library's own (letters, digits and underscores), never user
 * input.
 */
public interface TransactionStatements {

  /**
   * The statements that begin a transaction, run in order, at the given isolation level when not
   * {@code null}. The level must hold for this transaction only, never for later users of the
   * pooled connection (or {@link #afterTransaction} must put it back).
   */
  default List<String> begin(IsolationLevel isolation) {
    return List.of(
        isolation == null
            ? "START TRANSACTION"
            : "START TRANSACTION ISOLATION LEVEL " + isolation.asSql());
  }

  /** Commits the open transaction; afterwards the connection is back in autocommit mode. */
  default String commit() {
    return "COMMIT";
  }

  /** Rolls the open transaction back; afterwards the connection is back in autocommit mode. */
  default String rollback() {
    return "ROLLBACK";
  }

  /** Creates a savepoint inside the open transaction. */
  default String createSavepoint(String name) {
    return "SAVEPOINT " + name;
  }

  /** Releases a savepoint whose work is kept. */
  default String releaseSavepoint(String name) {
    return "RELEASE SAVEPOINT " + name;
  }

  /** Rolls back to a savepoint, keeping the transaction open. */
  default String rollbackToSavepoint(String name) {
    return "ROLLBACK TO SAVEPOINT " + name;
  }

  /**
   * The statements that undo session changes {@link #begin} made, run in order once the transaction
   * has ended (committed or rolled back), before the connection goes back to the pool.
   *
   * @param isolation the level the transaction was begun with, or {@code null}
   */
  default List<String> afterTransaction(IsolationLevel isolation) {
    return List.of();
  }

  /**
   * Whether a failed statement aborts the whole transaction until it (or the savepoint around the
   * failure) is rolled back, as on PostgreSQL, where a COMMIT then silently rolls back instead.
   */
  default boolean failureAbortsTransaction() {
    return false;
  }
}
