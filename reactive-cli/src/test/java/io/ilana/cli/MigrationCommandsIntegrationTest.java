package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration commands on every dialect, checked against the database's catalog and the
 * migrations table; each test starts from an empty database of its own.
 */
class MigrationCommandsIntegrationTest {
  static final String DATABASE = "ilana_cli_migrate";
  static final String MIGRATIONS = "io.ilana.cli.fixtures.migrations";
  static final String NL = System.lineSeparator();
  static final String AUTHORS = "20240101000000_create_cli_authors";
  static final String BOOKS = "20240102000000_create_cli_books";
  static final String ISBN = "20240103000000_add_isbn_to_cli_books";

  @TempDir Path project;

  private CliRunner cli(TestDatabase database) {
    TestProjects.write(project, database, DATABASE, MIGRATIONS);
    return CliRunner.in(project);
  }

  private void catalog(TestDatabase database, Consumer<Schema> check) {
    DatabaseManager manager = TestProjects.open(project, database, DATABASE);
    try {
      check.accept(Schema.on(manager.connection()));
    } finally {
      manager.close().block();
    }
  }

  private List<String> tables(TestDatabase database) {
    List<String> present = new java.util.ArrayList<>();
    catalog(
        database,
        schema -> {
          for (String table : List.of("cli_authors", "cli_books", "cli_migrations")) {
            if (Boolean.TRUE.equals(schema.hasTable(table).block())) {
              present.add(table);
            }
          }
        });
    return present;
  }

