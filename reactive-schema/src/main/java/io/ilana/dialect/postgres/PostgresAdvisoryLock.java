package io.ilana.dialect.postgres;

import io.ilana.db.DatabaseConnection;
import io.ilana.migration.SessionLock;
import io.ilana.sql.Sql;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * A transaction-scoped PostgreSQL advisory lock ({@code pg_advisory_xact_lock}): released when its
 * transaction ends or its session dies, so it can neither leak into the pool nor outlive a killed
 * process. {@code lock_timeout} bounds the wait.
 */
final class PostgresAdvisoryLock extends SessionLock {
  private final long key;
  private final Duration timeout;

  PostgresAdvisoryLock(DatabaseConnection connection, String table, Duration timeout) {
    super(connection);
    this.key = key(table);
    this.timeout = timeout;
  }

  /**
   * A stable key per repository table, so migrators of different tables do not block each other.
   */
  static long key(String table) {
    CRC32 crc = new CRC32();
    crc.update(("ilana_migrations:" + table).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return 0x1_1A4A_0000_0000L | crc.getValue();
  }

  @Override
  protected Sql lockStatement() {
    // set_config(..., true) is SET LOCAL: it lasts as long as the lock's transaction.
    return Sql.of(
        "SELECT 1 FROM (SELECT set_config('lock_timeout', $1, true)) AS t,"
            + " LATERAL (SELECT pg_advisory_xact_lock($2)) AS l",
        timeout.toMillis() + "ms",
        key);
  }

  @Override
  protected Sql unlockStatement() {
    return null;
  }

  @Override
  protected String timeoutMessage() {
    return "Could not take the PostgreSQL migration lock (advisory lock "
        + key
        + ") within "
        + timeout.toSeconds()
        + " s: another migrator is running.";
  }
}
