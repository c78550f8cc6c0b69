package io.ilana.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.ClusterConflictException;
import io.ilana.error.DeadlockException;
import io.ilana.error.ForeignKeyDefinitionException;
import io.ilana.error.LockWaitTimeoutException;
import io.ilana.error.LostConnectionException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.RetryableException;
import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.error.ValueTooLongException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL and MariaDB errors, which r2dbc-mysql reports without SQLSTATE, get type and SQLSTATE. */
class MySqlErrorCodesTest {
  private final MariaDbDialect dialect = new MariaDbDialect();

  private QueryException translate(int code, String message) {
    QueryFailure failure = new QueryFailure("select 1", List.of(), null, code, "test", message);
    return dialect.translate(
        failure, new R2dbcNonTransientResourceException(message, null, code), null);
  }

  @Test
  void dataTooLongIsValueTooLongWithSqlState22001() {
    QueryException error = translate(1406, "Data too long for column 'body' at row 1");
    assertThat(error).isInstanceOf(ValueTooLongException.class);
    assertThat(error.sqlState()).isEqualTo("22001");
  }

  @Test
  void cannotCreateTableWithErrno150IsForeignKeyDefinitionWithSqlState42830() {
    QueryException error =
        translate(
            1005,
            "Can't create table `db`.`members` (errno: 150 \"Foreign key constraint is incorrectly"
                + " formed\")");
    assertThat(error).isInstanceOf(ForeignKeyDefinitionException.class);
    assertThat(error.sqlState()).isEqualTo("42830");
  }

  @Test
  void cannotCreateTableForAnotherReasonStaysAPlainQueryException() {
    QueryException error = translate(1005, "Can't create table `db`.`members` (errno: 121)");
    assertThat(error.getClass()).isEqualTo(QueryException.class);
    assertThat(error.sqlState()).isNull();
  }

  @Test
  void mysqlsForeignKeyDefinitionCodesAreForeignKeyDefinition() {
    for (int code : new int[] {1215, 1822, 3780}) {
      assertThat(translate(code, "Failed to add the foreign key constraint"))
          .isInstanceOf(ForeignKeyDefinitionException.class);
    }
  }

  @Test
  void aLostServerIsALostConnectionWithSqlState08006() {
    for (int code : new int[] {2006, 2013}) {
      QueryException error = translate(code, "Lost connection to server during query");
      assertThat(error).isInstanceOf(LostConnectionException.class);
      assertThat(error.sqlState()).isEqualTo("08006");
    }
  }

  @Test
  void theDriversConnectionClosedErrorIsALostConnectionWithSqlState08006() {
    QueryException error = translate(0, "Connection unexpectedly closed");
    assertThat(error).isInstanceOf(LostConnectionException.class);
    assertThat(error.sqlState()).isEqualTo("08006");
  }

  @Test
  void aDuplicateKeyIsAUniqueViolationWithThePostgresSqlState() {
    QueryException error = translate(1062, "Duplicate entry 'a' for key 'code'");
    assertThat(error).isInstanceOf(UniqueConstraintViolationException.class);
    assertThat(error.sqlState()).isEqualTo("23505");
  }

  @Test
  void aDeadlockIsARetryableDeadlockWithMySqlsSqlState() {
    QueryException error =
        translate(1213, "Deadlock found when trying to get lock; try restarting transaction");
    assertThat(error.getClass()).isEqualTo(DeadlockException.class);
    assertThat(error).isInstanceOf(RetryableException.class);
    assertThat(error.sqlState()).isEqualTo("40001");
    assertThat(error.errorCode()).isEqualTo(1213);
  }

  @Test
  void aLockWaitTimeoutIsARetryableLockWaitTimeout() {
    QueryException error =
        translate(1205, "Lock wait timeout exceeded; try restarting transaction");
    assertThat(error).isInstanceOf(LockWaitTimeoutException.class);
    assertThat(error).isInstanceOf(RetryableException.class);
    assertThat(error.sqlState()).isEqualTo("HY000");
  }

  @Test
  void aGaleraCertificationFailureIsARetryableClusterConflict() {
    QueryException error =
        translate(
            1213,
            "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the"
                + " transaction");
    assertThat(error).isInstanceOf(ClusterConflictException.class);
    assertThat(error).isInstanceOf(DeadlockException.class);
    assertThat(error).isInstanceOf(RetryableException.class);
    assertThat(error.sqlState()).isEqualTo("40001");
  }

  @Test
  void galerasOlderBruteForceAbortWordingIsAClusterConflictToo() {
    assertThat(translate(1213, "Deadlock: wsrep aborted transaction"))
        .isInstanceOf(ClusterConflictException.class);
  }

  @Test
  void theWsrepConflictMessageIsAClusterConflictWhateverTheErrorNumber() {
    assertThat(
            translate(
                1180,
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the"
                    + " transaction"))
        .isInstanceOf(ClusterConflictException.class);
  }

  @Test
  void anIntegrityViolationIsNotRetryable() {
    assertThat(translate(1062, "Duplicate entry 'a' for key 'code'"))
        .isNotInstanceOf(RetryableException.class);
  }
}
