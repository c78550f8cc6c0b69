package io.ilana.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code migrations} and {@code seeds} mappings, and the generators' {@code models},
 * {@code factories}, {@code observers}, {@code casts} and {@code stubs}.
 */
final class SettingsReader {
  private static final String[] STUB_KINDS = {
    "model",
    "pivot",
    "migration",
    "migration.create",
    "migration.update",
    "migration.pivot",
    "seeder",
    "factory",
    "observer",
    "observer.plain",
    "cast"
  };

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

  /** The generators' settings; what is left out keeps its default. */
  static GeneratorsConfig generators(ConfigNode root) {
    GeneratorsConfig defaults = GeneratorsConfig.defaults();
    Map<String, String> stubs = new LinkedHashMap<>();
    root.object("stubs")
        .ifPresent(
            node -> {
              node.allowOnly(STUB_KINDS);
              for (String kind : node.keys()) {
                node.text(kind).ifPresent(file -> stubs.put(kind, file));
              }
            });
    return new GeneratorsConfig(
        sources(root, "models", defaults.models()),
        sources(root, "factories", defaults.factories()),
        sources(root, "observers", defaults.observers()),
        sources(root, "casts", defaults.casts()),
        stubs);
  }

  private static SourcesConfig sources(ConfigNode root, String key, SourcesConfig inherited) {
    return root.object(key)
        .map(
            node -> {
              node.allowOnly("directory", "package");
              return new SourcesConfig(
                  node.text("directory").orElse(inherited.directory()),
                  node.text("package").orElse(inherited.packageName()));
            })
        .orElse(inherited);
  }
}
