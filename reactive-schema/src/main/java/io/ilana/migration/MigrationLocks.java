package io.ilana.migration;

import io.ilana.schema.Schema;
import java.time.Duration;

/** Picks the lock a database supports best. */
final class MigrationLocks {
  private MigrationLocks() {}

  static MigrationLock forSchema(Schema schema, String table, Duration timeout) {
    return switch (schema.dialect().name()) {
      case "postgres" -> new PostgresAdvisoryLock(schema.connection(), table, timeout);
      case "mysql", "mariadb" -> new MySqlNamedLock(schema.connection(), table, timeout);
      default -> new TableLock(schema, table, timeout);
    };
  }
}
