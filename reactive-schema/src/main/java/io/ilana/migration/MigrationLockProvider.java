package io.ilana.migration;

import io.ilana.dialect.DialectExtension;
import io.ilana.schema.Schema;
import java.time.Duration;

/**
 * A dialect package's migration lock, registered as a {@link DialectExtension}: a lock the database
 * itself keeps for a session (an advisory or named lock). A dialect without one registered (nor for
 * a superclass) gets the portable lock row in the migrations lock table.
 */
public interface MigrationLockProvider extends DialectExtension {

  /**
   * The lock that keeps two runners from migrating one database at once.
   *
   * @param schema the schema the migrations run on
   * @param table the migrations table, which names the lock
   * @param timeout how long to wait for the lock
   */
  MigrationLock lock(Schema schema, String table, Duration timeout);
}
