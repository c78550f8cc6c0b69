package io.ilana.migration;

import io.ilana.dialect.DialectExtensions;
import io.ilana.schema.Schema;
import java.time.Duration;

/** Picks the lock a database supports best: its dialect's own, or the portable table lock. */
final class MigrationLocks {
  private static final DialectExtensions<MigrationLockProvider> PROVIDERS =
      DialectExtensions.of(MigrationLockProvider.class);

  private MigrationLocks() {}

  static MigrationLock forSchema(Schema schema, String table, Duration timeout) {
    return PROVIDERS
        .find(schema.dialect())
        .map(provider -> provider.lock(schema, table, timeout))
        .orElseGet(() -> new TableLock(schema, table, timeout));
  }
}
