package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import picocli.CommandLine.Command;

/** {@code ilana db:seed}: the same as {@code seed}, under the database commands' name. */
@Command(
    name = "db:seed",
    mixinStandardHelpOptions = true,
    description = "Run the database seeder (DatabaseSeeder) or the one given with --class.")
public final class DbSeedCommand extends SeedingCommand {
  /** The command for a run. */
  public DbSeedCommand(CliContext context) {
    super(context);
  }
}
