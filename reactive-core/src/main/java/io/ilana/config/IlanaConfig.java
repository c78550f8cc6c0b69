package io.ilana.config;

import io.ilana.error.ConfigException;
import io.ilana.error.UnknownConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration: the named connections, which one is the default, migration and seed
 * settings, and debugging switches. Load it from {@code ilana.yml} with {@link #load()} or build it
 * in code with {@link #builder()}.
 *
 * @param defaultConnection the name of the connection used when none is named
 * @param connections the connections by name
 * @param migrations global migration settings
 * @param seeds global seed settings
 * @param generators where the {@code ilana make:*} generators write, and their custom templates
 * @param debug whether every statement is logged
 * @param slowQueryThreshold statements slower than this are reported as slow, or {@code null}
 */
public record IlanaConfig(
    String defaultConnection,
    Map<String, ConnectionConfig> connections,
    MigrationsConfig migrations,
    SeedsConfig seeds,
    GeneratorsConfig generators,
    boolean debug,
    Duration slowQueryThreshold) {

  /** Where the embedded default database lives when nothing is configured. */
  public static final String EMBEDDED_DATABASE = "./database/ilana";

  public IlanaConfig {
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(seeds, "seeds");
    Objects.requireNonNull(generators, "generators");
    connections = Map.copyOf(connections);
    if (connections.isEmpty()) {
      throw new ConfigException("connections: at least one connection must be configured.");
    }
    if (defaultConnection == null || defaultConnection.isBlank()) {
      throw new ConfigException("default: the default connection name is missing.");
    }
    if (!connections.containsKey(defaultConnection)) {
      throw new ConfigException(
          "default: connection ["
              + defaultConnection
              + "] is not defined under connections; defined: "
              + new java.util.TreeSet<>(connections.keySet())
              + ".");
    }
  }

  /**
   * Loads {@code ilana.yml}, {@code ilana.yaml} or {@code ilana.json} from the working directory or
   * the classpath, with {@code ${ENV:default}} interpolation and a {@code .env} file honoured; with
   * no file at all, the embedded H2 default.
   */
  public static IlanaConfig load() {
    return ConfigLoader.fromDefaultLocations();
  }

  /**
   * The client of the embedded default: a configuration value, as an {@code ilana.yml} would hold
   * it (the dialect behind it is found like any other, through its plug-in).
   */
  public static final String EMBEDDED_CLIENT = "h2";

  /** The configuration used when nothing is configured: one embedded H2 file database. */
  public static IlanaConfig embedded() {
    return builder()
        .connection(
            ConnectionConfig.builder(EMBEDDED_CLIENT, EMBEDDED_CLIENT)
                .database(EMBEDDED_DATABASE)
                .build())
        .build();
  }

  /** Starts a configuration in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The named connection. */
  public ConnectionConfig connection(String name) {
    ConnectionConfig config = connections.get(name);
    if (config == null) {
      throw new UnknownConnectionException(name, connections.keySet());
    }
    return config;
  }

  /** Builds an {@link IlanaConfig} in code; the first connection added is the default. */
  public static final class Builder {
    private String defaultConnection;
    private final Map<String, ConnectionConfig> connections = new LinkedHashMap<>();
    private MigrationsConfig migrations = MigrationsConfig.defaults();
    private SeedsConfig seeds = SeedsConfig.defaults();
    private GeneratorsConfig generators = GeneratorsConfig.defaults();
    private boolean debug;
    private Duration slowQueryThreshold;

    private Builder() {}

    /** Adds a connection; the first one added becomes the default unless one is named. */
    public Builder connection(ConnectionConfig connection) {
      connections.put(connection.name(), connection);
      if (defaultConnection == null) {
        defaultConnection = connection.name();
      }
      return this;
    }

    /** Names the default connection. */
    public Builder defaultConnection(String name) {
      this.defaultConnection = name;
      return this;
    }

    /** Global migration settings. */
    public Builder migrations(MigrationsConfig value) {
      this.migrations = value;
      return this;
    }

    /** Global seed settings. */
    public Builder seeds(SeedsConfig value) {
      this.seeds = value;
      return this;
    }

    /** Where the generators write, and their templates. */
    public Builder generators(GeneratorsConfig value) {
      this.generators = value;
      return this;
    }

    /** Logs every statement. */
    public Builder debug(boolean value) {
      this.debug = value;
      return this;
    }

    /** Reports statements slower than this. */
    public Builder slowQueryThreshold(Duration value) {
      this.slowQueryThreshold = value;
      return this;
    }

    /** The finished, validated configuration. */
    public IlanaConfig build() {
      return new IlanaConfig(
          defaultConnection, connections, migrations, seeds, generators, debug, slowQueryThreshold);
    }
  }
}
