package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Project;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code ilana}. Alone it prints its usage; the work is done by its subcommands,
 * one class each. {@code --config} is inherited, so it may follow any subcommand.
 */
@Command(
    name = "ilana",
    mixinStandardHelpOptions = true,
    version = "IlanaORM 0.1.0-SNAPSHOT",
    description = "IlanaORM for Java: setup, generators, migrations, seeders and database tools.",
    subcommands = {
      SetupCommand.class,
      MakeModelCommand.class,
      MakeMigrationCommand.class,
      MakeSeederCommand.class,
      MakeFactoryCommand.class,
      MakeObserverCommand.class,
      MakeCastCommand.class,
      MigrateCommand.class,
      RollbackCommand.class,
      ResetCommand.class,
      RefreshCommand.class,
      FreshCommand.class,
      StatusCommand.class,
      ListCommand.class,
      UnlockCommand.class,
      SeedCommand.class,
      DbSeedCommand.class,
      WipeCommand.class,
      DbShowCommand.class,
      DbDiagramCommand.class,
      ModelShowCommand.class,
      ModelPruneCommand.class,
      EnvCommand.class
    })
public final class IlanaCommand implements Callable<Integer> {
  private final CliContext context;
  private final Project project;
  @Spec private CommandSpec spec;

  /** The top command of a run. */
  public IlanaCommand(CliContext context) {
    this.context = context;
    this.project = new Project(context);
  }

  /** The project the run works on. */
  public Project project() {
    return project;
  }

  /** {@code --config FILE}: the configuration file instead of {@code ilana.yml} and its kin. */
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "The configuration file (default: ilana.yml, ilana.yaml or ilana.json).")
  void configFile(Path file) {
    project.configFile(file);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.out(), context.ansi());
    return ExitCodes.OK;
  }
}
