package io.ilana.migration;

import io.ilana.db.DatabaseConnection;
import io.ilana.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs migrations one after another, each with its repository record in the same transaction where
 * the database has transactional DDL, and reports exactly where a failing run stopped.
 */
final class MigrationRunner {
  private final Schema schema;
  private final MigrationRepository repository;
  private final Function<String, DatabaseConnection> connections;

  MigrationRunner(
      Schema schema,
      MigrationRepository repository,
      Function<String, DatabaseConnection> connections) {
    this.schema = schema;
    this.repository = repository;
    this.connections = connections;
  }

  /** Applies the migrations in order as one batch. */
  Mono<MigrationResult> up(List<Migration> migrations, int batch) {
    return run(migrations, batch, true);
  }

  /** Rolls the migrations back in the given order. */
  Mono<MigrationResult> down(List<Migration> migrations, int batch) {
    return run(migrations, batch, false);
  }

  private Mono<MigrationResult> run(List<Migration> migrations, int batch, boolean up) {
    if (migrations.isEmpty()) {
      return Mono.just(MigrationResult.nothing());
    }
    List<String> done = new ArrayList<>();
    return Flux.fromIterable(migrations)
        .concatMap(
            migration ->
                one(migration, batch, up)
                    .onErrorMap(error -> failure(migration, up, batch, done, error))
                    .then(Mono.fromRunnable(() -> done.add(migration.name()))))
        .then(Mono.fromSupplier(() -> new MigrationResult(batch, done)));
  }

  private Mono<Void> one(Migration migration, int batch, boolean up) {
    Schema target = schemaFor(migration);
    Mono<Void> change = Mono.defer(() -> up ? migration.up(target) : migration.down(target));
    Mono<Void> record =
        up ? repository.log(migration.name(), batch) : repository.delete(migration.name());
    boolean sameConnection = target.connection() == schema.connection();
    if (!transactional(migration, target)) {
      return change.then(record);
    }
    if (sameConnection) {
      return target
          .connection()
          .transaction(trx -> change.then(record).then(Mono.just(true)))
          .then();
    }
    return target.connection().transaction(trx -> change.then(Mono.just(true))).then(record);
  }

  private static boolean transactional(Migration migration, Schema target) {
    return migration.withinTransaction() && target.dialect().supportsTransactionalDdl();
  }

  private Schema schemaFor(Migration migration) {
    return migration
        .connection()
        .filter(name -> !name.equals(schema.connection().name()))
        .map(name -> Schema.on(connections.apply(name)))
        .orElse(schema);
  }

  private MigrationException failure(
      Migration migration, boolean up, int batch, List<String> done, Throwable error) {
    if (error instanceof MigrationException already && already.failed() != null) {
      return already;
    }
    Schema target = schemaFor(migration);
    String partial =
        transactional(migration, target)
            ? " Its changes were rolled back."
            : " DDL is not transactional on "
                + target.dialect().name()
                + (migration.withinTransaction() ? "" : " for this migration")
                + ": statements of "
                + migration.name()
                + " that ran before the failure are still applied and it is not recorded;"
                + " repair the database before running again.";
    String message =
        "Migration "
            + migration.name()
            + " failed ("
            + (up ? "up" : "down")
            + ", batch "
            + batch
            + ") after "
            + done.size()
            + " completed"
            + (done.isEmpty() ? "" : " " + done)
            + ": "
            + error.getMessage()
            + "."
            + partial;
    return new MigrationException(message, done, migration.name(), error);
  }
}
