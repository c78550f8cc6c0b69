package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The make:* generators: where they write, what the sources say, and that they compile. */
class GeneratorCommandsTest {
  static final String ROOT = "src/main/java/app/";

  @TempDir Path project;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = CliRunner.in(project);
    assertThat(cli.run("setup").code()).isZero();
  }

  private CliRunner.Result ok(String... args) {
    CliRunner.Result result = cli.run(args);
    assertThat(result.code()).as(result.toString()).isZero();
    return result;
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private List<String> migrations() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve(ROOT + "database/migrations"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("package-info.java"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyGeneratedSourceCompilesAgainstTheLibrary() throws IOException {
    ok("make:model", "Post", "-m");
    ok("make:model", "UserRole", "--pivot", "-m");
    ok("make:migration", "add_avatar_to_users_table");
    ok("make:migration", "create_comments_table");
    ok("make:migration", "backfill_things");
    ok("make:observer", "PostObserver", "--model=Post");
    ok("make:observer", "AuditObserver");
    ok("make:cast", "MoneyCast");

    // Every generated source compiles, factories and seeders against reactive-factories.
    String diagnostics =
        JavaSources.compile(
            project.resolve("src/main/java"), project.resolve("target/classes"), p -> true);

    assertThat(diagnostics).isEmpty();
    assertThat(project.resolve("target/classes/app/models/Post.class")).isRegularFile();
  }

  @Test
  void makeModelWritesTheModelWithItsTable() throws IOException {
    CliRunner.Result result = ok("make:model", "BlogCategory");

    assertThat(result.out())
        .isEqualTo("Created " + ROOT + "models/BlogCategory.java" + System.lineSeparator());
    assertThat(read(ROOT + "models/BlogCategory.java"))
        .contains(
            "package app.models;",
            "public class BlogCategory extends Model<BlogCategory> {",
            ".table(\"blog_categories\")",
            "public static ModelQuery<BlogCategory> query() {");
  }

  @Test
  void makeModelAllWritesMigrationFactoryAndSeeder() throws IOException {
    ok("make:model", "Post", "-a");

    assertThat(migrations()).singleElement().asString().matches("M\\d{14}_CreatePostsTable\\.java");
    assertThat(read(ROOT + "database/migrations/" + migrations().get(0)))
        .contains("schema.createTable(", "\"posts\",", "schema.dropTableIfExists(\"posts\")");
    assertThat(read(ROOT + "database/factories/PostFactory.java"))
        .contains("package app.database.factories;", "public final class PostFactory");
    assertThat(read(ROOT + "database/seeders/PostSeeder.java"))
        .contains(
            "package app.database.seeders;",
            "import io.ilana.seed.Seeder;",
            "public Mono<Void> run() {");
  }

  @Test
  void aPivotModelNamesItsTableAsBelongsToManyExpects() throws IOException {
    ok("make:model", "UserRole", "--pivot", "-m");

    assertThat(read(ROOT + "models/UserRole.java"))
        .contains("extends PivotModel<UserRole>", ".table(\"role_user\")");
    assertThat(read(ROOT + "database/migrations/" + migrations().get(0)))
        .contains("t.foreignId(\"role_id\");", "t.foreignId(\"user_id\");");
  }

  @Test
  void aMigrationNameThatCreatesATableGetsACreate() throws IOException {
    ok("make:migration", "create_posts_table");

    assertThat(migrations()).singleElement().asString().matches("M\\d{14}_CreatePostsTable\\.java");
    String source = read(ROOT + "database/migrations/" + migrations().get(0));
    assertThat(source)
        .contains(
            "public final class " + migrations().get(0).replace(".java", "") + " implements",
            "schema.createTable(",
            "\"posts\",");
  }

  @Test
  void aMigrationNameThatAddsToATableGetsAnAlter() throws IOException {
    ok("make:migration", "add_avatar_to_users_table");

    String source = read(ROOT + "database/migrations/" + migrations().get(0));
    assertThat(source).contains("schema.table(", "\"users\",").doesNotContain("createTable");
  }

  @Test
  void createAndTableOptionsWinOverTheName() throws IOException {
    ok("make:migration", "add_column_to_users", "--table=members");
    ok("make:migration", "posts_v2", "--create=posts");

    List<String> files = migrations();
    String alter = read(ROOT + "database/migrations/" + files.get(0));
    String create = read(ROOT + "database/migrations/" + files.get(1));
    assertThat(alter).contains("schema.table(", "\"members\",");
    assertThat(create).contains("schema.createTable(", "\"posts\",");
  }

  @Test
  void aNameThatSaysNothingGetsAnEmptyMigration() throws IOException {
    ok("make:migration", "backfill_things");
    assertThat(read(ROOT + "database/migrations/" + migrations().get(0)))
        .contains("Migration {@code ", "_backfill_things}", "return Mono.empty();");
  }

  @Test
  void anObserverForAModelImportsIt() throws IOException {
    ok("make:observer", "PostObserver", "--model=Post");
    assertThat(read(ROOT + "observers/PostObserver.java"))
        .contains("import app.models.Post;", "implements ModelObserver<Post>");
  }

  @Test
  void nothingIsWrittenWhenOneTargetExists() throws IOException {
    ok("make:model", "Post");
    CliRunner.Result again = cli.run("make:model", "Post", "-m");

    assertThat(again.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(again.error())
        .isEqualTo("ilana: " + ROOT + "models/Post.java already exists; nothing was written.");
    assertThat(migrations()).isEmpty();
  }

  @Test
  void customStubsFromTheConfigurationAreUsed() throws IOException {
    Files.writeString(
        project.resolve("ilana.yml"), read("ilana.yml") + "stubs: { cast: ./stubs/cast.stub }\n");
    Files.createDirectories(project.resolve("stubs"));
    Files.writeString(
        project.resolve("stubs/cast.stub"),
        "package {{ package }};\n// house style\nfinal class {{ class }} {}\n");

    ok("make:cast", "MoneyCast");

    assertThat(read(ROOT + "casts/MoneyCast.java"))
        .isEqualTo("package app.casts;\n// house style\nfinal class MoneyCast {}\n");
  }

  @Test
  void aCustomStubWithAnUnknownPlaceholderIsRefused() throws IOException {
    Files.writeString(
        project.resolve("ilana.yml"), read("ilana.yml") + "stubs: { cast: ./stubs/cast.stub }\n");
    Files.createDirectories(project.resolve("stubs"));
    Files.writeString(project.resolve("stubs/cast.stub"), "class {{ klass }} {}\n");

    CliRunner.Result result = cli.run("make:cast", "MoneyCast");

    assertThat(result.error())
        .isEqualTo(
            "ilana: Template stubs.cast (./stubs/cast.stub) uses {{ klass }}, which is not one of"
                + " [class, package].");
    assertThat(project.resolve(ROOT + "casts/MoneyCast.java")).doesNotExist();
  }

  @Test
  void aClassNameThatIsNotJavaIsRefused() {
    CliRunner.Result result = cli.run("make:model", "2fast");
    assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.error()).isEqualTo("ilana: Model 2fast is not a valid class name.");
  }
}
