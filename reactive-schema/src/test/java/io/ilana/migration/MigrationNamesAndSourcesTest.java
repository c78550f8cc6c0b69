package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationNamesAndSourcesTest {

  @Test
  void aClassNameBecomesATimestampedSnakeCaseName() {
    assertThat(
            MigrationNames.fromClass(io.ilana.migration.scan.M20240101000000_CreateScanned.class))
        .isEqualTo("20240101000000_create_scanned");
    assertThat(MigrationNames.fromClass(io.ilana.migration.scan.M20230101000000_AddHTTPFlag.class))
        .isEqualTo("20230101000000_add_http_flag");
  }

  @Test
  void aClassWithoutTimestampCannotBeNamed() {
    assertThatThrownBy(() -> MigrationNames.fromClass(TableMigration.class))
        .isInstanceOf(MigrationException.class)
        .hasMessage(
            "Cannot derive a migration name from class io.ilana.migration.TableMigration: name it"
                + " like M20240101000000_CreateUsersTable or override name().");
  }

  @Test
  void namesWithoutTimestampAreRejected() {
    assertThatThrownBy(() -> MigrationNames.require("create_users"))
        .hasMessage(
            "Invalid migration name 'create_users': expected a timestamp prefix and a description,"
                + " such as 20240101000000_create_users_table.");
  }

  @Test
  void namesOrderByTheirNumericPrefix() {
    List<String> names = new java.util.ArrayList<>(List.of("20240101_b", "9999_a", "20231201_z"));
    names.sort(MigrationNames.ORDER);
    assertThat(names).containsExactly("9999_a", "20231201_z", "20240101_b");
  }

  @Test
  void aSourceIsSortedByName() {
    MigrationSource source =
        MigrationSource.of(new TableMigration("0002_b", "b"), new TableMigration("0001_a", "a"));
    assertThat(MigrationSource.sorted(source))
        .extracting(Migration::name)
        .containsExactly("0001_a", "0002_b");
  }

  @Test
  void twoMigrationsWithOneNameAreRejected() {
    MigrationSource source =
        MigrationSource.of(new TableMigration("0001_a", "a"), new TableMigration("0001_a", "b"));
    assertThatThrownBy(() -> MigrationSource.sorted(source))
        .hasMessage(
            "Two migrations are named 0001_a: io.ilana.migration.TableMigration and"
                + " io.ilana.migration.TableMigration.");
  }

  @Test
  void aPackageScanFindsConcreteMigrationClasses() {
    List<Migration> found =
        MigrationSource.sorted(
            MigrationSource.scanPackage("io.ilana.migration.scan", getClass().getClassLoader()));
    assertThat(found)
        .extracting(Migration::name)
        .containsExactly("20230101000000_add_http_flag", "20240101000000_create_scanned");
  }

  @Test
  void aConfiguredPackageIsScanned() {
    io.ilana.config.MigrationsConfig config =
        new io.ilana.config.MigrationsConfig(
            "./migrations", "migrations", "io.ilana.migration.scan");
    assertThat(MigrationSource.fromConfig(config, getClass().getClassLoader()).migrations())
        .hasSize(2);
  }

  @Test
  void migrateOnlyAndToSelectPendingMigrations() {
    List<Migration> known =
        List.of(
            new TableMigration("0001_a", "a"),
            new TableMigration("0002_b", "b"),
            new TableMigration("0003_c", "c"));
    assertThat(MigrateOptions.to("0002_b").select(known, Set.of("0001_a")))
        .extracting(Migration::name)
        .containsExactly("0002_b");
    assertThat(MigrateOptions.only("0003_c").select(known, Set.of()))
        .extracting(Migration::name)
        .containsExactly("0003_c");
    assertThatThrownBy(() -> MigrateOptions.only("0009_x").select(known, Set.of()))
        .hasMessage("Unknown migration 0009_x.");
  }

  @Test
  void rollbackOptionsPickNewestFirst() {
    List<MigrationRecord> ran =
        List.of(
            new MigrationRecord("0001_a", 1),
            new MigrationRecord("0002_b", 2),
            new MigrationRecord("0003_c", 2));
    assertThat(RollbackOptions.lastBatch().select(ran))
        .extracting(MigrationRecord::migration)
        .containsExactly("0003_c", "0002_b");
    assertThat(RollbackOptions.steps(1).select(ran))
        .extracting(MigrationRecord::migration)
        .containsExactly("0003_c");
    assertThat(RollbackOptions.to("0001_a").select(ran))
        .extracting(MigrationRecord::migration)
        .containsExactly("0003_c", "0002_b");
    assertThat(RollbackOptions.all().select(ran)).hasSize(3);
  }
}
