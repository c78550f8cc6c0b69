package io.ilana.dialect;

/**
 * The SQL that turns foreign key checks off and back on, as seeders need while they write rows out
 * of dependency order. Whoever runs {@link #disable()} must run {@link #enable()} as {@link
 * #scope()} requires, on every path, so that no later user of the database inherits the checks off.
 */
public interface ForeignKeyChecks {

  /** How far a change of the setting reaches, and so when and where it must be undone. */
  enum Scope {
    /**
     * The change ends with the transaction it was made in, committed or rolled back (PostgreSQL's
     * {@code SET LOCAL}): nothing needs undoing after a failure.
     */
    TRANSACTION,
    /**
     * The change holds for the session until set back, through commits and rollbacks (MySQL's
     * {@code foreign_key_checks}): it must be undone on the same connection before that connection
     * goes back to the pool.
     */
    SESSION,
    /**
     * The change holds for the whole database, every session, and setting it commits the open
     * transaction (H2's {@code REFERENTIAL_INTEGRITY}): after a failure it is undone once the
     * transaction has rolled back, from any connection.
     */
    DATABASE
  }

  /** The statement that stops foreign keys being checked. */
  String disable();

  /** The statement that makes foreign keys be checked again. */
  String enable();

  /** How far a change reaches. */
  Scope scope();

  /** The switch made of these two statements and their scope. */
  static ForeignKeyChecks of(String disable, String enable, Scope scope) {
    record Statements(String disable, String enable, Scope scope) implements ForeignKeyChecks {}
    return new Statements(disable, enable, scope);
  }
}
