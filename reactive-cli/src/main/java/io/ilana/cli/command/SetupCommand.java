package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.ProjectFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ilana setup}: the configuration file (default connection: the embedded database), a {@code
 * .env} with the database variables, and a source package for models, migrations, seeders,
 * factories, observers and casts. Safe to run again: nothing that exists is overwritten.
 */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description = {
      "Set up IlanaORM in this project: ilana.yml, .env and the source packages for models,",
      "migrations, seeders, factories, observers and casts. Never overwrites a file."
    })
public final class SetupCommand implements Callable<Integer> {
  private static final Pattern PACKAGE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final CliContext context;

  @Option(
      names = "--package",
      paramLabel = "NAME",
      defaultValue = "app",
      description = "The base package of the generated code (default: ${DEFAULT-VALUE}).")
  String basePackage;

  @Option(
      names = "--source-root",
      paramLabel = "DIR",
      defaultValue = "src/main/java",
      description = "Where Java sources live (default: ${DEFAULT-VALUE}).")
  String sourceRoot;

  /** The command for a run. */
  public SetupCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!PACKAGE.matcher(basePackage).matches()) {
      throw new CliException("--package " + basePackage + " is not a Java package name.");
    }
    ProjectFiles files = new ProjectFiles(context);
    Map<String, String> packages = packages();
    files.create(Path.of("ilana.yml"), config(packages));
    files.create(Path.of(".env"), dotEnv());
    files.folder(Path.of("database"));
    packages.forEach(
        (kind, name) ->
            files.create(
                directory(name).resolve("package-info.java"),
                "/** The project's " + kind + ". */\npackage " + name + ";\n"));
    context
        .out()
        .println(context.style("@|bold IlanaORM is set up.|@ Next: ilana make:model User -m"));
    return ExitCodes.OK;
  }

  private Map<String, String> packages() {
    Map<String, String> packages = new LinkedHashMap<>();
    packages.put("models", basePackage + ".models");
    packages.put("migrations", basePackage + ".database.migrations");
    packages.put("seeders", basePackage + ".database.seeders");
    packages.put("factories", basePackage + ".database.factories");
    packages.put("observers", basePackage + ".observers");
    packages.put("casts", basePackage + ".casts");
    return packages;
  }

  private Path directory(String packageName) {
    return Path.of(sourceRoot, packageName.split("\\."));
  }

  private String source(String packageName) {
    return "{ directory: ./"
        + directory(packageName).toString().replace('\\', '/')
        + ", package: "
        + packageName
        + " }";
  }

  private String config(Map<String, String> packages) {
    return """
        # IlanaORM configuration: see "Configuration" in the IlanaORM README.
        # ${NAME:default} reads an environment variable; .env beside this file supplies the ones
        # the environment lacks. ILANA_ENV=<name> makes ilana.<name>.yml take this file's place.
        default: ${DB_CONNECTION:local}
        connections:
          # The embedded database, a file under ./database: no server needed.
          local:
            client: h2
            database: ./database/ilana
          # A database server from .env; client is postgres, mysql or mariadb.
          server:
            client: postgres
            host: ${DB_HOST:127.0.0.1}
            port: ${DB_PORT:5432}
            user: ${DB_USERNAME:app}
            password: ${DB_PASSWORD:}
            database: ${DB_DATABASE:app}
        migrations: %s
        seeds: %s
        models: %s
        factories: %s
        observers: %s
        casts: %s
        # Custom templates for the make:* commands, for example:
        # stubs: { model: ./stubs/model.stub, migration.create: ./stubs/create.stub }
        """
        .formatted(
            source(packages.get("migrations")).replace(" }", ", tableName: migrations }"),
            source(packages.get("seeders")),
            source(packages.get("models")),
            source(packages.get("factories")),
            source(packages.get("observers")),
            source(packages.get("casts")));
  }

  private static String dotEnv() {
    return """
        # Database settings read by ilana.yml; variables set in the environment win.
        # DB_CONNECTION=local is the embedded database; DB_CONNECTION=server uses the rest.
        DB_CONNECTION=local
        DB_HOST=127.0.0.1
        DB_PORT=5432
        DB_DATABASE=app
        DB_USERNAME=app
        DB_PASSWORD=
        """;
  }
}
