package io.ilana.factory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.PoolStats;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The bulk factory at volume: 50,000 rows in a child JVM with a 128 MB heap and its progress lines;
 * cancelled part-way, it keeps whole batches and gives its connection back; the progress it
 * reports.
 */
class BulkFactoryIntegrationTest {
  private static final Pattern PROGRESS =
      Pattern.compile("^progress batch=(\\d+) written=(\\d+)/(\\d+)$", Pattern.MULTILINE);
  private static final Pattern DONE = Pattern.compile("^done written=(\\d+) ", Pattern.MULTILINE);

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = BulkFactoryMain.manager(database);
    DatabaseConnection connection = manager.connection();
    BulkFactoryMain.createTable(connection);
    return connection;
  }

  @DialectTest
  void fiftyThousandRowsInAChildJvmWithA128MbHeap(TestDatabase database) throws Exception {
    // H2 must be a file the parent can open after the child has gone, not the child's memory.
    TestDatabase target =
        database.isEmbedded()
            ? new TestDatabase(
                "h2",
                null,
                -1,
                database.user(),
                database.password(),
                Files.createTempDirectory("ilana-bulk").resolve("db").toString(),
                "child")
            : database;
    String child =
        database.isEmbedded()
            // H2 runs inside the child: a small page cache keeps the heap for the factory.
            ? target.database() + ";CACHE_SIZE=4096"
            : target.database();

    String output = runChild(BulkFactoryMain.arguments(target, child), 128, Duration.ofMinutes(5));

    List<long[]> progress = new ArrayList<>();
    Matcher line = PROGRESS.matcher(output);
    while (line.find()) {
      progress.add(
          new long[] {
            Long.parseLong(line.group(1)),
            Long.parseLong(line.group(2)),
            Long.parseLong(line.group(3))
          });
    }
    assertThat(progress).as(output).hasSize(50);
    assertThat(progress.stream().mapToLong(p -> p[0]))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
    assertThat(progress.stream().mapToLong(p -> p[1]))
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, 50).map(batch -> batch * 1_000).boxed().toList());
    assertThat(progress).allMatch(p -> p[2] == 50_000L);
    Matcher done = DONE.matcher(output);
    assertThat(done.find()).as(output).isTrue();
    assertThat(done.group(1)).isEqualTo("50000");

    manager = BulkFactoryMain.manager(target);
    DatabaseConnection connection = manager.connection();
    assertThat(count(connection)).isEqualTo(50_000L);
    assertThat(distinctEmails(connection)).isEqualTo(50_000L);
    connection.statement("drop table " + BulkFactoryMain.TABLE).block();
  }

  @DialectTest
  void aStreamTakenForThreeBatchesKeepsThemAndReturnsItsConnection(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<BulkProgress> heard = Collections.synchronizedList(new ArrayList<>());

    StepVerifier.create(
            BulkFactoryMain.bulk().on(manager).onProgress(heard::add).stream(20_000).take(3))
        .expectNext(
            new BulkProgress(1_000, 20_000, 1),
            new BulkProgress(2_000, 20_000, 2),
            new BulkProgress(3_000, 20_000, 3))
        .verifyComplete();

    assertThat(awaitRest(connection)).isEqualTo(new Rest(0, 0));
    assertThat(count(connection)).isEqualTo(3_000L);
    assertThat(heard).hasSize(3);
  }

  @DialectTest
  void aSubscriptionDisposedWhileABatchIsWritingKeepsWholeBatchesOnly(TestDatabase database)
      throws InterruptedException {
    DatabaseConnection connection = open(database);
    // Disposed from the query log as the fourth insert has run inside its batch's transaction,
    // which has not committed yet: the cancel reaches a batch in flight, not one between batches.
    Disposable.Swap run = Disposables.swap();
    AtomicInteger inserts = new AtomicInteger();
    CountDownLatch disposed = new CountDownLatch(1);
    manager.listen(
        event -> {
          if (event.sql().startsWith("insert into")
              && event.sql().contains(BulkFactoryMain.TABLE)
              && inserts.incrementAndGet() == 4) {
            run.dispose();
            disposed.countDown();
          }
        });
    List<BulkProgress> heard = Collections.synchronizedList(new ArrayList<>());

    // A swap disposed before the subscription reaches it disposes that subscription at once.
    run.update(
        BulkFactoryMain.bulk().on(manager).onProgress(heard::add).create(50_000).subscribe());
    assertThat(disposed.await(60, TimeUnit.SECONDS)).isTrue();

    assertThat(awaitRest(connection)).isEqualTo(new Rest(0, 0));
    long rows = count(connection);
    assertThat(rows % 1_000).as("rows written: %d", rows).isZero();
    assertThat(rows).isBetween(3_000L, 4_000L);
    assertThat(heard.size()).isBetween(3, 4);
    // The pool is usable again: a new run on the same manager writes its rows.
    assertThat(BulkFactoryMain.bulk().on(manager).create(1_500).block()).isEqualTo(1_500L);
    assertThat(count(connection)).isEqualTo(rows + 1_500L);
  }

  @DialectTest
  void progressCountsBatchesFromOneUpToOneHundredPercent(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<BulkProgress> heard = Collections.synchronizedList(new ArrayList<>());

    List<BulkProgress> emitted =
        BulkFactoryMain.bulk().on(manager).onProgress(heard::add).stream(2_500)
            .collectList()
            .block();

    assertThat(emitted)
        .containsExactly(
            new BulkProgress(1_000, 2_500, 1),
            new BulkProgress(2_000, 2_500, 2),
            new BulkProgress(2_500, 2_500, 3));
    assertThat(heard).containsExactlyElementsOf(emitted);
    assertThat(emitted.get(0).percent()).isEqualTo(40.0);
    assertThat(emitted.get(2).percent()).isEqualTo(100.0);
    assertThat(count(connection)).isEqualTo(2_500L);
  }

  @DialectTest
  void createOfNothingEmitsZeroAndReportsNoBatch(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<BulkProgress> heard = Collections.synchronizedList(new ArrayList<>());
    BulkFactory<BulkFactoryMain.BulkUser> bulk =
        BulkFactoryMain.bulk().on(manager).onProgress(heard::add);

    StepVerifier.create(bulk.create(0)).expectNext(0L).verifyComplete();
    StepVerifier.create(bulk.stream(0)).verifyComplete();

    assertThat(heard).isEmpty();
    assertThat(new BulkProgress(0, 0, 0).percent()).isEqualTo(100.0);
    assertThat(count(connection)).isZero();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** What is acquired from and waiting on a pool. */
  private record Rest(int acquired, int pending) {
    static Rest of(PoolStats stats) {
      return new Rest(stats.acquired(), stats.pending());
    }
  }

  /**
   * The pool once nothing is acquired or waiting, or as it is after 30 s: a cancelled batch's
   * rollback and release finish after the cancel returned, later on a loaded machine.
   */
  private static Rest awaitRest(DatabaseConnection connection) {
    return Flux.interval(Duration.ofMillis(20))
        .onBackpressureDrop()
        .map(tick -> Rest.of(connection.poolStats()))
        .filter(rest -> rest.equals(new Rest(0, 0)))
        .next()
        .timeout(Duration.ofSeconds(30), Mono.fromSupplier(() -> Rest.of(connection.poolStats())))
        .block();
  }

  private static long count(DatabaseConnection connection) {
    return number(connection, "select count(*) as n from " + BulkFactoryMain.TABLE);
  }

  private static long distinctEmails(DatabaseConnection connection) {
    return number(connection, "select count(distinct email) as n from " + BulkFactoryMain.TABLE);
  }

  private static long number(DatabaseConnection connection, String sql) {
    return ((Number) connection.select(sql).blockFirst().values().iterator().next()).longValue();
  }

  /**
   * Runs {@link BulkFactoryMain} with {@code args} in a JVM of its own (this JVM's java and class
   * path, {@code -Xmx<heapMb>m}), waits for it at most {@code timeout} and returns what it printed;
   * fails when it is still running then or exits with anything but 0. Output goes to a file, so a
   * child that hangs cannot hang the read.
   */
  private static String runChild(String[] args, int heapMb, Duration timeout) throws Exception {
    Path log = Files.createTempFile("ilana-bulk-child", ".log");
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-Xmx" + heapMb + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BulkFactoryMain.class.getName());
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean exited = child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertThat(exited).as("child still running after %s:%n%s", timeout, output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    return output;
  }
}
