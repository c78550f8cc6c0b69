package io.ilana.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;

/**
 * Everything one run of the command sees from the outside: the project directory, the environment
 * variables, the output streams, whether they may be coloured, and the class loader holding the
 * project's compiled migrations, seeders and models. Tests build one per run; {@link #system()} is
 * the real process.
 */
public final class CliContext {
  /** The environment variable naming the environment ({@code production}, {@code testing}, …). */
  public static final String ENVIRONMENT_VARIABLE = "ILANA_ENV";

  /** The environment assumed when {@value #ENVIRONMENT_VARIABLE} is not set. */
  public static final String DEFAULT_ENVIRONMENT = "development";

  private final Path workingDirectory;
  private final Map<String, String> environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ClassLoader classLoader;
  private final boolean colour;

  private CliContext(Builder builder) {
    this.workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
    this.environment = Map.copyOf(builder.environment);
    this.out = builder.out;
    this.err = builder.err;
    this.classLoader = builder.classLoader;
    this.colour = builder.colour && !environment.containsKey("NO_COLOR");
  }

  /**
   * The real process: its working directory, environment, standard streams and context class
   * loader, with colours only when a terminal is attached.
   */
  public static CliContext system() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return builder(Path.of(""))
        .environment(System.getenv())
        .out(new PrintWriter(System.out, true))
        .err(new PrintWriter(System.err, true))
        .classLoader(loader != null ? loader : CliContext.class.getClassLoader())
        .colour(System.console() != null)
        .build();
  }

  /** The same context writing standard output to {@code out} instead. */
  public CliContext withOut(PrintWriter out) {
    return builder(workingDirectory)
        .environment(environment)
        .out(out)
        .err(err)
        .classLoader(classLoader)
        .colour(colour)
        .build();
  }

  /** Starts a context for a project directory. */
  public static Builder builder(Path workingDirectory) {
    return new Builder(workingDirectory);
  }

  /** The project directory; relative paths in commands and configuration resolve against it. */
  public Path workingDirectory() {
    return workingDirectory;
  }

  /** The environment variables. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The environment's name: {@value #ENVIRONMENT_VARIABLE}, else {@value #DEFAULT_ENVIRONMENT}. */
  public String environmentName() {
    String name = environment.get(ENVIRONMENT_VARIABLE);
    return name == null || name.isBlank() ? DEFAULT_ENVIRONMENT : name.trim();
  }

  /**
   * Whether this is the production environment, where destructive commands need {@code --force}.
   */
  public boolean isProduction() {
    return "production".equals(environmentName().toLowerCase(Locale.ROOT));
  }

  /** Standard output. */
  public PrintWriter out() {
    return out;
  }

  /** Standard error. */
  public PrintWriter err() {
    return err;
  }

  /** The class loader the project's migrations, seeders and models are loaded from. */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /** Whether output may carry ANSI colours (a terminal, and {@code NO_COLOR} unset). */
  public boolean colour() {
    return colour;
  }

  /** The picocli ANSI mode matching {@link #colour()}. */
  public Ansi ansi() {
    return colour ? Ansi.ON : Ansi.OFF;
  }

  /** Renders picocli markup such as {@code @|green DONE|@}, coloured only on a terminal. */
  public String style(String markup) {
    return ansi().string(markup);
  }

  /** How a context is put together. */
  public static final class Builder {
    private final Path workingDirectory;
    private Map<String, String> environment = Map.of();
    private PrintWriter out = new PrintWriter(System.out, true);
    private PrintWriter err = new PrintWriter(System.err, true);
    private ClassLoader classLoader = CliContext.class.getClassLoader();
    private boolean colour;

    private Builder(Path workingDirectory) {
      this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** The environment variables (default: none). */
    public Builder environment(Map<String, String> value) {
      this.environment = Objects.requireNonNull(value, "environment");
      return this;
    }

    /** Standard output. */
    public Builder out(PrintWriter value) {
      this.out = Objects.requireNonNull(value, "out");
      return this;
    }

    /** Standard error. */
    public Builder err(PrintWriter value) {
      this.err = Objects.requireNonNull(value, "err");
      return this;
    }

    /** Where the project's classes are loaded from. */
    public Builder classLoader(ClassLoader value) {
      this.classLoader = Objects.requireNonNull(value, "classLoader");
      return this;
    }

    /** Whether to colour output (default: no). */
    public Builder colour(boolean value) {
      this.colour = value;
      return this;
    }

    /** The context. */
    public CliContext build() {
      return new CliContext(this);
    }
  }
}
