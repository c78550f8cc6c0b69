package io.ilana.seed;

import io.ilana.db.DatabaseConnection;
import io.ilana.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills the database with rows: write {@link #run()}, and run it with {@code ilana seed} or {@link
 * Seeding#run}. A seeder named {@code DatabaseSeeder} is the default entry point; it usually {@link
 * #call calls} the others in dependency order.
 *
 * <p><b>Transactions.</b> A seeder runs inside a transaction on its connection, so one that fails
 * (or is cancelled) leaves no rows behind: the runner begins it around every seeder that does not
 * already run inside its caller's transaction on the same connection (a seeder on another
 * connection gets its own). Override {@link #transactional()} to run without one, for work too big
 * for one transaction. Statements that the database commits by itself still commit: DDL on MySQL,
 * MariaDB and H2, which is why {@link #truncateInOrder} deletes inside a transaction, and why
 * {@link #wipeDatabase()} there ends the transaction's atomicity.
 *
 * <p><b>Connection.</b> {@link #db()} is the connection the seeder runs on: the one its caller
 * named ({@link #callWith}), else the one {@link #connection()} returns, else its caller's, else
 * the runner's ({@code --connection}). Models write through it with {@code TYPE.query(db())}, which
 * joins the seeder's transaction.
 *
 * <p>A seeder instance is run by one runner at a time; the helpers below may only be used while it
 * runs (from inside {@link #run()}).
 */
public abstract class Seeder {
  private volatile SeedRun run;
  private volatile SeedSession session;

  /** Subclasses are made by the runner through their no-argument constructor, or by hand. */
  protected Seeder() {}

  /** Writes the seeder's rows. */
  public abstract Mono<Void> run();

  /**
   * The configured name of the connection this seeder runs on, or {@code null} (the default) for
   * its caller's or the runner's; override it to seed another database (the reference's {@code
   * protected connection = 'analytics_db'}).
   */
  protected String connection() {
    return null;
  }

  /**
   * Whether the runner wraps this seeder in a transaction of its own when it does not already run
   * inside its caller's; {@code true} unless overridden. Without one, {@link
   * #disableForeignKeyChecks()} is refused and a failure keeps what was written before it.
   */
  protected boolean transactional() {
    return true;
  }

  /** The seeder's name in output and messages: its class's simple name. */
  public String name() {
    return getClass().getSimpleName();
  }

  final void bind(SeedRun newRun, SeedSession newSession) {
    this.run = newRun;
    this.session = newSession;
  }

  private SeedRun runOrFail() {
    SeedRun current = run;
    if (current == null) {
      throw new SeederException(
          "Seeder ["
              + name()
              + "] is not running: run it with Seeding.on(manager).run(...), or call it from"
              + " another seeder.");
    }
    return current;
  }

  private SeedSession sessionOrFail() {
    runOrFail();
    return session;
  }

  /** The connection this seeder runs on; inside its transaction while it runs in one. */
  protected final DatabaseConnection db() {
    return sessionOrFail().connection;
  }

  /**
   * The environment the seeder runs in: the runner's when it was given one, else the {@code
   * ilana.env} system property, else the {@code ILANA_ENV} environment variable, else {@code
   * development}.
   */
  protected final String environment() {
    return runOrFail().environment;
  }

  /** Whether {@link #environment()} is one of the names given (ignoring case). */
  protected final boolean environmentIs(String... names) {
    String current = environment();
    return Arrays.stream(names).anyMatch(current::equalsIgnoreCase);
  }

  /** Prints a line to the runner's output (the console, or what a test gave the runner). */
  protected final void info(String line) {
    runOrFail().line(line);
  }

  /**
   * Runs the given seeders one after another, each made through its no-argument constructor, and
   * prints {@code Seeded: Name} after each.
   */
  @SafeVarargs
  protected final Mono<Void> call(Class<? extends Seeder>... seeders) {
    List<Class<? extends Seeder>> types = new ArrayList<>(seeders.length);
    for (Class<? extends Seeder> type : seeders) {
      types.add(type);
    }
    return Flux.fromIterable(types)
        .concatMap(type -> Mono.defer(() -> called(SeederCatalog.instantiate(type), null, null)))
        .then();
  }

  /**
   * Runs the given seeder instances one after another, printing {@code Seeded: Name} after each.
   */
  protected final Mono<Void> call(Seeder... seeders) {
    return call(Arrays.asList(seeders));
  }

  /**
   * Runs the given seeder instances one after another, printing {@code Seeded: Name} after each.
   */
  protected final Mono<Void> call(List<? extends Seeder> seeders) {
    return Flux.fromIterable(seeders).concatMap(seeder -> called(seeder, null, null)).then();
  }

  /**
   * Runs the seeders of the map, in its iteration order (use a {@link java.util.LinkedHashMap}),
   * all on the named connection, printing {@code Seeded: key} after each.
   *
   * @param connection the configured connection they run on, whatever their own {@link
   *     #connection()} says
   */
  protected final Mono<Void> callWith(
      Map<String, Class<? extends Seeder>> seeders, String connection) {
    return Flux.fromIterable(seeders.entrySet())
        .concatMap(
            entry ->
                Mono.defer(
                    () ->
                        called(
                            SeederCatalog.instantiate(entry.getValue()),
                            connection,
                            entry.getKey())))
        .then();
  }

  /**
   * Runs the seeder unless {@code key} was seeded before on this seeder's database: the key is
   * recorded in the table {@code ilana_seeders} (created when missing), inside this seeder's
   * transaction, so a run that fails records nothing and a second run skips the seeder ({@code
   * Skipped: Name (key)}).
   */
  protected final Mono<Void> callOnce(Class<? extends Seeder> seeder, String key) {
    return Mono.defer(() -> callOnce(SeederCatalog.instantiate(seeder), key));
  }

  /** {@link #callOnce(Class, String)} for a seeder instance. */
  protected final Mono<Void> callOnce(Seeder seeder, String key) {
    return Mono.defer(
        () -> runOrFail().once(sessionOrFail(), key, seeder.name(), called(seeder, null, null)));
  }

  private Mono<Void> called(Seeder seeder, String connection, String label) {
    SeedRun current = runOrFail();
    return current
        .execute(seeder, session, connection)
        .then(
            Mono.fromRunnable(
                () -> current.line("Seeded: " + (label == null ? seeder.name() : label))));
  }

  /**
   * Runs {@code work} while showing how far it got: a progress bar redrawn in place when the
   * runner's output is a terminal, plain lines ({@code Name: 5000/10000 (50%)}, one per tenth)
   * otherwise. {@code work} reports with {@link ProgressTracker#advance}.
   */
  protected final Mono<Void> progress(
      long total, Function<ProgressTracker, ? extends Publisher<?>> work) {
    return Mono.defer(
        () -> {
          SeedRun current = runOrFail();
          Progress progress = new Progress(name(), total, current.out, current.terminal);
          progress.start();
          return Flux.from(work.apply(progress)).then().doOnSuccess(done -> progress.finish());
        });
  }

  /**
   * Empties the tables in the order given (children before parents). Inside the seeder's
   * transaction the rows are deleted: {@code TRUNCATE} commits the transaction on MySQL, MariaDB
   * and H2, and PostgreSQL refuses to truncate a table that another table references even when that
   * one is empty, so deleting keeps the seeder atomic on every database (identity counters keep
   * counting). Without a transaction each table is truncated.
   */
  protected final Mono<Void> truncateInOrder(String... tables) {
    return truncateInOrder(Arrays.asList(tables));
  }

  /** {@link #truncateInOrder(String...)} for a list of tables. */
  protected final Mono<Void> truncateInOrder(List<String> tables) {
    return Flux.fromIterable(tables)
        .concatMap(
            table -> {
              SeedSession current = sessionOrFail();
              return current.inTransaction
                  ? Query.table(current.connection, table).delete().then()
                  : Query.table(current.connection, table).truncate();
            })
        .then();
  }

  /**
   * Stops the session checking foreign keys, with the statement the connection's dialect gives
   * ({@link io.ilana.dialect.Dialect#foreignKeyChecks()}), on the seeder's pinned connection. The
   * runner turns the checks on again before the transaction ends, on every path (completion,
   * failure, cancel), so the pooled connection is never handed on with them off. On H2 the setting
   * holds for the whole database while it is off, and setting it commits the open transaction.
   *
   * @throws SeederException (as the Mono's error) when the seeder runs without a transaction
   */
  protected final Mono<Void> disableForeignKeyChecks() {
    return Mono.defer(() -> sessionOrFail().disableChecks(this));
  }

  /** Makes the session check foreign keys again. */
  protected final Mono<Void> enableForeignKeyChecks() {
    return Mono.defer(() -> sessionOrFail().enableChecks(this));
  }

  /**
   * Drops every table, view and type of the seeder's database ({@code db:wipe}), on the seeder's
   * own connection and transaction. DDL commits the open transaction on MySQL, MariaDB and H2, so
   * there the work before the wipe can no longer be rolled back.
   */
  protected final Mono<Void> wipeDatabase() {
    return Mono.defer(() -> Wipe.run(this, sessionOrFail()));
  }
}
