package io.ilana.dialect.mysql;

import io.ilana.db.DatabaseConnection;
import io.ilana.migration.SessionLock;
import io.ilana.sql.Sql;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * A MariaDB/MySQL named lock ({@code GET_LOCK}): held by the session, released by {@code
 * RELEASE_LOCK} or when the session dies. The name includes the database, as named locks are
 * server-wide.
 */
final class MySqlNamedLock extends SessionLock {
  private final String table;
  private final Duration timeout;

  MySqlNamedLock(DatabaseConnection connection, String table, Duration timeout) {
    super(connection);
    this.table = table;
    this.timeout = timeout;
  }

  private String lockName() {
    CRC32 crc = new CRC32();
    crc.update(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "ilana_migrations_" + Long.toHexString(crc.getValue());
  }

  @Override
  protected Sql lockStatement() {
    return Sql.of(
        "SELECT GET_LOCK(CONCAT(LEFT(COALESCE(DATABASE(), ''), 40), '.', ?), ?) AS locked",
        lockName(),
        timeout.toSeconds());
  }

  @Override
  protected Sql unlockStatement() {
    return Sql.of(
        "SELECT RELEASE_LOCK(CONCAT(LEFT(COALESCE(DATABASE(), ''), 40), '.', ?)) AS released",
        lockName());
  }

  @Override
  protected String timeoutMessage() {
    return "Could not take the migration lock (GET_LOCK) within "
        + timeout.toSeconds()
        + " s: another migrator is running.";
  }
}
