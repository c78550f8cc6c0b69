package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.function.BiConsumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Migrator round trips on every dialect, in a database of their own ({@value #DATABASE}) that each
 * test empties first, because {@code fresh} drops everything in it.
 */
class MigratorIntegrationTest {
  static final String DATABASE = "ilana_schema_migrate";

  static final List<Migration> THREE =
      List.of(
          new TableMigration("20240101000000_create_sch_m_one", "sch_m_one"),
          new TableMigration("20240102000000_create_sch_m_two", "sch_m_two"),
          new TableMigration("20240103000000_create_sch_m_three", "sch_m_three"));

  static void with(TestDatabase database, BiConsumer<DatabaseManager, Schema> body) {
    DatabaseManager manager = TestConnections.open(database, DATABASE);
    try {
      Schema schema = Schema.on(manager.connection());
      schema.dropAllTables().block();
      body.accept(manager, schema);
    } finally {
      manager.close().block();
    }
  }

  static Migrator migrator(DatabaseManager manager, List<Migration> migrations) {
    return Migrator.create(manager, MigrationSource.of(migrations));
  }

  @DialectTest
  void migrateRunsPendingMigrationsInOrderAsOneBatch(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          MigrationResult result = migrator(manager, THREE).migrate().block();
          assertThat(result.batch()).isEqualTo(1);
          assertThat(result.migrations())
              .containsExactly(
                  "20240101000000_create_sch_m_one",
                  "20240102000000_create_sch_m_two",
                  "20240103000000_create_sch_m_three");
          assertThat(schema.hasTable("sch_m_three").block()).isTrue();
          assertThat(migrator(manager, THREE).list().collectList().block())
              .extracting(MigrationRecord::batch)
              .containsExactly(1, 1, 1);
        });
  }

  @DialectTest
  void aSecondMigrateFindsNothingToDo(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          migrator(manager, THREE).migrate().block();
          assertThat(migrator(manager, THREE).migrate().block().isEmpty()).isTrue();
        });
  }

  @DialectTest
  void rollbackUndoesOnlyTheLastBatch(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          migrator(manager, THREE.subList(0, 1)).migrate().block();
          migrator(manager, THREE).migrate().block();
          MigrationResult rolledBack = migrator(manager, THREE).rollback().block();
          assertThat(rolledBack.batch()).isEqualTo(2);
          assertThat(rolledBack.migrations())
              .containsExactly(
                  "20240103000000_create_sch_m_three", "20240102000000_create_sch_m_two");
          assertThat(schema.hasTable("sch_m_one").block()).isTrue();
          assertThat(schema.hasTable("sch_m_two").block()).isFalse();
        });
  }

  @DialectTest
  void rollbackByStepAndToUndoNewestFirst(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          Migrator migrator = migrator(manager, THREE);
          migrator.migrate().block();
          assertThat(migrator.rollback(RollbackOptions.steps(1)).block().migrations())
              .containsExactly("20240103000000_create_sch_m_three");
          assertThat(
                  migrator
                      .rollback(RollbackOptions.to("20240101000000_create_sch_m_one"))
                      .block()
                      .migrations())
              .containsExactly("20240102000000_create_sch_m_two");
          assertThat(migrator.list().map(MigrationRecord::migration).collectList().block())
              .containsExactly("20240101000000_create_sch_m_one");
        });
  }

  @DialectTest
  void migrateToAndOnlyRunTheSelectedMigrations(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          Migrator migrator = migrator(manager, THREE);
          assertThat(
                  migrator
                      .migrate(MigrateOptions.to("20240102000000_create_sch_m_two"))
                      .block()
                      .migrations())
              .hasSize(2);
          assertThat(
                  migrator
                      .migrate(MigrateOptions.only("20240103000000_create_sch_m_three"))
                      .block()
                      .batch())
              .isEqualTo(2);
        });
  }

  @DialectTest
  void resetRollsBackEverythingAndStatusShowsItPending(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          Migrator migrator = migrator(manager, THREE);
          migrator.migrate().block();
          assertThat(migrator.reset().block().migrations()).hasSize(3);
          assertThat(schema.hasTable("sch_m_one").block()).isFalse();
          assertThat(migrator.status().collectList().block())
              .extracting(MigrationStatus::ran)
              .containsExactly(false, false, false);
        });
  }

  @DialectTest
  void refreshRollsBackAndMigratesAgain(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          Migrator migrator = migrator(manager, THREE);
          migrator.migrate().block();
          schema.connection().statement("INSERT INTO sch_m_one (label) VALUES ('x')").block();
          MigrationResult result = migrator.refresh().block();
          assertThat(result.migrations()).hasSize(3);
          assertThat(schema.connection().select("SELECT id FROM sch_m_one").collectList().block())
              .isEmpty();
        });
  }

  @DialectTest
  void freshDropsEveryTableThenMigrates(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          schema.createTable("sch_m_stray", t -> t.increments("id")).block();
          schema.raw("CREATE VIEW sch_m_stray_view AS SELECT id FROM sch_m_stray").block();
          boolean postgres = "postgres".equals(database.dialect());
          if (postgres) {
            schema.raw("CREATE TYPE sch_m_mood AS ENUM ('sad', 'happy')").block();
          }
          MigrationResult result = migrator(manager, THREE).fresh().block();
          assertThat(result.migrations()).hasSize(3);
          if (postgres) {
            assertThat(
                    schema
                        .connection()
                        .select("SELECT 1 FROM pg_type WHERE typname = 'sch_m_mood'")
                        .collectList()
                        .block())
                .isEmpty();
          }
          assertThat(schema.hasTable("sch_m_stray").block()).isFalse();
          assertThat(schema.hasTable("sch_m_two").block()).isTrue();
        });
  }

  @DialectTest
  void statusListsRanPendingAndMissingMigrations(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          migrator(manager, THREE.subList(0, 2)).migrate().block();
          List<Migration> known = List.of(THREE.get(1), THREE.get(2));
          assertThat(migrator(manager, known).status().collectList().block())
              .containsExactly(
                  new MigrationStatus("20240102000000_create_sch_m_two", true, 1, false),
                  new MigrationStatus("20240103000000_create_sch_m_three", false, null, false),
                  new MigrationStatus("20240101000000_create_sch_m_one", true, 1, true));
        });
  }

  @DialectTest
  void aFailingMigrationReportsWhereTheRunStopped(TestDatabase database) {
    Migration failing =
        new Migration() {
          @Override
          public String name() {
            return "20240104000000_half_done";
          }

          @Override
          public Mono<Void> up(Schema schema) {
            return schema
                .createTable("sch_m_half", t -> t.increments("id"))
                .then(schema.raw("SELECT * FROM sch_m_no_such_table"));
          }

          @Override
          public Mono<Void> down(Schema schema) {
            return schema.dropTableIfExists("sch_m_half");
          }
        };
    with(
        database,
        (manager, schema) -> {
          List<Migration> migrations = new java.util.ArrayList<>(THREE.subList(0, 1));
          migrations.add(failing);
          assertThatThrownBy(() -> migrator(manager, migrations).migrate().block())
              .isInstanceOf(MigrationException.class)
              .hasMessageStartingWith(
                  "Migration 20240104000000_half_done failed (up, batch 1) after 1 completed"
                      + " [20240101000000_create_sch_m_one]: ")
              .satisfies(
                  e -> {
                    MigrationException failure = (MigrationException) e;
                    assertThat(failure.failed()).isEqualTo("20240104000000_half_done");
                    assertThat(failure.completed())
                        .containsExactly("20240101000000_create_sch_m_one");
                    assertThat(failure.getMessage())
                        .endsWith(
                            schema.dialect().supportsTransactionalDdl()
                                ? " Its changes were rolled back."
                                : " DDL is not transactional on "
                                    + database.dialect()
                                    + ": statements of 20240104000000_half_done that ran before"
                                    + " the failure are still applied and it is not recorded;"
                                    + " repair the database before running again.");
                  });
          assertThat(migrator(manager, migrations).list().collectList().block()).hasSize(1);
          // Only PostgreSQL rolls the half-built table back; H2 and MariaDB commit DDL as it runs.
          assertThat(schema.hasTable("sch_m_half").block())
              .isEqualTo(!schema.dialect().supportsTransactionalDdl());
        });
  }

  @DialectTest
  void tenConcurrentMigratorsApplyEachMigrationOnce(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          List<MigrationResult> results =
              Flux.range(0, 10)
                  .flatMap(i -> migrator(manager, THREE).migrate(), 10)
                  .collectList()
                  .block();
          assertThat(results.stream().mapToInt(r -> r.migrations().size()).sum()).isEqualTo(3);
          assertThat(migrator(manager, THREE).list().collectList().block()).hasSize(3);
          assertThat(migrator(manager, THREE).migrate().block().isEmpty()).isTrue();
        });
  }

  @DialectTest
  void aMigratorGivesUpWithALockErrorWhileAnotherHoldsTheLock(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          reactor.core.publisher.Sinks.Empty<Void> finish = reactor.core.publisher.Sinks.empty();
          reactor.core.publisher.Sinks.Empty<Void> started = reactor.core.publisher.Sinks.empty();
          Migration waiting =
              new Migration() {
                @Override
                public String name() {
                  return "20240105000000_wait";
                }

                @Override
                public Mono<Void> up(Schema s) {
                  return Mono.fromRunnable(started::tryEmitEmpty).then(finish.asMono());
                }

                @Override
                public Mono<Void> down(Schema s) {
                  return Mono.empty();
                }
              };
          reactor.core.Disposable holder =
              migrator(manager, List.of(waiting)).migrate().subscribe();
          started.asMono().block(java.time.Duration.ofSeconds(30));
          // A second manager is a second connection, as another process would have.
          DatabaseManager other = TestConnections.open(database, DATABASE);
          try {
            if (database.isEmbedded()) {
              other.close().block();
              other = TestConnections.open(database);
            }
            Migrator loser =
                Migrator.builder(other.connection())
                    .source(MigrationSource.of(THREE))
                    .lockTimeout(java.time.Duration.ofSeconds(1))
                    .build();
            assertThatThrownBy(() -> loser.migrate().block())
                .isInstanceOf(MigrationLockException.class);
          } finally {
            finish.tryEmitEmpty();
            other.close().block();
          }
          assertThat(migrator(manager, THREE).migrate().block().migrations()).hasSize(3);
          holder.dispose();
        });
  }

  @DialectTest
  void aMigrationOutsideATransactionCanBuildAnIndexConcurrentlyWhileTheLockIsHeld(
      TestDatabase database) {
    // Flyway #1654: an advisory lock held in the migrating session deadlocked CREATE INDEX
    // CONCURRENTLY. Here the lock lives on another connection, idle between statements.
    Migration concurrently =
        new Migration() {
          @Override
          public String name() {
            return "20240106000000_index_concurrently";
          }

          @Override
          public boolean withinTransaction() {
            return false;
          }

          @Override
          public Mono<Void> up(Schema s) {
            return "postgres".equals(s.dialect().name())
                ? s.raw("CREATE INDEX CONCURRENTLY sch_m_one_label_cc ON sch_m_one (label)")
                : s.table("sch_m_one", t -> t.index(List.of("label"), "sch_m_one_label_cc"));
          }

          @Override
          public Mono<Void> down(Schema s) {
            return s.table("sch_m_one", t -> t.dropIndex("sch_m_one_label_cc"));
          }
        };
    with(
        database,
        (manager, schema) -> {
          List<Migration> migrations = List.of(THREE.get(0), concurrently);
          MigrationResult result =
              migrator(manager, migrations).migrate().block(java.time.Duration.ofSeconds(60));
          assertThat(result.migrations()).hasSize(2);
        });
  }

  @DialectTest
  void unlockClearsALeftoverLock(TestDatabase database) {
    with(
        database,
        (manager, schema) -> {
          Migrator migrator = migrator(manager, THREE);
          migrator.migrate().block();
          migrator.unlock().block();
          assertThat(migrator.rollback().block().migrations()).hasSize(3);
        });
  }
}
