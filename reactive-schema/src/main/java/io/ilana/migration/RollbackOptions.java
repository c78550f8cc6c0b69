package io.ilana.migration;

import io.ilana.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which migrations a rollback undoes, newest first: the last batch, the last {@code n} migrations
 * ({@code --step}), every migration newer than a given one ({@code --to}, which stays applied), or
 * all ({@code reset}).
 */
public final class RollbackOptions {
  private enum Kind {
    LAST_BATCH,
    STEPS,
    TO,
    ALL
  }

  private final Kind kind;
  private final int steps;
  private final String to;

  private RollbackOptions(Kind kind, int steps, String to) {
    this.kind = kind;
    this.steps = steps;
    this.to = to;
  }

  /** The last batch. */
  public static RollbackOptions lastBatch() {
    return new RollbackOptions(Kind.LAST_BATCH, 0, null);
  }

  /** The last {@code n} migrations, whatever their batches. */
  public static RollbackOptions steps(int n) {
    if (n < 1) {
      throw new InvalidArgumentException(
          "RollbackOptions.steps(n) needs at least 1, was " + n + ".");
    }
    return new RollbackOptions(Kind.STEPS, n, null);
  }

  /** Every migration newer than {@code name}; {@code name} itself stays applied. */
  public static RollbackOptions to(String name) {
    return new RollbackOptions(Kind.TO, 0, MigrationNames.require(name));
  }

  /** Every migration. */
  public static RollbackOptions all() {
    return new RollbackOptions(Kind.ALL, 0, null);
  }

  /** Picks from the records (oldest first) those to roll back, newest first. */
  List<MigrationRecord> select(List<MigrationRecord> ran) {
    List<MigrationRecord> newestFirst = new ArrayList<>(ran);
    java.util.Collections.reverse(newestFirst);
    return switch (kind) {
      case ALL -> newestFirst;
      case STEPS -> newestFirst.subList(0, Math.min(steps, newestFirst.size()));
      case LAST_BATCH -> {
        int last = newestFirst.isEmpty() ? 0 : newestFirst.get(0).batch();
        yield newestFirst.stream().filter(r -> r.batch() == last).toList();
      }
      case TO ->
          newestFirst.stream()
              .filter(r -> MigrationNames.ORDER.compare(r.migration(), to) > 0)
              .toList();
    };
  }
}
