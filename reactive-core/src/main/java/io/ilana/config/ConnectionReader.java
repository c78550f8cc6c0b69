package io.ilana.config;

import io.ilana.error.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one entry of {@code connections}. The server settings may sit directly in the entry or, as
 * in the Node.js README, nested under {@code connection:}; each may be given in one place only.
 */
final class ConnectionReader {
  private static final String[] SERVER_KEYS = {
    "url", "host", "port", "user", "username", "password", "database", "options", "ssl"
  };
  private static final String[] ENTRY_KEYS = {
    "client",
    "connection",
    "url",
    "host",
    "port",
    "user",
    "username",
    "password",
    "database",
    "options",
    "ssl",
    "pool",
    "migrations"
  };

  private ConnectionReader() {}

  /** The connection named {@code name}; its migrations inherit from {@code globalMigrations}. */
  static ConnectionConfig read(String name, ConfigNode entry, MigrationsConfig globalMigrations) {
    entry.allowOnly(ENTRY_KEYS);
    List<ConfigNode> scopes = new ArrayList<>(List.of(entry));
    entry
        .object("connection")
        .ifPresent(
            nested -> {
              nested.allowOnly(SERVER_KEYS);
              scopes.add(nested);
            });
    // The client is checked against the installed dialects when a manager is made from it.
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(name, entry.text("client").orElse(null)).source(entry.source());
    find(scopes, "url").ifPresent(at -> builder.url(url(at)));
    find(scopes, "host").ifPresent(at -> builder.host(at.node().text(at.key()).orElseThrow()));
    find(scopes, "port").ifPresent(at -> builder.port(port(at)));
    find(scopes, "user", "username")
        .ifPresent(at -> builder.user(at.node().text(at.key()).orElseThrow()));
    find(scopes, "password")
        .ifPresent(at -> builder.password(at.node().text(at.key()).orElseThrow()));
    find(scopes, "database")
        .ifPresent(at -> builder.database(at.node().text(at.key()).orElseThrow()));
    find(scopes, "options").ifPresent(at -> options(at, builder));
    find(scopes, "ssl").ifPresent(at -> builder.ssl(ssl(at)));
    entry.object("pool").ifPresent(pool -> builder.pool(PoolReader.read(pool)));
    entry
        .object("migrations")
        .ifPresent(m -> builder.migrations(SettingsReader.migrations(m, globalMigrations)));
    try {
      return builder.build();
    } catch (ConfigException e) {
      throw ConfigErrors.withSource(entry.source(), e);
    }
  }

  /**
   * Where a setting is given, failing when it is given twice (flat and nested, or two spellings).
   */
  private static Optional<At> find(List<ConfigNode> scopes, String... spellings) {
    At found = null;
    for (ConfigNode scope : scopes) {
      for (String key : spellings) {
        if (scope.has(key)) {
          if (found != null) {
            throw scope.fail(
                key, "also set as " + found.node().path(found.key()) + "; set it once.");
          }
          found = new At(scope, key);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static String url(At at) {
    String url = at.node().text(at.key()).orElseThrow();
    if (!url.startsWith("r2dbc:")) {
      throw at.node()
          .fail(at.key(), "must start with 'r2dbc:', was '" + ConnectionUrls.mask(url) + "'.");
    }
    return url;
  }

  private static int port(At at) {
    int port = at.node().integer(at.key()).orElseThrow();
    if (port < 1 || port > 65535) {
      throw at.node().fail(at.key(), "must be between 1 and 65535, was " + port + ".");
    }
    return port;
  }

  private static void options(At at, ConnectionConfig.Builder builder) {
    ConfigNode options = at.node().object(at.key()).orElseThrow();
    for (String key : options.keys()) {
      options.text(key).ifPresent(value -> builder.option(key, value));
    }
  }

  /** A mapping such as {@code {rejectUnauthorized: false}} (the Node.js form) also turns TLS on. */
  private static boolean ssl(At at) {
    if (at.node().isObject(at.key())) {
      ConfigNode ssl = at.node().object(at.key()).orElseThrow();
      ssl.allowOnly("rejectUnauthorized");
      ssl.bool("rejectUnauthorized");
      return true;
    }
    return at.node().bool(at.key()).orElseThrow();
  }

  /** A setting's key inside the mapping that holds it. */
  private record At(ConfigNode node, String key) {}
}
