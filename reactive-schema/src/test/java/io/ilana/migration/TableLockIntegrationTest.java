package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.TestDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * H2's lock table: a lock row left set by a dead process blocks migrators until {@code unlock}
 * clears it. (PostgreSQL and MariaDB use session locks, which die with their process; see
 * MultiProcessMigrationTest.)
 */
class TableLockIntegrationTest {

  @Test
  void aLeftoverLockRowBlocksUntilUnlockClearsIt() {
    DatabaseManager manager = TestConnections.open(TestDatabases.h2());
    try {
      Migrator migrator =
          Migrator.builder(manager.connection())
              .source(MigrationSource.of(List.of(MigratorIntegrationTest.THREE.get(0))))
              .lockTimeout(Duration.ofMillis(500))
              .build();
      migrator.list().collectList().block();
      migrator.rollback().block();
      Schema schema = Schema.on(manager.connection());
      assertThat(schema.hasTable("migrations_lock").block()).isTrue();
      schema.raw("UPDATE migrations_lock SET is_locked = 1").block();

      assertThatThrownBy(() -> migrator.migrate().block())
          .isInstanceOf(MigrationLockException.class)
          .hasMessage(
              "Migration table is locked (migrations_lock) and was not released within 500 ms. If no"
                  + " migrator is running, run migrate:unlock.");

      migrator.unlock().block();
      assertThat(migrator.migrate().block().migrations()).hasSize(1);
    } finally {
      manager.close().block();
    }
  }
}
