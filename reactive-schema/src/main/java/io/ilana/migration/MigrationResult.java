package io.ilana.migration;

import java.util.List;

/**
 * What a migrate or rollback did.
 *
 * @param batch the batch that ran or was rolled back (0 when nothing happened)
 * @param migrations the migrations applied or rolled back, in the order they ran
 */
public record MigrationResult(int batch, List<String> migrations) {

  /** Copies the list. */
  public MigrationResult {
    migrations = List.copyOf(migrations);
  }

  /** Nothing to do. */
  public static MigrationResult nothing() {
    return new MigrationResult(0, List.of());
  }

  /** Whether anything ran. */
  public boolean isEmpty() {
    return migrations.isEmpty();
  }
}
