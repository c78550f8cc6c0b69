package io.ilana.schema;

import io.ilana.dialect.Dialect;
import io.ilana.error.QueryException;

/** The exception of a create that failed half-way on a database whose DDL cannot roll back. */
final class CreateFailures {
  private CreateFailures() {}

  /**
   * The failure, as the same exception type, its message saying whether the half-built table was
   * dropped again; a failure that is no {@link QueryException} is returned as it is.
   */
  static Throwable noted(Dialect dialect, String table, Throwable failure, boolean dropped) {
    if (!(failure instanceof QueryException query)) {
      return failure;
    }
    String note =
        dropped
            ? "; the table "
                + table
                + " was dropped again ("
                + dialect.name()
                + " DDL is not transactional, so a failed createTable removes what it created)"
            : "; dropping the half-built table "
                + table
                + " failed too (see the suppressed exception): drop it by hand";
    Throwable driverError = query.getCause() == null ? query : query.getCause();
    QueryException noted =
        dialect.translate(query.failure().withNote(note), driverError, query.getCause());
    for (Throwable suppressed : query.getSuppressed()) {
      noted.addSuppressed(suppressed);
    }
    return noted;
  }
}
