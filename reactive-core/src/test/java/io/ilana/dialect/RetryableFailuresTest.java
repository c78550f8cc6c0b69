package io.ilana.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.h2.H2Dialect;
import io.ilana.dialect.postgres.PostgresDialect;
import io.ilana.error.DeadlockException;
import io.ilana.error.LockWaitTimeoutException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.RetryableException;
import io.ilana.error.SerializationFailureException;
import io.ilana.error.UniqueConstraintViolationException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failures a transaction retry keys on share {@link RetryableException}, with the same type and
 * SQLSTATE on PostgreSQL and H2 (MySQL's and MariaDB's are in {@link MySqlErrorCodesTest}).
 */
class RetryableFailuresTest {
  private static QueryException translate(Dialect dialect, String sqlState, int code) {
    QueryFailure failure =
        new QueryFailure("update t set n = 1", List.of(), sqlState, code, "test", "failed");
    return dialect.translate(
        failure, new R2dbcTransientResourceException("failed", sqlState, code), null);
  }

  @Test
  void postgresDeadlockDetectedIsARetryableDeadlock() {
    QueryException error = translate(new PostgresDialect(), "40P01", 0);
    assertThat(error).isInstanceOf(DeadlockException.class).isInstanceOf(RetryableException.class);
    assertThat(error.sqlState()).isEqualTo("40P01");
  }

  @Test
  void postgresSerializationFailureIsARetryableSerializationFailure() {
    QueryException error = translate(new PostgresDialect(), "40001", 0);
    assertThat(error)
        .isInstanceOf(SerializationFailureException.class)
        .isInstanceOf(RetryableException.class);
  }

  @Test
  void postgresLockNotAvailableIsARetryableLockWaitTimeout() {
    QueryException error = translate(new PostgresDialect(), "55P03", 0);
    assertThat(error)
        .isInstanceOf(LockWaitTimeoutException.class)
        .isInstanceOf(RetryableException.class);
  }

  @Test
  void h2DeadlockIsARetryableDeadlockWithThePostgresSqlState() {
    QueryException error = translate(new H2Dialect(), "40001", 40001);
    assertThat(error).isInstanceOf(DeadlockException.class).isInstanceOf(RetryableException.class);
    assertThat(error.sqlState()).isEqualTo("40P01");
  }

  @Test
  void h2LockTimeoutIsARetryableLockWaitTimeoutWithThePostgresSqlState() {
    QueryException error = translate(new H2Dialect(), "HYT00", 50200);
    assertThat(error).isInstanceOf(LockWaitTimeoutException.class);
    assertThat(error.sqlState()).isEqualTo("55P03");
  }

  @Test
  void h2ConcurrentUpdateIsARetryableSerializationFailure() {
    QueryException error = translate(new H2Dialect(), "90131", 90131);
    assertThat(error).isInstanceOf(SerializationFailureException.class);
    assertThat(error.sqlState()).isEqualTo("40001");
  }

  @Test
  void aUniqueViolationIsNotRetryable() {
    QueryException error = translate(new PostgresDialect(), "23505", 0);
    assertThat(error)
        .isInstanceOf(UniqueConstraintViolationException.class)
        .isNotInstanceOf(RetryableException.class);
  }
}
