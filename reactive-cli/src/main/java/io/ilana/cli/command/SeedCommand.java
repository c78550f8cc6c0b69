package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import picocli.CommandLine.Command;

/** {@code ilana seed}: runs the database seeder or the one named with {@code --class}. */
@Command(
    name = "seed",
    mixinStandardHelpOptions = true,
    description = "Run the database seeder (DatabaseSeeder) or the one given with --class.")
public final class SeedCommand extends SeedingCommand {
  /** The command for a run. */
  public SeedCommand(CliContext context) {
    super(context);
  }
}
