package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.generate.Generator;
import io.ilana.cli.generate.Generator.Kind;
import io.ilana.cli.generate.Names;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ilana make:model Post}: a model, and with options its migration, factory and seeder. */
@Command(
    name = "make:model",
    mixinStandardHelpOptions = true,
    description = "Create a model class (and its migration, factory and seeder).")
public final class MakeModelCommand extends GeneratorCommand {
  @Parameters(paramLabel = "NAME", description = "The model's class name, such as Post.")
  String name;

  @Option(
      names = {"-m", "--migration"},
      description = "Also create a migration that creates its table.")
  boolean migration;

  @Option(
      names = {"-f", "--factory"},
      description = "Also create a factory.")
  boolean factory;

  @Option(
      names = {"-s", "--seed"},
      description = "Also create a seeder.")
  boolean seed;

  @Option(
      names = {"-a", "--all"},
      description = "Also create a migration, a factory and a seeder.")
  boolean all;

  @Option(names = "--pivot", description = "Create a pivot model (a many-to-many table's row).")
  boolean pivot;

  /** The command for a run. */
  public MakeModelCommand(CliContext context) {
    super(context);
  }

  @Override
  void plan(Generator generator) {
    String model = Names.className("Model", name);
    String table = pivot ? Names.pivotTable(model) : Names.table(model);
    generator.plan(Kind.MODELS, model, pivot ? "pivot" : "model", Map.of("table", table));
    if (migration || all) {
      String[] keys = table.split("_", 2);
      generator.planMigration(
          "create_" + table + "_table",
          pivot && keys.length == 2 ? "migration.pivot" : "migration.create",
          Map.of(
              "table",
              table,
              "first_key",
              keys[0] + "_id",
              "second_key",
              (keys.length == 2 ? keys[1] : keys[0]) + "_id"));
    }
    if (factory || all) {
      generator.plan(
          Kind.FACTORIES,
          model + "Factory",
          "factory",
          Map.of("model", model, "model_import", generator.packageOf(Kind.MODELS) + "." + model));
    }
    if (seed || all) {
      generator.plan(
          Kind.SEEDERS, model + "Seeder", "seeder", Map.of("about", " with " + model + " models"));
    }
  }
}
