package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.Generator.Kind;
import io.ilana.cli.generate.Names;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ilana make:seeder UserSeeder}: a seeder class. */
@Command(name = "make:seeder", mixinStandardHelpOptions = true, description = "Create a seeder.")
public final class MakeSeederCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "The seeder's class name, such as UserSeeder.")
  String name;

  /** The command for a run. */
  public MakeSeederCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    generator.plan(Kind.SEEDERS, Names.className("Seeder", name), "seeder", Map.of("about", ""));
  }
}
