package io.ilana.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run the ilana commands in the project directory, and a failure fails the build. */
class GoalsTest {
  @TempDir Path project;

  private <M extends IlanaMojo> M configured(M mojo) {
    mojo.basedir = project.toFile();
    mojo.classpathElements = List.of();
    mojo.environment = Map.of();
    return mojo;
  }

  @Test
  void setupWritesTheConfigurationIntoTheProjectDirectory() throws Exception {
    configured(new SetupMojo()).execute();
    assertThat(project.resolve("ilana.yml")).isRegularFile();
    assertThat(project.resolve("src/main/java/app/models/package-info.java")).isRegularFile();
  }

  @Test
  void makeModelPassesTheNameAndTheExtraOptions() throws Exception {
    configured(new SetupMojo()).execute();
    MakeModelMojo make = configured(new MakeModelMojo());
    make.name = "Post";
    make.args = "-m";
    make.execute();
    assertThat(project.resolve("src/main/java/app/models/Post.java")).isRegularFile();
  }

  @Test
  void aFailingCommandFailsTheBuildNamingTheCommand() throws Exception {
    configured(new SetupMojo()).execute();
    MigrateMojo migrate = configured(new MigrateMojo());
    migrate.connection = "nope";

    assertThatThrownBy(migrate::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("ilana migrate --connection=nope failed with exit code 1.");
  }

  @Test
  void theRunGoalTakesTheLauncherArgumentsOnePerLine() throws Exception {
    RunMojo run = configured(new RunMojo());
    run.environment = Map.of(IlanaMojo.ARGS_VARIABLE, "setup\n--package\ncom.acme\n");
    run.execute();
    assertThat(project.resolve("src/main/java/com/acme/casts/package-info.java")).isRegularFile();
  }
}
