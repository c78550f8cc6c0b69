package io.ilana.migration;

import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Keeps two migrators from running at once. Where the database has session locks (PostgreSQL
 * advisory locks, MariaDB/MySQL {@code GET_LOCK}) the lock lives on one pinned connection and dies
 * with it, so a killed process never leaves it behind; elsewhere a lock table is used, which {@link
 * #forceUnlock()} clears.
 */
public interface MigrationLock {

  /** Waits for the lock; errors with {@link MigrationLockException} after the timeout. */
  Mono<Held> acquire();

  /** Clears a lock left behind by a dead process, where the lock can outlive its holder. */
  Mono<Void> forceUnlock();

  /** Tables the lock owns, which {@code fresh} must not drop. */
  default Set<String> ownedTables() {
    return Set.of();
  }

  /** A lock this migrator holds. */
  interface Held {
    /** Releases the lock; safe to call more than once. */
    Mono<Void> release();
  }
}
