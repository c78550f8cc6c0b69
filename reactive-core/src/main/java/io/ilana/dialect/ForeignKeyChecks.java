package io.ilana.dialect;

/**
 * The SQL that turns a session's foreign key checks off and back on, as seeders need while they
 * write rows out of dependency order. These are session settings: whoever runs them must run both
 * on the same (pinned) connection, and must run {@link #enable()} before that connection goes back
 * to the pool, unless {@link #endsWithTransaction()} says the database undoes the change itself.
 */
public interface ForeignKeyChecks {

  /** The statement that stops the session checking foreign keys. */
  String disable();

  /** The statement that makes the session check foreign keys again. */
  String enable();

  /**
   * Whether a change made inside a transaction ends with that transaction, committed or rolled
   * back, on its own (PostgreSQL's {@code SET LOCAL}); then a connection cannot go back to the pool
   * with the checks off even when {@link #enable()} never ran.
   */
  boolean endsWithTransaction();
}
