package io.ilana.config;

/** Reads the {@code migrations} and {@code seeds} mappings. */
final class SettingsReader {
  private SettingsReader() {}

  /** Migration settings; what is left out is taken from {@code inherited}. */
  static MigrationsConfig migrations(ConfigNode node, MigrationsConfig inherited) {
    node.allowOnly("tableName", "directory", "package");
    return new MigrationsConfig(
        node.text("directory").orElse(inherited.directory()),
        node.text("tableName").orElse(inherited.tableName()),
        node.text("package").orElse(inherited.packageName()));
  }

  /** Seed settings; what is left out is taken from {@code inherited}. */
  static SeedsConfig seeds(ConfigNode node, SeedsConfig inherited) {
    node.allowOnly("directory", "package");
    return new SeedsConfig(
        node.text("directory").orElse(inherited.directory()),
        node.text("package").orElse(inherited.packageName()));
  }
}
