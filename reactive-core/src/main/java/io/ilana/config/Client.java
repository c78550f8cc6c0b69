package io.ilana.config;

import io.ilana.error.ConfigException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The database a connection talks to, as named by the {@code client} key of a connection. */
public enum Client {
  POSTGRES("postgres", 5432, "postgresql", "pg"),
  MYSQL("mysql", 3306, "mysql2"),
  MARIADB("mariadb", 3306),
  H2("h2", -1);

  private final String key;
  private final int defaultPort;
  private final List<String> aliases;

  Client(String key, int defaultPort, String... aliases) {
    this.key = key;
    this.defaultPort = defaultPort;
    this.aliases = List.of(aliases);
  }

  /**
   * The canonical configuration name: {@code postgres}, {@code mysql}, {@code mariadb}, {@code h2}.
   */
  public String key() {
    return key;
  }

  /** The server's usual TCP port, or -1 for an embedded database. */
  public int defaultPort() {
    return defaultPort;
  }

  /**
   * The client named by a configuration value, case-insensitively; the Node.js names ({@code pg},
   * {@code mysql2}) are accepted too.
   *
   * @param value the configured value
   * @param where where the value came from, for the error message
   * @throws ConfigException when the value names no supported client
   */
  public static Client parse(String value, String where) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(where + ": client is missing; expected one of " + names() + ".");
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (Client client : values()) {
      if (client.key.equals(wanted) || client.aliases.contains(wanted)) {
        return client;
      }
    }
    throw new ConfigException(
        where + ": unknown client '" + value + "'; expected one of " + names() + ".");
  }

  private static String names() {
    return Arrays.stream(values()).map(Client::key).collect(Collectors.joining(", "));
  }
}
