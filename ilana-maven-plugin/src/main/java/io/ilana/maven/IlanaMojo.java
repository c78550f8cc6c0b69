package io.ilana.maven;

import io.ilana.cli.CliContext;
import io.ilana.cli.Ilana;
import java.io.File;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs one {@code ilana} command in the project directory with the project's runtime class path:
 * {@code -Dilana.connection=NAME} picks the connection, {@code -Dilana.args="--step=2"} adds
 * options. The launcher script passes its arguments in {@code ILANA_ARGS}, one per line.
 */
public abstract class IlanaMojo extends AbstractMojo {
  /** The environment variable the {@code ilana} launcher passes its arguments in. */
  public static final String ARGS_VARIABLE = "ILANA_ARGS";

  File basedir;

  List<String> classpathElements;

  /** The configured connection to use ({@code --connection}). */
  String connection;

  /** More options for the command, separated by spaces, such as {@code --step=2}. */
  String args;

  Map<String, String> environment = System.getenv();

  /** The command and its own options, such as {@code migrate:rollback}. */
  abstract List<String> command();

  /** Whether the command takes {@code --connection}. */
  boolean takesConnection() {
    return true;
  }

  /** Runs the command; a non-zero exit fails the build, after the command printed its reason. */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> line = new ArrayList<>(command());
    if (connection != null && !connection.isBlank() && takesConnection()) {
      line.add("--connection=" + connection);
    }
    if (args != null && !args.isBlank()) {
      line.addAll(Arrays.asList(args.trim().split("\\s+")));
    }
    int code;
    try (URLClassLoader loader = projectLoader()) {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        code = Ilana.run(context(loader), line.toArray(String[]::new));
      } finally {
        thread.setContextClassLoader(previous);
      }
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader.", e);
    }
    if (code != 0) {
      throw new MojoFailureException(
          "ilana " + String.join(" ", line) + " failed with exit code " + code + ".");
    }
  }

  private CliContext context(ClassLoader loader) {
    return CliContext.builder(basedir.toPath())
        .environment(environment)
        .out(new PrintWriter(System.out, true))
        .err(new PrintWriter(System.err, true))
        .classLoader(loader)
        .colour(System.console() != null)
        .build();
  }

  /** The project's classes and dependencies, with the plugin's IlanaORM classes winning. */
  private URLClassLoader projectLoader() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpathElements == null ? List.<String>of() : classpathElements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("Bad class path element " + element + ".", e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), IlanaMojo.class.getClassLoader());
  }

  /** The arguments the launcher passed in {@value #ARGS_VARIABLE}, one per line. */
  List<String> launcherArgs() {
    String passed = environment.get(ARGS_VARIABLE);
    if (passed == null || passed.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(passed.split("\n")).filter(a -> !a.isEmpty()).toList();
  }
}
