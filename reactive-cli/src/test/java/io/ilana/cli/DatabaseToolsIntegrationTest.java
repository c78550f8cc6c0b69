package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** db:show and db:diagram read what the migrations made from each database's catalog. */
class DatabaseToolsIntegrationTest {
  static final String DATABASE = "ilana_cli_tools";
  static final String NL = System.lineSeparator();

  @TempDir Path project;

  private CliRunner migrated(TestDatabase database) {
    TestProjects.write(project, database, DATABASE, MigrationCommandsIntegrationTest.MIGRATIONS);
    CliRunner cli = CliRunner.in(project);
    assertThat(cli.run("migrate").code()).isZero();
    return cli;
  }

  @DialectTest
  void diagramIsTheSchemaAsAMermaidErDiagram(TestDatabase database) {
    CliRunner cli = migrated(database);

    CliRunner.Result result = cli.run("db:diagram");

    // foreignId columns are nullable, so a book has zero or one author: |o--o{.
    String expected =
        """
        erDiagram
          cli_authors {
            {id} id PK
            {text} name
          }
          cli_books {
            {id} id PK
            {text} title
            {id} author_id FK
            {text} isbn
          }
          cli_migrations {
            {int} id PK
            {text} migration
            {int} batch
            timestamp migrated_at
          }
        {lock}  cli_authors |o--o{ cli_books : "author_id"
        """
            .replace("{id}", types(database, "int8", "bigint", "bigint"))
            .replace("{text}", types(database, "varchar", "character_varying", "varchar"))
            .replace("{int}", types(database, "int4", "integer", "int"))
            .replace(
                "{lock}",
                database.isEmbedded()
                    ? "  cli_migrations_lock {\n"
                        + "    character_varying lock_key PK\n"
                        + "    integer is_locked\n"
                        + "  }\n"
                    : "");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo(expected);
  }

  @DialectTest
  void showListsTablesWithRowCounts(TestDatabase database) {
    CliRunner cli = migrated(database);
    DatabaseManager manager = TestProjects.open(project, database, DATABASE);
    try {
      manager.connection().statement("insert into cli_authors (name) values ('Ann')").block();
    } finally {
      manager.close().block();
    }

    CliRunner.Result result = cli.run("db:show");

    assertThat(result.code()).as(result.toString()).isZero();
    String[] lines = result.out().split(NL);
    int tables = database.isEmbedded() ? 4 : 3;
    assertThat(lines[0])
        .isEqualTo("Connection main (" + database.dialect() + "): " + tables + " tables");
    assertThat(lines[1]).matches("Table +Columns +Rows +Size");
    assertThat(lines[3]).matches("cli_authors +2 +1 +" + size(database));
    assertThat(lines[4]).matches("cli_books +4 +0 +" + size(database));
    assertThat(lines[5]).matches("cli_migrations +4 +3 +" + size(database));
  }

  private static String size(TestDatabase database) {
    return database.isEmbedded() ? "-" : "[0-9.]+ (B|kB|MB)";
  }

  private static String types(TestDatabase database, String postgres, String h2, String mariadb) {
    return switch (database.dialect()) {
      case "postgres" -> postgres;
      case "h2" -> h2;
      default -> mariadb;
    };
  }

  @DialectTest
  void modelShowDescribesTheModelAndItsTable(TestDatabase database) throws java.io.IOException {
    CliRunner cli = migrated(database);
    java.nio.file.Files.writeString(
        project.resolve("ilana.yml"),
        java.nio.file.Files.readString(project.resolve("ilana.yml"))
            + "models: { package: io.ilana.cli.fixtures.models }\n");

    CliRunner.Result result = cli.run("model:show", "CliAuthor");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith(
            "io.ilana.cli.fixtures.models.CliAuthor"
                + NL
                + "Table:        cli_authors"
                + NL
                + "Key:          id (AUTO_INCREMENT)"
                + NL
                + "Soft deletes: no"
                + NL
                + "Relations:    "
                + NL
                + "  books (HasMany)"
                + NL
                + "Casts:        none"
                + NL
                + "Observers:    none"
                + NL
                + "Listeners:    none"
                + NL
                + "Prunable:     no"
                + NL
                + "Columns:"
                + NL)
        .containsPattern("id +\\S+ +no +PK")
        .containsPattern("name +.+ +no");
  }

