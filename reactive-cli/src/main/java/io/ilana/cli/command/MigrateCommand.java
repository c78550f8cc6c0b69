package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Ilana;
import io.ilana.cli.MigrationRefs;
import io.ilana.cli.MigrationReport;
import io.ilana.cli.PretendConnection;
import io.ilana.cli.Session;
import io.ilana.migration.MigrateOptions;
import io.ilana.migration.Migration;
import io.ilana.migration.MigrationNames;
import io.ilana.migration.MigrationStatus;
import io.ilana.schema.Schema;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code ilana migrate}: runs the pending migrations as one batch. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Run the pending migrations, in name order, as one new batch.")
public final class MigrateCommand extends DatabaseCommand {
  @Option(
      names = "--only",
      paramLabel = "MIGRATION",
      description = "Run just this migration (its name, class or file name).")
  String only;

  @Option(
      names = "--to",
      paramLabel = "MIGRATION",
      description = "Run pending migrations up to and including this one (or a timestamp).")
  String to;

  @Option(
      names = "--pretend",
      description = "Print the migrations that would run and their statements; run nothing.")
  boolean pretend;

  /** The command for a run. */
  public MigrateCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    if (only != null && to != null) {
      throw new CliException("--only and --to cannot be used together.");
    }
  }

  @Override
  Mono<Integer> run(Session session) {
    List<Migration> known = session.knownMigrations();
    MigrateOptions options =
        only != null
            ? MigrateOptions.only(MigrationRefs.resolve("--only", only, known, false))
            : to != null
                ? MigrateOptions.to(MigrationRefs.resolve("--to", to, known, true))
                : MigrateOptions.all();
    if (pretend) {
      return pretend(session, known);
    }
    return session
        .migrator()
        .migrate(options)
        .onErrorMap(error -> MigrationRefs.named(error, known))
        .map(
            result -> {
              MigrationReport.print(context, result, "Migrated", "Nothing to migrate.");
              return ExitCodes.OK;
            });
  }

  private Mono<Integer> pretend(Session session, List<Migration> known) {
    String target =
        only != null
            ? MigrationRefs.resolve("--only", only, known, false)
            : to != null ? MigrationRefs.resolve("--to", to, known, true) : null;
    return session
        .migrator()
        .status()
        .filter(status -> !status.ran())
        .map(MigrationStatus::migration)
        .filter(name -> only == null || name.equals(target))
        .filter(name -> to == null || MigrationNames.ORDER.compare(name, target) <= 0)
        .collectList()
        .flatMap(
            pending -> {
              if (pending.isEmpty()) {
                context.out().println("Nothing to migrate.");
                return Mono.just(ExitCodes.OK);
              }
              return Flux.fromIterable(pending)
                  .concatMap(name -> pretendOne(session, known, name))
                  .then(Mono.just(ExitCodes.OK));
            });
  }

  /** Runs the migration's up against a connection that records its statements instead. */
  private Mono<Void> pretendOne(Session session, List<Migration> known, String name) {
    Migration migration =
        known.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    PretendConnection recording =
        new PretendConnection(
            session.manager().connection(migration.connection().orElse(session.connectionName())));
    return Mono.defer(() -> migration.up(Schema.on(recording)))
        .onErrorMap(
            error ->
                new CliException(
                    migration.getClass().getName() + ": " + Ilana.reason(error), error))
        .then(
            Mono.fromRunnable(
                () -> {
                  context
                      .out()
                      .println(
                          context.style(
                              "@|yellow Would migrate:|@ "
                                  + name
                                  + " ("
                                  + migration.getClass().getName()
                                  + ")"));
                  for (String statement : recording.statements()) {
                    context.out().println("  " + statement + ";");
                  }
                }));
  }
}
