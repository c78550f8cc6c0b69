package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.MigrationGuess;
import io.ilana.cli.generate.Names;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ilana make:migration create_posts_table}: a timestamped migration whose body is guessed
 * from its name (a create, an alter, or empty).
 */
@Command(
    name = "make:migration",
    mixinStandardHelpOptions = true,
    description = {
      "Create a timestamped migration. create_posts_table creates posts;",
      "add_avatar_to_users_table changes users; --create and --table say it outright."
    })
public final class MakeMigrationCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "What it does, such as create_posts_table.")
  String name;

  @Option(names = "--create", paramLabel = "TABLE", description = "The table it creates.")
  String create;

  @Option(names = "--table", paramLabel = "TABLE", description = "The table it changes.")
  String table;

  /** The command for a run. */
  public MakeMigrationCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    if (create != null && table != null) {
      throw new CliException("--create and --table cannot be used together.");
    }
    String description = Names.migration(name);
    MigrationGuess guess = MigrationGuess.of(description, create, table);
    Map<String, String> values = new HashMap<>();
    if (guess.table() != null) {
      values.put("table", guess.table());
    }
    generator.planMigration(description, guess.stub(), values);
  }
}
