package io.ilana.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command in a directory, as a user would, and keeps what it printed. */
public final class CliRunner {
  private final Path directory;
  private final Map<String, String> environment = new HashMap<>();
  private ClassLoader classLoader = CliRunner.class.getClassLoader();
  private boolean colour;

  private CliRunner(Path directory) {
    this.directory = directory;
  }

  /** A runner for a project directory, with an empty environment. */
  public static CliRunner in(Path directory) {
    return new CliRunner(directory);
  }

  /** Sets an environment variable for the following runs. */
  public CliRunner env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Loads the project's classes from this loader. */
  public CliRunner classLoader(ClassLoader loader) {
    this.classLoader = loader;
    return this;
  }

  /** Pretends a terminal is attached. */
  public CliRunner terminal() {
    this.colour = true;
    return this;
  }

  /** Runs {@code ilana args...}. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        CliContext.builder(directory)
            .environment(environment)
            .out(new PrintWriter(out, true))
            .err(new PrintWriter(err, true))
            .classLoader(classLoader)
            .colour(colour)
            .build();
    int code = Ilana.run(context, args);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * What a run did.
   *
   * @param code the exit code
   * @param out what it printed on stdout
   * @param err what it printed on stderr
   */
  public record Result(int code, String out, String err) {
    /** The whole of stderr without its line end, for word-for-word assertions. */
    public String error() {
      return err.stripTrailing();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
