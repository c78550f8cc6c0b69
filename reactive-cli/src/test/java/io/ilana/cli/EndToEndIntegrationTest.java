package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project from nothing, driven by the real commands: setup, make:model -a, compile, migrate,
 * seed, status, rollback, fresh --seed. On H2 it runs on the embedded default connection setup
 * wrote, with no server; on PostgreSQL and MariaDB on a connection added to ilana.yml and chosen
 * with --connection. After each step the catalog and the migrations table agree with what was
 * printed.
 */
class EndToEndIntegrationTest {
  static final String DATABASE = "ilana_cli_e2e";
  static final String NL = System.lineSeparator();

  @TempDir Path project;

  @DialectTest
  void fromSetupToFresh(TestDatabase database) throws IOException {
    CliRunner cli = CliRunner.in(project);
    assertThat(cli.run("setup").code()).isZero();
    String[] connection = connection(database);
    String databaseName = database.isEmbedded() ? "ilana" : DATABASE;

    assertThat(cli.run("make:model", "CliPost", "-a").code()).isZero();
    Files.writeString(
        project.resolve("src/main/java/app/database/seeders/DatabaseSeeder.java"),
        """
        package app.database.seeders;

        import app.models.CliPost;
        import io.ilana.seed.Seeder;
        import java.util.Map;
        import reactor.core.publisher.Mono;

        /** One post, then the generated seeder. */
        public final class DatabaseSeeder extends Seeder {
          @Override
          public Mono<Void> run() {
            return CliPost.TYPE.query(db()).create(Map.of()).then(call(CliPostSeeder.class));
          }
        }
        """);
    String diagnostics =
        JavaSources.compile(
            project.resolve("src/main/java"), project.resolve("target/classes"), p -> true);
    assertThat(diagnostics).isEmpty();
    String migration;
    try (var files = Files.list(project.resolve("src/main/java/app/database/migrations"))) {
      migration =
          files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.startsWith("M"))
                  .findFirst()
                  .orElseThrow()
                  .replaceFirst("^M(\\d+)_.*$", "$1")
              + "_create_cli_posts_table";
    }

    try (URLClassLoader classes = JavaSources.loader(project.resolve("target/classes"))) {
      cli.classLoader(classes);

      CliRunner.Result migrated = cli.run(with(connection, "migrate"));
      assertThat(migrated.code()).as(migrated.toString()).isZero();
      assertThat(migrated.out())
          .isEqualTo("Migrated: " + migration + NL + "Migrated 1 migration (batch 1)." + NL);
      assertState(database, databaseName, 0, List.of(Map.of(migration, 1)));

      CliRunner.Result seeded = cli.run(with(connection, "seed"));
      assertThat(seeded.code()).as(seeded.toString()).isZero();
      assertThat(seeded.out())
          .isEqualTo("Seeded: CliPostSeeder" + NL + "Seeded: DatabaseSeeder" + NL);
      assertState(database, databaseName, 1, List.of(Map.of(migration, 1)));
      CliRunner.Result one = cli.run(with(connection, "seed", "--class=CliPostSeeder"));
      assertThat(one.out()).isEqualTo("Seeded: CliPostSeeder" + NL);

      CliRunner.Result status = cli.run(with(connection, "migrate:status"));
      String dashes = "-".repeat(migration.length());
      assertThat(status.out())
          .isEqualTo(
              pad("Migration", migration.length())
                  + "  Batch  Status"
                  + NL
                  + dashes
                  + "  -----  ------"
                  + NL
                  + migration
                  + "  1      Ran"
                  + NL);

      CliRunner.Result rolledBack = cli.run(with(connection, "migrate:rollback"));
      assertThat(rolledBack.out())
          .isEqualTo("Rolled back: " + migration + NL + "Rolled back 1 migration (batch 1)." + NL);
      assertState(database, databaseName, -1, List.of());

      CliRunner.Result fresh = cli.run(with(connection, "migrate:fresh", "--seed"));
      assertThat(fresh.code()).as(fresh.toString()).isZero();
      assertThat(fresh.out())
          .endsWith(
              "Migrated 1 migration (batch 1)."
                  + NL
                  + "Seeded: CliPostSeeder"
                  + NL
                  + "Seeded: DatabaseSeeder"
                  + NL);
      assertState(database, databaseName, 1, List.of(Map.of(migration, 1)));
    }
  }

  /** On a server: a connection named after the dialect, added to ilana.yml, and --connection. */
  private String[] connection(TestDatabase database) throws IOException {
    if (database.isEmbedded()) {
      return new String[0];
    }
    Path config = project.resolve("ilana.yml");
    String yaml = Files.readString(config);
    String added = TestProjects.connectionYaml(database, database.dialect(), DATABASE);
    Files.writeString(config, yaml.replace("connections:\n", "connections:\n" + added));
    DatabaseManager manager = TestProjects.open(project, database, DATABASE);
    try {
      Schema.on(manager.connection()).dropAllTables().block();
    } finally {
      manager.close().block();
    }
    return new String[] {"--connection=" + database.dialect()};
  }

  private static String[] with(String[] connection, String... command) {
    String[] line = new String[connection.length + command.length];
    System.arraycopy(command, 0, line, 0, command.length);
    System.arraycopy(connection, 0, line, command.length, connection.length);
    return line;
  }

  /**
   * The posts table has {@code posts} rows ({@code -1}: the table is absent) and the migrations
   * table lists {@code ran}.
   */
  private void assertState(
      TestDatabase database, String databaseName, long posts, List<Map<String, Integer>> ran) {
    DatabaseManager manager = TestProjects.open(project, database, databaseName);
    try {
      Schema schema = Schema.on(manager.connection());
      assertThat(schema.hasTable("cli_posts").block()).isEqualTo(posts >= 0);
      if (posts >= 0) {
        assertThat(
                manager
                    .select("select count(*) as n from cli_posts")
                    .map(row -> ((Number) row.values().iterator().next()).longValue())
                    .blockFirst())
            .isEqualTo(posts);
      }
      List<Map<String, Integer>> rows =
          manager
              .select("select migration, batch from migrations order by migration")
              .map(
                  row ->
                      Map.of(
                          String.valueOf(row.get("migration")),
                          ((Number) row.get("batch")).intValue()))
              .collectList()
              .block();
      assertThat(rows).isEqualTo(ran);
    } finally {
      manager.close().block();
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
