package io.ilana.dialect.mysql;

import io.ilana.dialect.FailureKind;
import io.ilana.dialect.SqlStateRules;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL's and MariaDB's error numbers, as the SQLSTATE and kind of failure they stand for.
 * r2dbc-mysql reports no SQLSTATE at all, and MySQL's own would not tell the failures apart (23000
 * for every integrity violation, HY000 for most others), so the SQLSTATE given to an error is the
 * one PostgreSQL and the shared {@link SqlStateRules} use for the same failure: a caller that
 * checks {@code sqlState()} sees the same value on every database.
 */
final class MySqlErrorCodes {
  /** What one error number means. */
  private record Meaning(String sqlState, FailureKind kind) {}

  private static final Meaning UNIQUE = new Meaning("23505", FailureKind.UNIQUE_VIOLATION);
  private static final Meaning FOREIGN_KEY =
      new Meaning("23503", FailureKind.FOREIGN_KEY_VIOLATION);
  private static final Meaning NOT_NULL = new Meaning("23502", FailureKind.NOT_NULL_VIOLATION);
  private static final Meaning LOST =
      new Meaning(SqlStateRules.CONNECTION_FAILURE, FailureKind.LOST_CONNECTION);
  private static final Meaning KEY_DEFINITION =
      new Meaning("42830", FailureKind.FOREIGN_KEY_DEFINITION);

  /**
   * ER_LOCK_DEADLOCK, which a Galera cluster also reports for a certification failure or a
   * brute-force abort, then with a message naming WSREP.
   */
  private static final int ER_LOCK_DEADLOCK = 1213;

  /**
   * A Galera conflict: the transaction lost to a write set from another node. It carries the
   * SQLSTATE MySQL gives error 1213 (40001, serialization failure).
   */
  private static final Meaning CLUSTER_CONFLICT =
      new Meaning("40001", FailureKind.CLUSTER_CONFLICT);

  private static final Map<Integer, Meaning> CODES =
      Map.ofEntries(
          Map.entry(1062, UNIQUE), // ER_DUP_ENTRY
          Map.entry(1586, UNIQUE), // ER_DUP_ENTRY_WITH_KEY_NAME
          Map.entry(1451, FOREIGN_KEY), // ER_ROW_IS_REFERENCED_2
          Map.entry(1452, FOREIGN_KEY), // ER_NO_REFERENCED_ROW_2
          Map.entry(1216, FOREIGN_KEY), // ER_NO_REFERENCED_ROW
          Map.entry(1217, FOREIGN_KEY), // ER_ROW_IS_REFERENCED
          Map.entry(1048, NOT_NULL), // ER_BAD_NULL_ERROR
          Map.entry(1364, NOT_NULL), // ER_NO_DEFAULT_FOR_FIELD
          // MySQL's own SQLSTATE for a deadlock, which the driver reports with it.
          Map.entry(ER_LOCK_DEADLOCK, new Meaning("40001", FailureKind.DEADLOCK)),
          Map.entry(
              1205, new Meaning("HY000", FailureKind.LOCK_WAIT_TIMEOUT)), // ER_LOCK_WAIT_TIMEOUT
          Map.entry(1406, new Meaning("22001", FailureKind.VALUE_TOO_LONG)), // ER_DATA_TOO_LONG
          Map.entry(1264, new Meaning("22003", FailureKind.OTHER)), // ER_WARN_DATA_OUT_OF_RANGE
          Map.entry(1317, new Meaning("57014", FailureKind.OTHER)), // ER_QUERY_INTERRUPTED
          Map.entry(1215, KEY_DEFINITION), // ER_CANNOT_ADD_FOREIGN
          Map.entry(1822, KEY_DEFINITION), // ER_FK_NO_INDEX_PARENT
          Map.entry(1824, KEY_DEFINITION), // ER_FK_CANNOT_OPEN_PARENT
          Map.entry(3780, KEY_DEFINITION), // ER_FK_INCOMPATIBLE_COLUMNS
          Map.entry(2006, LOST), // CR_SERVER_GONE_ERROR
          Map.entry(2013, LOST), // CR_SERVER_LOST
          Map.entry(1927, LOST), // ER_CONNECTION_KILLED (MariaDB)
          Map.entry(1053, LOST), // ER_SERVER_SHUTDOWN
          Map.entry(4031, LOST)); // ER_CLIENT_INTERACTION_TIMEOUT (MySQL 8)

  /** ER_CANT_CREATE_TABLE: a foreign key problem only when the storage engine said errno 150. */
  private static final int CANT_CREATE_TABLE = 1005;

  /** ER_ERROR_ON_RENAME, which an ALTER TABLE adding a bad key reports with errno 150 too. */
  private static final int ERROR_ON_RENAME = 1025;

  private MySqlErrorCodes() {}

  /**
   * The exception for a MySQL or MariaDB failure: by error number where it is known, as a lost
   * connection when the driver says the connection closed ("Connection unexpectedly closed" carries
   * no number), otherwise by SQLSTATE.
   */
  static QueryException translate(QueryFailure failure, Throwable driverError, Throwable cause) {
    Meaning meaning = meaningOf(failure);
    if (meaning == null) {
      return SqlStateRules.translate(failure, driverError, cause);
    }
    QueryFailure stated =
        failure.sqlState() == null ? failure.withSqlState(meaning.sqlState()) : failure;
    return meaning.kind().create(stated, cause);
  }

  private static Meaning meaningOf(QueryFailure failure) {
    int code = failure.errorCode();
    if (isClusterConflict(code, failure.driverMessage())) {
      return CLUSTER_CONFLICT;
    }
    if (code == CANT_CREATE_TABLE || code == ERROR_ON_RENAME) {
      String message = failure.driverMessage() == null ? "" : failure.driverMessage();
      return message.contains("errno: 150") ? KEY_DEFINITION : null;
    }
    return CODES.get(code);
  }

  /**
   * Galera reports its conflicts as error 1213 with a message naming WSREP ("WSREP detected
   * deadlock/conflict and aborted the transaction. Try restarting the transaction", or older
   * "Deadlock: wsrep aborted transaction"); some versions report the first message with another
   * number, so that message counts whatever the number.
   */
  private static boolean isClusterConflict(int code, String driverMessage) {
    String message = driverMessage == null ? "" : driverMessage.toLowerCase(Locale.ROOT);
    return message.contains("wsrep detected deadlock/conflict")
        || code == ER_LOCK_DEADLOCK && message.contains("wsrep");
  }
}
