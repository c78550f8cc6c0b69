package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.TestDatabase;
import io.ilana.testkit.TestDatabases;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migrators in separate JVM processes racing for the database lock, and a process killed with
 * SIGKILL while it holds the lock. Server databases only: an in-memory H2 database lives inside one
 * JVM, so H2's lock is raced by concurrent migrators in one JVM instead (MigratorIntegrationTest).
 */
class MultiProcessMigrationTest {
  private static final String DATABASE = "ilana_schema_mp";

  static Stream<TestDatabase> servers() {
    return Stream.of(TestDatabases.postgres(), TestDatabases.mariadb());
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("servers")
  void twoProcessesThenTenProcessesApplyEachMigrationOnceInEveryRound(TestDatabase database)
      throws Exception {
    // Ten rounds: two racing processes, then ten, alternately.
    for (int processes : new int[] {2, 10, 2, 10, 2, 10, 2, 10, 2, 10}) {
      emptyDatabase(database);
      List<Process> running = new ArrayList<>();
      for (int i = 0; i < processes; i++) {
        running.add(start(database, "normal"));
      }
      int applied = 0;
      for (Process process : running) {
        String output = readAll(process);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        applied += appliedCount(output);
      }
      assertThat(applied).as(processes + " processes").isEqualTo(MigrateProcess.TOTAL);
      assertThat(recorded(database)).hasSize(MigrateProcess.TOTAL).doesNotHaveDuplicates();
      assertThat(seedRows(database))
          .as(processes + " processes")
          .isEqualTo(MigrateProcess.SEED_ROWS);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("servers")
  void aProcessKilledWhileHoldingTheLockDoesNotBlockTheNextMigrator(TestDatabase database)
      throws Exception {
    emptyDatabase(database);
    Process holder = start(database, "slow");
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      seen.append(line).append('\n');
      if (line.contains("SLOW_STARTED")) {
        break;
      }
    }
    assertThat(seen.toString()).contains("SLOW_STARTED");
    holder.destroyForcibly();
    assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

    DatabaseManager manager = TestConnections.open(database, DATABASE);
    try {
      long started = System.nanoTime();
      MigrationResult result =
          Migrator.builder(manager.connection())
              .source(MigrationSource.of(MigrateProcess.migrations(false)))
              .lockTimeout(Duration.ofSeconds(60))
              .build()
              .migrate()
              .block();
      assertThat(result.migrations()).containsExactly(MigrateProcess.SLOW);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    } finally {
      manager.close().block();
    }
  }

  private static void emptyDatabase(TestDatabase database) {
    DatabaseManager manager = TestConnections.open(database, DATABASE);
    try {
      Schema.on(manager.connection()).dropAllTables().block();
    } finally {
      manager.close().block();
    }
  }

  private static long seedRows(TestDatabase database) {
    DatabaseManager manager = TestConnections.open(database, DATABASE);
    try {
      return QueryBuilder.on(manager.connection())
          .from(MigrateProcess.SEEDED_TABLE)
          .count()
          .block();
    } finally {
      manager.close().block();
    }
  }

  private static List<String> recorded(TestDatabase database) {
    DatabaseManager manager = TestConnections.open(database, DATABASE);
    try {
      return new TableMigrationRepository(Schema.on(manager.connection()), "migrations")
          .ran()
          .map(MigrationRecord::migration)
          .collectList()
          .block();
    } finally {
      manager.close().block();
    }
  }

  private static Process start(TestDatabase database, String mode) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-cp",
            classPath,
            MigrateProcess.class.getName(),
            database.dialect(),
            database.host(),
            String.valueOf(database.port()),
            database.user(),
            database.password() == null || database.password().isEmpty()
                ? "-"
                : database.password(),
            DATABASE,
            mode)
        .redirectErrorStream(true)
        .start();
  }

  private static String readAll(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static int appliedCount(String output) {
    return output
        .lines()
        .filter(line -> line.startsWith("APPLIED "))
        .mapToInt(line -> Integer.parseInt(line.substring("APPLIED ".length()).trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no APPLIED line in:\n" + output));
  }
}
