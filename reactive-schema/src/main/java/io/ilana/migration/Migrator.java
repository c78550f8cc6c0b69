package io.ilana.migration;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.MigrationsConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs migrations against one connection: {@code migrate}, {@code rollback}, {@code reset}, {@code
 * refresh}, {@code fresh}, {@code status}, {@code list} and {@code unlock}. Every command that
 * changes the schema holds the migration lock for its whole run, so concurrent migrators (threads
 * or processes) apply each migration once; losers wait for the winner and then find nothing left.
 *
 * <p>The lock pins one pooled connection while migrations run on others: give the connection a pool
 * of at least two.
 */
public final class Migrator {
  private final Schema schema;
  private final MigrationSource source;
  private final MigrationRepository repository;
  private final MigrationLock lock;
  private final MigrationRunner runner;
  private final LocalMutex local;
  private final Duration lockTimeout;

  private Migrator(Builder builder) {
    this.schema = Schema.on(builder.connection);
    this.source = builder.source;
    this.repository =
        builder.repository != null
            ? builder.repository
            : new TableMigrationRepository(schema, builder.table);
    this.lock =
        builder.lock != null
            ? builder.lock
            : MigrationLocks.forSchema(schema, builder.table, builder.lockTimeout);
    this.runner = new MigrationRunner(schema, repository, builder.connections);
    this.local = LocalMutex.of(builder.connection, builder.table);
    this.lockTimeout = builder.lockTimeout;
  }

  /** Starts a migrator on a connection. */
  public static Builder builder(DatabaseConnection connection) {
    return new Builder(connection);
  }

  /**
   * A migrator on the manager's default connection, with the migrations table from the connection's
   * (or the global) {@link MigrationsConfig}; migrations naming another connection run there.
   */
  public static Migrator create(DatabaseManager manager, MigrationSource source) {
    return create(manager, manager.config().defaultConnection(), source);
  }

  /** A migrator on a named connection of the manager. */
  public static Migrator create(
      DatabaseManager manager, String connection, MigrationSource source) {
    ConnectionConfig config = manager.config().connection(connection);
    MigrationsConfig migrations =
        config.migrations() != null ? config.migrations() : manager.config().migrations();
    return builder(manager.connection(connection))
        .source(source)
        .table(migrations.tableName())
        .connections(manager::connection)
        .build();
  }

  /** The schema builder migrations receive. */
  public Schema schema() {
    return schema;
  }

  /** The repository recording what ran. */
  public MigrationRepository repository() {
    return repository;
  }

  /** Runs every pending migration, in name order, as one new batch. */
  public Mono<MigrationResult> migrate() {
    return migrate(MigrateOptions.all());
  }

  /** Runs the pending migrations the options select, as one new batch. */
  public Mono<MigrationResult> migrate(MigrateOptions options) {
    return locked(() -> prepare().then(applyPending(options)));
  }

  /** Rolls back the last batch. */
  public Mono<MigrationResult> rollback() {
    return rollback(RollbackOptions.lastBatch());
  }

  /** Rolls back what the options select: the last batch, the last n migrations, or down to one. */
  public Mono<MigrationResult> rollback(RollbackOptions options) {
    return locked(() -> prepare().then(rollBack(options)));
  }

  /** Rolls back every migration that ran. */
  public Mono<MigrationResult> reset() {
    return rollback(RollbackOptions.all());
  }

  /** Rolls back everything, then migrates again. */
  public Mono<MigrationResult> refresh() {
    return locked(
        () ->
            prepare()
                .then(rollBack(RollbackOptions.all()))
                .then(applyPending(MigrateOptions.all())));
  }

  /**
   * Drops every table, view and type of the connection's schema or database, then migrates. Run it
   * only against a database this application owns.
   */
  public Mono<MigrationResult> fresh() {
    return locked(
        () ->
            schema
                .dropAllTablesExcept(lock.ownedTables())
                .then(prepare())
                .then(applyPending(MigrateOptions.all())));
  }

  /** Every known migration with whether and in which batch it ran, then ran-but-unknown ones. */
  public Flux<MigrationStatus> status() {
    return Mono.fromSupplier(() -> MigrationSource.sorted(source))
        .zipWith(ranRecords())
        .flatMapMany(
            pair -> {
              Map<String, Integer> ran = new LinkedHashMap<>();
              pair.getT2().forEach(r -> ran.put(r.migration(), r.batch()));
              List<MigrationStatus> lines = new ArrayList<>();
              for (Migration migration : pair.getT1()) {
                Integer batch = ran.remove(migration.name());
                lines.add(new MigrationStatus(migration.name(), batch != null, batch, false));
              }
              ran.forEach((name, batch) -> lines.add(new MigrationStatus(name, true, batch, true)));
              return Flux.fromIterable(lines);
            });
  }

