package io.ilana.config;

import io.ilana.error.ConfigException;

/** Maps the parsed document onto {@link IlanaConfig}. */
final class ConfigReader {
  private ConfigReader() {}

  /** The whole configuration, validated. */
  static IlanaConfig read(ConfigNode root) {
    root.allowOnly(
        "default",
        "connections",
        "migrations",
        "seeds",
        "models",
        "factories",
        "observers",
        "casts",
        "stubs",
        "debug",
        "slowQueryMillis",
        "slowQueryThreshold");
    MigrationsConfig migrations =
        root.object("migrations")
            .map(node -> SettingsReader.migrations(node, MigrationsConfig.defaults()))
            .orElse(MigrationsConfig.defaults());
    SeedsConfig seeds =
        root.object("seeds")
            .map(node -> SettingsReader.seeds(node, SeedsConfig.defaults()))
            .orElse(SeedsConfig.defaults());
    ConfigNode connections =
        root.object("connections")
            .orElseThrow(
                () -> root.fail("connections", "at least one connection must be configured."));
    IlanaConfig.Builder builder =
        IlanaConfig.builder()
            .migrations(migrations)
            .seeds(seeds)
            .generators(SettingsReader.generators(root));
    for (String name : connections.keys()) {
      ConfigNode entry =
          connections
              .object(name)
              .orElseThrow(
                  () ->
                      connections.fail(
                          name, "expected a mapping of connection settings, was empty."));
      builder.connection(ConnectionReader.read(name, entry, migrations));
    }
    // Without a default key the first connection is the default, as with the builder.
    root.text("default").ifPresent(builder::defaultConnection);
    root.bool("debug").ifPresent(builder::debug);
    root.duration("slowQueryMillis", "slowQueryThreshold").ifPresent(builder::slowQueryThreshold);
    try {
      return builder.build();
    } catch (ConfigException e) {
      throw ConfigErrors.withSource(root.source(), e);
    }
  }
}
