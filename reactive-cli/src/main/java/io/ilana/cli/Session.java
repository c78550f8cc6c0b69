package io.ilana.cli;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.migration.Migration;
import io.ilana.migration.MigrationSource;
import io.ilana.migration.Migrator;
import io.ilana.schema.Schema;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * One command's time with the database: the project, an open manager on its configuration, and the
 * connection the command works on ({@code --connection}, else the default).
 */
public final class Session {
  private final CliContext context;
  private final Project project;
  private final DatabaseManager manager;
  private final String connection;

  private Session(CliContext context, Project project, DatabaseManager manager, String connection) {
    this.context = context;
    this.project = project;
    this.manager = manager;
    this.connection = connection;
  }

  /**
   * Opens a manager on the project's configuration, runs {@code work} with it, and closes it
   * whatever happened. The connection name is checked before any pool is made.
   */
  public static <T> Mono<T> with(
      CliContext context, Project project, String connection, Function<Session, Mono<T>> work) {
    return Mono.defer(
        () -> {
          String name = connection != null ? connection : project.config().defaultConnection();
          project.config().connection(name);
          return Mono.usingWhen(
              Mono.fromCallable(() -> DatabaseManager.create(project.config())),
              manager -> work.apply(new Session(context, project, manager, name)),
              DatabaseManager::close);
        });
  }

  /** The run's context. */
  public CliContext context() {
    return context;
  }

  /** The project. */
  public Project project() {
    return project;
  }

  /** The open manager. */
  public DatabaseManager manager() {
    return manager;
  }

  /** The name of the connection the command works on. */
  public String connectionName() {
    return connection;
  }

  /** The connection the command works on. */
  public DatabaseConnection connection() {
    return manager.connection(connection);
  }

  /** The schema builder of that connection. */
  public Schema schema() {
    return Schema.on(connection());
  }

  /** Where that connection's migrations come from. */
  public MigrationSource migrations() {
    return project.migrations(connection);
  }

  /** The migrations of that connection, sorted by name. */
  public List<Migration> knownMigrations() {
    return MigrationSource.sorted(migrations());
  }

  /** A migrator on that connection. */
  public Migrator migrator() {
    return Migrator.create(manager, connection, migrations());
  }
}
