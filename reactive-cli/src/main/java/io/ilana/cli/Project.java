package io.ilana.cli;

import io.ilana.config.ConfigLoader;
import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.MigrationsConfig;
import io.ilana.dialect.Dialects;
import io.ilana.migration.MigrationSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The project a run works on: where its configuration file is, the configuration read from it (with
 * the run's environment and the {@code .env} beside it), and where its migrations come from. An H2
 * database given as a relative path is resolved against the project directory, so the embedded
 * default lands in the project whatever directory the JVM started in.
 */
public final class Project {
  /** The configuration file names looked for, in order. */
  public static final List<String> CONFIG_FILES = List.of("ilana.yml", "ilana.yaml", "ilana.json");

  private final CliContext context;
  private Path configFile;
  private IlanaConfig config;

  /** The project of a run. */
  public Project(CliContext context) {
    this.context = context;
  }

  /** Uses this configuration file instead of looking for one. */
  public void configFile(Path file) {
    this.configFile = context.workingDirectory().resolve(file);
    this.config = null;
  }

  /** The project directory. */
  public Path directory() {
    return context.workingDirectory();
  }

  /**
   * The configuration: the file given with {@code --config}; else {@code ilana.<ILANA_ENV>.yml} (or
   * {@code .yaml}, {@code .json}) when it exists; else {@code ilana.yml} and its kin in the project
   * directory or at the root of the project's class path.
   *
   * @throws CliException when there is none: run {@code ilana setup} first
   */
  public IlanaConfig config() {
    if (config == null) {
      config = absolutePaths(load());
    }
    return config;
  }

  /** Where the migrations of a connection are found: its package, or the service registrations. */
  public MigrationSource migrations(String connection) {
    return MigrationSource.fromConfig(migrationsConfig(connection), context.classLoader());
  }

  /** The migration settings of a connection: its own, else the global ones. */
  public MigrationsConfig migrationsConfig(String connection) {
    ConnectionConfig settings = config().connection(connection);
    return settings.migrations() != null ? settings.migrations() : config().migrations();
  }

  private IlanaConfig load() {
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new CliException("Configuration file " + configFile + " does not exist.");
      }
      return ConfigLoader.from(configFile, context.environment());
    }
    String environment = context.environmentName().toLowerCase(Locale.ROOT);
    for (String name : CONFIG_FILES) {
      int dot = name.lastIndexOf('.');
      Path perEnvironment =
          directory().resolve(name.substring(0, dot) + "." + environment + name.substring(dot));
      if (Files.isRegularFile(perEnvironment)) {
        return ConfigLoader.from(perEnvironment, context.environment());
      }
    }
    for (String name : CONFIG_FILES) {
      if (Files.isRegularFile(directory().resolve(name))) {
        return ConfigLoader.from(directory().resolve(name), context.environment());
      }
    }
    for (String name : CONFIG_FILES) {
      if (context.classLoader().getResource(name) != null) {
        return fromClassPath();
      }
    }
    throw new CliException(
        "No configuration file (ilana.yml, ilana.yaml or ilana.json) in "
            + directory()
            + "; run 'ilana setup' first.");
  }

  /** The loader reads class-path files through the context class loader: point it at ours. */
  private IlanaConfig fromClassPath() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(context.classLoader());
    try {
      return ConfigLoader.fromDirectory(directory(), context.environment());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private IlanaConfig absolutePaths(IlanaConfig loaded) {
    IlanaConfig.Builder builder =
        IlanaConfig.builder()
            .defaultConnection(loaded.defaultConnection())
            .migrations(loaded.migrations())
            .seeds(loaded.seeds())
            .generators(loaded.generators())
            .debug(loaded.debug())
            .slowQueryThreshold(loaded.slowQueryThreshold());
    loaded.connections().values().stream()
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .forEach(connection -> builder.connection(absolutePath(connection)));
    return builder.build();
  }

  private ConnectionConfig absolutePath(ConnectionConfig c) {
    if (c.url() != null
        || !Dialects.forConnection(c).embedded()
        || c.database().startsWith("mem:")
        || Path.of(c.database()).isAbsolute()) {
      return c;
    }
    String database = directory().resolve(c.database()).normalize().toString();
    return new ConnectionConfig(
        c.name(),
        c.client(),
        null,
        c.host(),
        c.port(),
        c.user(),
        c.password(),
        database,
        c.options(),
        c.ssl(),
        c.pool(),
        c.migrations(),
        c.source());
  }
}
