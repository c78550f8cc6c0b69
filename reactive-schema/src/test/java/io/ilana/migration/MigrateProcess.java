package io.ilana.migration;

import io.ilana.db.DatabaseManager;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A separate JVM that runs one migrate, for the multi-process lock tests. Arguments: dialect host
 * port user password database mode; mode {@code slow} adds a last migration that announces itself
 * and then waits five minutes, so the test can kill the process while it holds the lock.
 */
public final class MigrateProcess {
  static final int COUNT = 6;

  /** The table migrations, the seed migration and the last (slow) one. */
  static final int TOTAL = COUNT + 2;

  static final String SEEDED_TABLE = "sch_mp_1";
  static final int SEED_ROWS = 3;
  static final String SLOW = "20240199000000_slow";

  private MigrateProcess() {}

  /** Runs the process. */
  public static void main(String[] args) {
    TestDatabase database =
        new TestDatabase(
            args[0],
            args[1],
            Integer.parseInt(args[2]),
            args[3],
            "-".equals(args[4]) ? null : args[4],
            args[5],
            "process");
    boolean slow = "slow".equals(args[6]);
    DatabaseManager manager = TestConnections.open(database, args[5]);
    int status = 0;
    try {
      MigrationResult result =
          Migrator.create(manager, MigrationSource.of(migrations(slow))).migrate().block();
      System.out.println("APPLIED " + result.migrations().size());
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    } finally {
      manager.close().block(Duration.ofSeconds(10));
    }
    System.out.flush();
    System.exit(status);
  }

  /** The migrations every process races to apply; with {@code slow}, one more that hangs. */
  static List<Migration> migrations(boolean slow) {
    List<Migration> migrations = new ArrayList<>();
    for (int i = 1; i <= COUNT; i++) {
      migrations.add(
          new TableMigration("2024010" + i + "000000_create_sch_mp_" + i, "sch_mp_" + i));
    }
    migrations.add(new Seed());
    migrations.add(slow ? new Slow(true) : new Slow(false));
    return migrations;
  }

  /** Seed rows written by a migration: a migration applied twice would write them twice. */
  static final class Seed implements Migration {
    @Override
    public String name() {
      return "20240108000000_seed_sch_mp_1";
    }

    @Override
    public Mono<Void> up(Schema schema) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 1; i <= SEED_ROWS; i++) {
        rows.add(Map.of("label", "seed-" + i));
      }
      return QueryBuilder.on(schema.connection()).from(SEEDED_TABLE).insert(rows).then();
    }

    @Override
    public Mono<Void> down(Schema schema) {
      return QueryBuilder.on(schema.connection()).from(SEEDED_TABLE).delete().then();
    }
  }

  /** The last migration: instant, or announcing itself and then hanging. */
  static final class Slow implements Migration {
    private final boolean hang;

    Slow(boolean hang) {
      this.hang = hang;
    }

    @Override
    public String name() {
      return SLOW;
    }

    @Override
    public Mono<Void> up(Schema schema) {
      if (!hang) {
        return schema.createTable("sch_mp_slow", t -> t.increments("id"));
      }
      // Nothing is changed before the hang, so the next migrator's run is the same on every
      // database, transactional DDL or not.
      return Mono.<Void>fromRunnable(
              () -> {
                System.out.println("SLOW_STARTED");
                System.out.flush();
              })
          .then(Mono.delay(Duration.ofMinutes(5)))
          .then();
    }

    @Override
    public Mono<Void> down(Schema schema) {
      return schema.dropTableIfExists("sch_mp_slow");
    }
  }
}