  /** The migrations that ran, oldest first. */
  public Flux<MigrationRecord> list() {
    return ranRecords().flatMapMany(Flux::fromIterable);
  }

  /** Clears a lock left behind by a killed process (a lock table; session locks need nothing). */
  public Mono<Void> unlock() {
    return lock.forceUnlock();
  }

  // ---- steps ----

  private Mono<List<MigrationRecord>> ranRecords() {
    return repository
        .exists()
        .flatMap(exists -> exists ? repository.ran().collectList() : Mono.just(List.of()));
  }

  private Mono<Void> prepare() {
    return repository.createIfMissing();
  }

  private Mono<MigrationResult> applyPending(MigrateOptions options) {
    return Mono.defer(
        () -> {
          List<Migration> known = MigrationSource.sorted(source);
          return repository
              .ran()
              .map(MigrationRecord::migration)
              .collect(Collectors.toSet())
              .zipWith(repository.lastBatchNumber())
              .flatMap(
                  ran -> {
                    List<Migration> pending = options.select(known, ran.getT1());
                    return runner.up(pending, ran.getT2() + 1);
                  });
        });
  }

  private Mono<MigrationResult> rollBack(RollbackOptions options) {
    return Mono.defer(
        () -> {
          Map<String, Migration> known =
              MigrationSource.sorted(source).stream()
                  .collect(
                      Collectors.toMap(Migration::name, m -> m, (a, b) -> a, LinkedHashMap::new));
          return repository
              .ran()
              .collectList()
              .flatMap(
                  ran -> {
                    List<MigrationRecord> chosen = options.select(ran);
                    if (chosen.isEmpty()) {
                      return Mono.just(MigrationResult.nothing());
                    }
                    List<Migration> migrations = new ArrayList<>();
                    for (MigrationRecord record : chosen) {
                      Migration migration = known.get(record.migration());
                      if (migration == null) {
                        return Mono.error(
                            new MigrationException(
                                "Migration "
                                    + record.migration()
                                    + " ran but is not among the known migrations, so it cannot be"
                                    + " rolled back."));
                      }
                      migrations.add(migration);
                    }
                    int batch = chosen.stream().mapToInt(MigrationRecord::batch).max().orElse(0);
                    return runner.down(migrations, batch);
                  });
        });
  }

  private <T> Mono<T> locked(Supplier<Mono<T>> work) {
    Mono<T> databaseLocked =
        Mono.usingWhen(
            lock.acquire(),
            held -> Mono.defer(work),
            MigrationLock.Held::release,
            (held, error) -> held.release(),
            MigrationLock.Held::release);
    Mono<Runnable> localTurn =
        local
            .acquire()
            .timeout(lockTimeout)
            .onErrorMap(
                java.util.concurrent.TimeoutException.class,
                e ->
                    new MigrationLockException(
                        "Another migrator in this process held the migration lock for longer"
                            + " than "
                            + lockTimeout.toMillis()
                            + " ms."));
    return Mono.usingWhen(
        localTurn,
        release -> databaseLocked,
        release -> Mono.fromRunnable(release),
        (release, error) -> Mono.fromRunnable(release),
        release -> Mono.fromRunnable(release));
  }

  /** How a migrator is put together. */
  public static final class Builder {
    private final DatabaseConnection connection;
    private MigrationSource source = MigrationSource.of();
    private String table = MigrationsConfig.defaults().tableName();
    private Duration lockTimeout = Duration.ofMinutes(10);
    private Function<String, DatabaseConnection> connections;
    private MigrationRepository repository;
    private MigrationLock lock;

    private Builder(DatabaseConnection connection) {
      this.connection = Objects.requireNonNull(connection, "connection");
      this.connections =
          name -> {
            throw new MigrationException(
                "Migration asks for connection '"
                    + name
                    + "', but this migrator knows only '"
                    + connection.name()
                    + "'; build it with Migrator.create(manager, ...).");
          };
    }

    /** Where the migrations come from. */
    public Builder source(MigrationSource value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /** The table that records applied migrations (default {@code migrations}). */
    public Builder table(String value) {
      this.table = Objects.requireNonNull(value, "table");
      return this;
    }

    /** How long to wait for another migrator to finish (default 10 minutes). */
    public Builder lockTimeout(Duration value) {
      this.lockTimeout = Objects.requireNonNull(value, "lockTimeout");
      return this;
    }

    /** How to reach the connections migrations name. */
    public Builder connections(Function<String, DatabaseConnection> value) {
      this.connections = Objects.requireNonNull(value, "connections");
      return this;
    }

    /** A repository other than the table-backed one. */
    public Builder repository(MigrationRepository value) {
      this.repository = value;
      return this;
    }

    /** A lock other than the dialect's default. */
    public Builder lock(MigrationLock value) {
      this.lock = value;
      return this;
    }

    /** The migrator. */
    public Migrator build() {
      return new Migrator(this);
    }
  }
}
