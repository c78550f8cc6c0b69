package io.ilana.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * seed, db:seed and migrate:fresh --seed hand the work to the SeederRunner the project's class path
 * registers, with the connection, the seeder asked for and the environment.
 */
class SeedingBridgeTest {
  /** Records what it was asked, as the seeder module's runner would run it. */
  public static final class RecordingRunner implements SeederRunner {
    static final List<SeedRequest> REQUESTS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Mono<String> seed(SeedRequest request) {
      return Mono.fromSupplier(
          () -> {
            REQUESTS.add(request);
            return request.seeder() == null ? "DatabaseSeeder" : request.seeder();
          });
    }
  }

  @TempDir Path project;

  /** A class loader that registers the recording runner, as a seeder module's jar would. */
  private ClassLoader withRunner() throws IOException {
    Path services = project.resolve("services/META-INF/services");
    Files.createDirectories(services);
    Path file = services.resolve(SeederRunner.class.getName());
    Files.writeString(file, RecordingRunner.class.getName() + "\n");
    URL registration = file.toUri().toURL();
    return new ClassLoader(SeedingBridgeTest.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals("META-INF/services/" + SeederRunner.class.getName())) {
          return Collections.enumeration(List.of(registration));
        }
        return super.getResources(name);
      }
    };
  }

  private CliRunner cli() throws IOException {
    Files.writeString(
        project.resolve("ilana.yml"),
        "connections:\n  main: { client: h2, database: ./database/cli }\n"
            + "migrations: { package: io.ilana.cli.fixtures.migrations, tableName: cli_migrations }\n"
            + "seeds: { package: com.acme.seeders }\n");
    RecordingRunner.REQUESTS.clear();
    return CliRunner.in(project).classLoader(withRunner()).env("ILANA_ENV", "testing");
  }

  @Test
  void seedRunsTheDefaultSeederOnTheDefaultConnection() throws IOException {
    CliRunner.Result result = cli().run("seed");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("Seeded: DatabaseSeeder" + System.lineSeparator());
    SeedRequest request = RecordingRunner.REQUESTS.get(0);
    assertThat(request.connection()).isEqualTo("main");
    assertThat(request.seeder()).isNull();
    assertThat(request.seeds().packageName()).isEqualTo("com.acme.seeders");
    assertThat(request.environment()).isEqualTo("testing");
  }

  @Test
  void dbSeedPassesTheClassAsked() throws IOException {
    cli().run("db:seed", "--class=UserSeeder");
    assertThat(RecordingRunner.REQUESTS)
        .extracting(SeedRequest::seeder)
        .containsExactly("UserSeeder");
  }

  @Test
  void freshWithSeedSeedsAfterMigrating() throws IOException {
    CliRunner.Result result = cli().run("migrate:fresh", "--seed");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out())
        .endsWith(
            "Migrated 3 migrations (batch 1)."
                + System.lineSeparator()
                + "Seeded: DatabaseSeeder"
                + System.lineSeparator());
  }
}
