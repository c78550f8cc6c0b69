package io.ilana.benchmarks;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.Dialects;
import io.ilana.testkit.TestDatabase;
import io.ilana.testkit.TestDatabases;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs each workload through IlanaORM and through raw R2DBC on the same pool settings, same data
 * and same run, alternating the two, and prints the median time of each and their ratio (IlanaORM
 * time / raw time: 1.00 means no overhead). Run: {@code ./mvnw -q -pl benchmarks -am compile
 * exec:java}; arguments, when given, keep only the workloads whose names contain one of them
 * ({@code -Dexec.args=factory}).
 */
public final class BenchmarkRunner {
  private static final int ROUNDS = 11;

  /** Untimed runs of each side first, so that both are compiled by the JIT when timing starts. */
  private static final int WARM_UPS = 3;

  private static final int POOL_SIZE = 8;

  private BenchmarkRunner() {}

  /** Runs every workload on every reachable database. */
  public static void main(String[] args) {
    System.out.printf(
        Locale.ROOT,
        "%-10s %-38s %12s %12s %8s%n",
        "database",
        "workload",
        "ilana ms",
        "raw ms",
        "ratio");
    List<String> filters = List.of(args);
    for (TestDatabase database : TestDatabases.all()) {
      run(database, filters);
    }
  }

  private static void run(TestDatabase database, List<String> filters) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder("bench", database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database())
            .pool(PoolConfig.defaults().withSize(POOL_SIZE, POOL_SIZE));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    ConnectionConfig config = builder.build();
    Dialect dialect = Dialects.forConnection(config);
    DatabaseManager manager =
        DatabaseManager.create(IlanaConfig.builder().connection(config).build());
    DatabaseConnection ilana = manager.connection();
    ConnectionPool pool =
        new ConnectionPool(
            ConnectionPoolConfiguration.builder(
                    ConnectionFactories.get(dialect.connectionOptions(config)))
                .initialSize(POOL_SIZE)
                .maxSize(POOL_SIZE)
                .build());
    RawR2dbc raw = new RawR2dbc(pool);
    try {
      Data.prepare(ilana)
          .then(RelationWorkloads.prepare(ilana))
          .then(FactoryWorkloads.prepare(ilana))
          .block();
      List<Workload> workloads = new ArrayList<>(Data.workloads(ilana, raw));
      workloads.addAll(RelationWorkloads.workloads(manager, raw));
      workloads.addAll(FactoryWorkloads.workloads(manager, raw));
      for (Workload workload : workloads) {
        if (filters.isEmpty() || filters.stream().anyMatch(workload.name()::contains)) {
          measure(database.dialect(), workload);
        }
      }
    } finally {
      pool.disposeLater().then(manager.close()).block();
    }
  }

  private static void measure(String database, Workload workload) {
    for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
      workload.reset().then(workload.ilana()).block();
      workload.reset().then(workload.raw()).block();
    }
    List<Long> ilanaTimes = new ArrayList<>();
    List<Long> rawTimes = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      workload.reset().block();
      ilanaTimes.add(time(workload.ilana()));
      workload.reset().block();
      rawTimes.add(time(workload.raw()));
    }
    double ilanaMs = median(ilanaTimes) / 1e6;
    double rawMs = median(rawTimes) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%-10s %-38s %12.1f %12.1f %8.2f%n",
        database,
        workload.name(),
        ilanaMs,
        rawMs,
        ilanaMs / rawMs);
  }

  private static long time(Mono<Long> work) {
    long start = System.nanoTime();
    work.block();
    return System.nanoTime() - start;
  }

  private static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** The table the workloads read and write, and the workloads themselves. */
  private static final class Data {
    private static final String TABLE = "bench_rows";
    private static final int ROWS = 1_000;

    static Mono<Void> prepare(DatabaseConnection connection) {
      String id =
          "postgres".equals(connection.dialect().name())
              ? "id bigserial primary key"
              : "id bigint auto_increment primary key";
      return connection
          .statement("drop table if exists " + TABLE)
          .then(
              connection.statement(
                  "create table " + TABLE + " (" + id + ", name varchar(64), score int)"))
          .thenMany(
              Flux.range(0, ROWS)
                  .concatMap(
                      i ->
                          connection.update(
                              "insert into "
                                  + TABLE
                                  + " (name, score) values ("
                                  + connection.dialect().bindMarker(1)
                                  + ", "
                                  + connection.dialect().bindMarker(2)
                                  + ")",
                              "name-" + i,
                              i)))
          .then();
    }

    static List<Workload> workloads(DatabaseConnection ilana, RawR2dbc raw) {
      String all = "select id, name, score from " + TABLE;
      String byId =
          "select id, name, score from " + TABLE + " where id = " + ilana.dialect().bindMarker(1);
      String touch =
          "update " + TABLE + " set score = score + 1 where id = " + ilana.dialect().bindMarker(1);
      return Arrays.asList(
          new Workload(
              "stream 1000 rows x 50",
              Flux.range(0, 50).concatMap(i -> ilana.select(all)).count(),
              Flux.range(0, 50).concatMap(i -> raw.select(all)).count()),
          new Workload(
              "select by id x 2000 (8 in flight)",
              Flux.range(1, 2_000)
                  .flatMap(i -> ilana.select(byId, (long) (i % ROWS) + 1), 8)
                  .count(),
              Flux.range(1, 2_000)
                  .flatMap(i -> raw.select(byId, (long) (i % ROWS) + 1), 8)
                  .count()),
          new Workload(
              "update by id x 1000 (8 in flight)",
              Flux.range(1, 1_000)
                  .flatMap(i -> ilana.update(touch, (long) (i % ROWS) + 1), 8)
                  .reduce(0L, Long::sum),
              Flux.range(1, 1_000)
                  .flatMap(i -> raw.update(touch, (long) (i % ROWS) + 1), 8)
                  .reduce(0L, Long::sum)));
    }
  }
}
