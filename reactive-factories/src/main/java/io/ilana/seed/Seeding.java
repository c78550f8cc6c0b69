package io.ilana.seed;

import io.ilana.db.DatabaseManager;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs seeders from code, as {@code ilana seed} does:
 *
 * <pre>{@code
 * Seeding.on(manager).run(DatabaseSeeder.class)            // Mono<Void>
 * Seeding.on(manager).connection("analytics").run(new AnalyticsSeeder())
 * }</pre>
 *
 * Each setting returns a new runner; a runner may be reused and shared.
 */
public final class Seeding {
  /** The system property that names the environment, before {@code ILANA_ENV}. */
  public static final String ENVIRONMENT_PROPERTY = "ilana.env";

  /** The environment variable that names the environment. */
  public static final String ENVIRONMENT_VARIABLE = "ILANA_ENV";

  /** The environment when nothing names one. */
  public static final String DEFAULT_ENVIRONMENT = "development";

  private final DatabaseManager manager;
  private final String connection;
  private final String environment;
  private final PrintWriter out;
  private final Boolean terminal;
  private final ClassLoader classLoader;
  private final String seedersPackage;

  private Seeding(
      DatabaseManager manager,
      String connection,
      String environment,
      PrintWriter out,
      Boolean terminal,
      ClassLoader classLoader,
      String seedersPackage) {
    this.manager = manager;
    this.connection = connection;
    this.environment = environment;
    this.out = out;
    this.terminal = terminal;
    this.classLoader = classLoader;
    this.seedersPackage = seedersPackage;
  }

  /**
   * A runner on the manager's default connection, printing to standard output, in the environment
   * the system property or environment variable names.
   */
  public static Seeding on(DatabaseManager manager) {
    Objects.requireNonNull(manager, "manager");
    return new Seeding(manager, null, null, null, null, null, null);
  }

  /** A copy that runs seeders on the named connection unless a seeder names its own. */
  public Seeding connection(String name) {
    return new Seeding(manager, name, environment, out, terminal, classLoader, seedersPackage);
  }

  /** A copy whose seeders see this environment (instead of {@code ILANA_ENV}). */
  public Seeding environment(String name) {
    return new Seeding(manager, connection, name, out, terminal, classLoader, seedersPackage);
  }

  /** A copy that prints its lines ({@code Seeded: …}, progress) to {@code writer}. */
  public Seeding output(PrintWriter writer) {
    return new Seeding(
        manager, connection, environment, writer, terminal, classLoader, seedersPackage);
  }

  /** A copy that prints its lines to {@code stream}. */
  public Seeding output(PrintStream stream) {
    return output(new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true));
  }

  /**
   * A copy that draws progress as a bar ({@code true}) or as plain lines; by default a bar exactly
   * when {@link System#console()} is a terminal.
   */
  public Seeding terminal(boolean isTerminal) {
    return new Seeding(
        manager, connection, environment, out, isTerminal, classLoader, seedersPackage);
  }

  /**
   * A copy that finds seeders by name ({@link #run(String)}) in this package, then among those
   * registered in {@code META-INF/services/io.ilana.seed.Seeder}, loading them with {@code loader}.
   */
  public Seeding seeders(String packageName, ClassLoader loader) {
    return new Seeding(manager, connection, environment, out, terminal, loader, packageName);
  }

  /** Runs a seeder, made through its no-argument constructor. */
  public Mono<Void> run(Class<? extends Seeder> seeder) {
    return Mono.defer(() -> run(SeederCatalog.instantiate(seeder)));
  }

  /** Runs a seeder instance. */
  public Mono<Void> run(Seeder seeder) {
    return Mono.defer(() -> newRun().execute(seeder, null, connection));
  }

  /**
   * Runs the seeder of that name: simple (looked up in the seeders package, then among the
   * registered seeders) or qualified; {@code null} for {@code DatabaseSeeder}. Classes are loaded
   * off the event loop. Emits the name of the seeder that ran.
   *
   * @throws SeederException (as the Mono's error) for an unknown name or a seeder that cannot be
   *     made
   */
  public Mono<String> run(String seeder) {
    return Mono.fromCallable(() -> SeederCatalog.instantiate(catalog().find(seeder)))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(found -> run(found).thenReturn(found.name()));
  }

  private SeederCatalog catalog() {
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    return new SeederCatalog(
        loader == null ? Seeding.class.getClassLoader() : loader, seedersPackage);
  }

  private SeedRun newRun() {
    PrintWriter writer =
        out != null
            ? out
            : new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
    boolean bar = terminal != null ? terminal : System.console() != null;
    return new SeedRun(manager, connection, environmentName(), writer, bar);
  }

  private String environmentName() {
    if (environment != null) {
      return environment;
    }
    String property = System.getProperty(ENVIRONMENT_PROPERTY);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String variable = System.getenv(ENVIRONMENT_VARIABLE);
    return variable == null || variable.isBlank() ? DEFAULT_ENVIRONMENT : variable;
  }
}