  @DialectTest
  void modelShowNamesAMissingClass(TestDatabase database) {
    CliRunner.Result result = migrated(database).run("model:show", "io.ilana.Nope");
    assertThat(result.error())
        .isEqualTo(
            "ilana: Model class io.ilana.Nope is not on the class path (compile the project"
                + " first).");
  }

  @DialectTest
  void diagramGoesToAFileWhenAskedAndNeverOverwritesIt(TestDatabase database)
      throws java.io.IOException {
    CliRunner cli = migrated(database);

    CliRunner.Result written = cli.run("db:diagram", "-o", "docs/schema.mmd");
    CliRunner.Result again = cli.run("db:diagram", "--output=docs/schema.mmd");

    assertThat(written.out()).isEqualTo("Created docs/schema.mmd" + NL);
    assertThat(java.nio.file.Files.readString(project.resolve("docs/schema.mmd")))
        .startsWith("erDiagram\n  cli_authors {\n");
    assertThat(again.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(again.out()).isEqualTo("Exists  docs/schema.mmd (left as is)" + NL);
  }

  @DialectTest
  void modelShowListsCastsListenersAndWhetherTheModelIsPrunable(TestDatabase database)
      throws java.io.IOException {
    CliRunner cli = withModels(migrated(database));

    CliRunner.Result result = cli.run("model:show", "CliBook");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(
            "Casts:        "
                + NL
                + "  title (StringCast -> String)"
                + NL
                + "Observers:    none"
                + NL
                + "Listeners:    deleted"
                + NL
                + "Prunable:     yes"
                + NL);
  }

  @DialectTest
  void modelPruneDeletesThePrunableRowsOfEveryPrunableModel(TestDatabase database)
      throws java.io.IOException {
    CliRunner cli = withModels(migrated(database));
    DatabaseManager manager = TestProjects.open(project, database, DATABASE);
    try {
      manager.connection().statement("insert into cli_authors (name) values ('Ann')").block();
      for (String title : List.of("draft one", "draft two", "Published")) {
        manager
            .connection()
            // Literal titles: PostgreSQL cannot type a bare parameter in a select list.
            .statement(
                "insert into cli_books (title, author_id) select '"
                    + title
                    + "', id from cli_authors")
            .block();
      }

      CliRunner.Result pretend = cli.run("model:prune", "--pretend");
      CliRunner.Result pruned = cli.run("model:prune", "--chunk=1");

      assertThat(pretend.out()).isEqualTo("CliBook: 2 would be pruned" + NL);
      assertThat(pruned.code()).as(pruned.toString()).isZero();
      assertThat(pruned.out()).isEqualTo("CliBook: 2 pruned" + NL);
      assertThat(
              manager
                  .connection()
                  .select("select title from cli_books")
                  .map(row -> row.values().iterator().next())
                  .collectList()
                  .block())
          .containsExactly("Published");
    } finally {
      manager.close().block();
    }
  }

  @DialectTest
  void modelPruneRefusesAModelThatIsNotPrunable(TestDatabase database) throws java.io.IOException {
    CliRunner.Result result =
        withModels(migrated(database)).run("model:prune", "--model=CliAuthor");

    assertThat(result.code()).isNotZero();
    assertThat(result.error())
        .isEqualTo(
            "ilana: io.ilana.cli.fixtures.models.CliAuthor is not prunable: declare which rows go"
                + " with ModelType.prunable(...).");
  }

  private CliRunner withModels(CliRunner cli) throws java.io.IOException {
    java.nio.file.Files.writeString(
        project.resolve("ilana.yml"),
        java.nio.file.Files.readString(project.resolve("ilana.yml"))
            + "models: { package: io.ilana.cli.fixtures.models }\n");
    return cli;
  }
}
