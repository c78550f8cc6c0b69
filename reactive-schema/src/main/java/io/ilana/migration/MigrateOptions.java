package io.ilana.migration;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which pending migrations {@code migrate} runs: all, only one, or up to and including one. */
public final class MigrateOptions {
  private final String only;
  private final String to;

  private MigrateOptions(String only, String to) {
    this.only = only;
    this.to = to;
  }

  /** Every pending migration. */
  public static MigrateOptions all() {
    return new MigrateOptions(null, null);
  }

  /** Just this migration, if it is pending ({@code --only}). */
  public static MigrateOptions only(String name) {
    return new MigrateOptions(MigrationNames.require(name), null);
  }

  /** Pending migrations up to and including this one ({@code --to}). */
  public static MigrateOptions to(String name) {
    return new MigrateOptions(null, MigrationNames.require(name));
  }

  List<Migration> select(List<Migration> known, Set<String> ran) {
    String target = only != null ? only : to;
    if (target != null && known.stream().noneMatch(m -> m.name().equals(target))) {
      throw new MigrationException("Unknown migration " + target + ".");
    }
    return known.stream()
        .filter(m -> !ran.contains(m.name()))
        .filter(m -> only == null || m.name().equals(only))
        .filter(m -> to == null || MigrationNames.ORDER.compare(m.name(), to) <= 0)
        .collect(Collectors.toList());
  }
}