  @DialectTest
  void migrateRunsEveryPendingMigrationAsOneBatch(TestDatabase database) {
    CliRunner cli = cli(database);

    CliRunner.Result result = cli.run("migrate");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "Migrated: "
                + AUTHORS
                + NL
                + "Migrated: "
                + BOOKS
                + NL
                + "Migrated: "
                + ISBN
                + NL
                + "Migrated 3 migrations (batch 1)."
                + NL);
    assertThat(tables(database)).containsExactly("cli_authors", "cli_books", "cli_migrations");
    catalog(database, schema -> assertThat(schema.hasColumn("cli_books", "isbn").block()).isTrue());
    assertThat(cli.run("migrate").out()).isEqualTo("Nothing to migrate." + NL);
  }

  @DialectTest
  void statusIsATableOfEveryMigrationWithItsBatch(TestDatabase database) {
    CliRunner cli = cli(database);
    cli.run("migrate", "--to", "20240102");

    CliRunner.Result status = cli.run("migrate:status");

    assertThat(status.code()).isZero();
    assertThat(status.out())
        .isEqualTo(
            "Migration                             Batch  Status"
                + NL
                + "------------------------------------  -----  -------"
                + NL
                + AUTHORS
                + "     1      Ran"
                + NL
                + BOOKS
                + "       1      Ran"
                + NL
                + ISBN
                + "         Pending"
                + NL);
  }

  @DialectTest
  void migrateOnlyRunsOneMigrationNamedByItsFile(TestDatabase database) {
    CliRunner cli = cli(database);

    CliRunner.Result result = cli.run("migrate", "--only=M20240101000000_CreateCliAuthors.java");

    assertThat(result.out())
        .isEqualTo("Migrated: " + AUTHORS + NL + "Migrated 1 migration (batch 1)." + NL);
    assertThat(tables(database)).containsExactly("cli_authors", "cli_migrations");
  }

  @DialectTest
  void pretendPrintsWhatWouldRunWithItsStatementsAndRunsNothing(TestDatabase database) {
    CliRunner cli = cli(database);

    CliRunner.Result result = cli.run("migrate", "--pretend", "--to", BOOKS);

    assertThat(result.code()).as(result.toString()).isZero();
    List<String> lines = List.of(result.out().split(NL));
    assertThat(lines.get(0))
        .isEqualTo(
            "Would migrate: " + AUTHORS + " (" + MIGRATIONS + ".M20240101000000_CreateCliAuthors)");
    assertThat(lines.get(1)).startsWithIgnoringCase("  create table ").contains("cli_authors");
    assertThat(lines)
        .contains(
            "Would migrate: " + BOOKS + " (" + MIGRATIONS + ".M20240102000000_CreateCliBooks)");
    assertThat(result.out().toLowerCase(java.util.Locale.ROOT)).contains("cli_books", "references");
    assertThat(tables(database)).isEmpty();
  }

  @DialectTest
  void rollbackUndoesTheLastBatchOrTheStepsAsked(TestDatabase database) {
    CliRunner cli = cli(database);
    cli.run("migrate", "--to", BOOKS);
    cli.run("migrate");

    assertThat(cli.run("migrate:rollback").out())
        .isEqualTo("Rolled back: " + ISBN + NL + "Rolled back 1 migration (batch 2)." + NL);
    catalog(
        database, schema -> assertThat(schema.hasColumn("cli_books", "isbn").block()).isFalse());
    assertThat(cli.run("migrate:rollback", "--step=1").out())
        .isEqualTo("Rolled back: " + BOOKS + NL + "Rolled back 1 migration (batch 1)." + NL);
    assertThat(tables(database)).containsExactly("cli_authors", "cli_migrations");
    assertThat(cli.run("migrate:list").out())
        .isEqualTo(
            "Migration                          Batch"
                + NL
                + "---------------------------------  -----"
                + NL
                + AUTHORS
                + "  1"
                + NL);
  }

  @DialectTest
  void rollbackToKeepsTheNamedMigration(TestDatabase database) {
    CliRunner cli = cli(database);
    cli.run("migrate");

    CliRunner.Result result = cli.run("migrate:rollback", "--to", AUTHORS);

    assertThat(result.out())
        .isEqualTo(
            "Rolled back: "
                + ISBN
                + NL
                + "Rolled back: "
                + BOOKS
                + NL
                + "Rolled back 2 migrations (batch 1)."
                + NL);
    assertThat(tables(database)).containsExactly("cli_authors", "cli_migrations");
  }

  @DialectTest
  void resetRefreshAndFreshLeaveEveryMigrationInItsPlace(TestDatabase database) {
    CliRunner cli = cli(database);
    cli.run("migrate");

    assertThat(cli.run("migrate:reset").out()).endsWith("Rolled back 3 migrations (batch 1)." + NL);
    assertThat(tables(database)).containsExactly("cli_migrations");
    assertThat(cli.run("migrate:refresh").out()).endsWith("Migrated 3 migrations (batch 1)." + NL);
    assertThat(tables(database)).containsExactly("cli_authors", "cli_books", "cli_migrations");
    catalog(database, schema -> schema.raw("create table cli_stray (id int)").block());

    CliRunner.Result fresh = cli.run("migrate:fresh");

    assertThat(fresh.out())
        .startsWith("Dropped every table." + NL)
        .endsWith("Migrated 3 migrations (batch 1)." + NL);
    catalog(database, schema -> assertThat(schema.hasTable("cli_stray").block()).isFalse());
    assertThat(cli.run("migrate:list").out()).contains(AUTHORS + "     1");
  }

  @DialectTest
  void wipeDropsEveryTable(TestDatabase database) {
    CliRunner cli = cli(database);
    cli.run("migrate");

    CliRunner.Result result = cli.run("db:wipe");

    assertThat(result.out()).isEqualTo("Dropped every table of connection main." + NL);
    assertThat(tables(database)).isEmpty();
    assertThat(cli.run("migrate:status").out()).contains(AUTHORS + "            Pending");
  }

  @DialectTest
  void unlockReleasesTheLock(TestDatabase database) {
    CliRunner.Result result = cli(database).run("migrate:unlock");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("Migration lock released." + NL);
  }

  @DialectTest
  void aMigrationThatThrowsFailsWithOneLineNamingItsClass(TestDatabase database) {
    TestProjects.write(project, database, DATABASE, "io.ilana.cli.fixtures.failing");

    CliRunner.Result result = CliRunner.in(project).run("migrate");

    String partial =
        "postgres".equals(database.dialect())
            ? " Its changes were rolled back."
            : " DDL is not transactional on "
                + database.dialect()
                + ": statements of 20240102000000_create_cli_broken that ran before the failure are"
                + " still applied and it is not recorded; repair the database before running"
                + " again.";
    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error())
        .isEqualTo(
            "ilana: io.ilana.cli.fixtures.failing.M20240102000000_CreateCliBroken: Migration"
                + " 20240102000000_create_cli_broken failed (up, batch 1) after 1 completed"
                + " [20240101000000_create_cli_good]: the broken migration broke."
                + partial);
    assertThat(CliRunner.in(project).run("migrate:list").out())
        .contains("20240101000000_create_cli_good  1")
        .doesNotContain("broken");
    catalog(
        database,
        schema ->
            assertThat(schema.hasTable("cli_broken").block())
                .isEqualTo(!"postgres".equals(database.dialect())));
  }
}
