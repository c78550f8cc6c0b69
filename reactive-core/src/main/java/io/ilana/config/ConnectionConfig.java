package io.ilana.config;

import io.ilana.error.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One named connection: which database, where, as whom, and its pool. Either {@code url} (an R2DBC
 * URL) or host/port/database is given; {@code options} are passed to the driver as is.
 *
 * @param name the connection's name in the configuration
 * @param client which database this is, as configured ({@code postgres}, {@code pg}, {@code
 *     mariadb}, {@code h2}, or the name of a dialect plug-in), or {@code null} to take the driver
 *     named by {@code url}; the dialect is looked up when a manager is created from the connection
 * @param url an R2DBC URL, or {@code null} to build one from the other fields
 * @param host the server host (ignored for H2)
 * @param port the server port, or {@code null} for the client's default
 * @param user the user name, or {@code null}
 * @param password the password, or {@code null}
 * @param database the database name; for H2 a path such as {@code ./database/app} or {@code
 *     mem:app}
 * @param options driver options, passed through
 * @param ssl whether to require TLS
 * @param pool the pool settings
 * @param migrations this connection's migration settings, or {@code null} to use the global ones
 * @param source where the connection was defined (a file name such as {@code ilana.yml}), for
 *     messages, or {@code null} when it was built in code
 */
public record ConnectionConfig(
    String name,
    String client,
    String url,
    String host,
    Integer port,
    String user,
    String password,
    String database,
    Map<String, String> options,
    boolean ssl,
    PoolConfig pool,
    MigrationsConfig migrations,
    String source) {

  public ConnectionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pool, "pool");
    client = client == null || client.isBlank() ? null : client.trim();
    options = Map.copyOf(options == null ? Map.of() : options);
    if (url == null && (database == null || database.isBlank())) {
      throw new ConfigException("connections." + name + ": either url or database must be set.");
    }
  }

  /** Starts a connection definition. */
  public static Builder builder(String name, String client) {
    return new Builder(name, client);
  }

  /**
   * Where this connection's settings are, for messages: {@code ilana.yml: connections.main} when it
   * came from a file, {@code connections.main} otherwise.
   */
  public String where() {
    return (source == null ? "" : source + ": ") + "connections." + name;
  }

  /** The password, or the text {@code ****} when one is set, for messages. */
  public String maskedPassword() {
    return password == null ? null : "****";
  }

  @Override
  public String toString() {
    return "ConnectionConfig[name="
        + name
        + ", client="
        + client
        + ", url="
        + (url == null ? null : ConnectionUrls.mask(url))
        + ", host="
        + host
        + ", port="
        + port
        + ", user="
        + user
        + ", password="
        + maskedPassword()
        + ", database="
        + database
        + "]";
  }

  /** Builds a {@link ConnectionConfig} field by field. */
  public static final class Builder {
    private final String name;
    private final String client;
    private String source;
    private String url;
    private String host;
    private Integer port;
    private String user;
    private String password;
    private String database;
    private final Map<String, String> options = new LinkedHashMap<>();
    private boolean ssl;
    private PoolConfig pool = PoolConfig.defaults();
    private MigrationsConfig migrations;

    private Builder(String name, String client) {
      this.name = name;
      this.client = client;
    }

    /** An R2DBC URL; when set, host/port/database are not needed. */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /** The server host. */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** The server port. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The user name. */
    public Builder user(String value) {
      this.user = value;
      return this;
    }

    /** The password. */
    public Builder password(String value) {
      this.password = value;
      return this;
    }

    /** The database name (for H2: a file path or {@code mem:name}). */
    public Builder database(String value) {
      this.database = value;
      return this;
    }

    /** A driver option, passed through. */
    public Builder option(String key, String value) {
      this.options.put(key, value);
      return this;
    }

    /** Driver options, passed through. */
    public Builder options(Map<String, String> values) {
      this.options.putAll(values);
      return this;
    }

    /** Requires TLS. */
    public Builder ssl(boolean value) {
      this.ssl = value;
      return this;
    }

    /** The pool settings. */
    public Builder pool(PoolConfig value) {
      this.pool = value;
      return this;
    }

    /** Migration settings for this connection. */
    public Builder migrations(MigrationsConfig value) {
      this.migrations = value;
      return this;
    }

    /** Where the connection is defined (a file name), for messages. */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /** The finished, validated definition. */
    public ConnectionConfig build() {
      return new ConnectionConfig(
          name,
          client,
          url,
          host,
          port,
          user,
          password,
          database,
          options,
          ssl,
          pool,
          migrations,
          source);
    }
  }
}
