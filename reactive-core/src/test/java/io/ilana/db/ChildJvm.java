package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.testkit.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a test's {@code main} class in a separate JVM with a small heap, pointed at a test database
 * (H2 from a file there, so its rows are not in the child's heap), and hands back what it printed
 * once it exited successfully. Memory-bound behaviour is measured this way: a heap limit in the
 * test's own JVM would measure everything else the suite holds.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * The output of {@code main} run with {@code -Xmx<heapMb>m}; fails if it does not exit with 0.
   */
  public static String run(Class<?> main, TestDatabase database, int heapMb)
      throws IOException, InterruptedException {
    String name =
        database.isEmbedded()
            // H2 runs inside the child: keep its page cache small so the heap measured is ours.
            ? Files.createTempDirectory("ilana-child").resolve("db") + ";CACHE_SIZE=4096"
            : database.database();
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx" + heapMb + "m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    main.getName(),
                    database.dialect(),
                    orDash(database.host()),
                    String.valueOf(database.port()),
                    orDash(database.user()),
                    orDash(database.password()),
                    name))
            .redirectErrorStream(true)
            .start();
    String output;
    try (var in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    return output;
  }

  /** The database a child was started for, from its arguments (see {@link #run}). */
  public static TestDatabase database(String[] args) {
    return new TestDatabase(
        args[0],
        arg(args[1]),
        Integer.parseInt(args[2]),
        arg(args[3]),
        arg(args[4]),
        args[5],
        "child");
  }

  /** A manager on the child's database with a pool of two (a stream plus its relation queries). */
  public static DatabaseManager manager(String[] args) {
    return DatabaseManager.create(
        IlanaConfig.builder()
            .connection(
                TestManagers.connectionFor(database(args))
                    .pool(PoolConfig.defaults().withSize(0, 2))
                    .build())
            .build());
  }

  /**
   * Waits (up to 30 s) until no connection of the pool is acquired: a cancelled transaction's
   * rollback and release finish after its subscriber completed, later on a loaded machine, so the
   * child waits for them instead of pausing a fixed time before it reports what is still acquired.
   */
  static void awaitReleased(DatabaseConnection connection) {
    Flux.interval(Duration.ofMillis(50))
        .onBackpressureDrop()
        .filter(tick -> connection.poolStats().acquired() == 0)
        .next()
        .timeout(Duration.ofSeconds(30), Mono.just(-1L))
        .block();
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }

  private static String arg(String value) {
    return "-".equals(value) ? null : value;
  }
}
