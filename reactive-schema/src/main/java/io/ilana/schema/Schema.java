package io.ilana.schema;

import io.ilana.db.DatabaseConnection;
import io.ilana.dialect.Dialect;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.schema.grammar.SchemaGrammars;
import io.ilana.sql.Identifiers;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The schema builder of one connection: creates, alters and drops tables from blueprints and reads
 * the catalog. Every method is lazy; nothing runs until the returned publisher is subscribed, and a
 * bad blueprint fails that subscription rather than the call.
 *
 * <pre>{@code
 * Schema schema = Schema.on(database.connection());
 * schema.createTable("users", t -> {
 *   t.increments("id");
 *   t.string("email").notNullable().unique();
 *   t.timestamps();
 * });
 * }</pre>
 *
 * <p>On databases with transactional DDL (PostgreSQL) the statements of one call run in a
 * transaction (a savepoint inside a migration's transaction), so a failing index leaves no
 * half-built table behind; elsewhere a failing {@link #createTable} drops the table it created.
 */
public final class Schema {
  private final DatabaseConnection connection;
  private final SchemaGrammar grammar;
  private final DdlPreflight preflight;

  private Schema(DatabaseConnection connection, SchemaGrammar grammar) {
    this.connection = connection;
    this.grammar = grammar;
    this.preflight = new DdlPreflight(connection, grammar);
  }

  /** The schema builder of a connection, using its dialect's schema grammar. */
  public static Schema on(DatabaseConnection connection) {
    return new Schema(connection, SchemaGrammars.forDialect(connection.dialect()));
  }

  /** The connection statements run on. */
  public DatabaseConnection connection() {
    return connection;
  }

  /** The connection's dialect. */
  public Dialect dialect() {
    return connection.dialect();
  }

  /** The schema grammar in use. */
  public SchemaGrammar grammar() {
    return grammar;
  }

  /** SQL functions for defaults, such as {@code fn().now()}. */
  public SchemaFunctions fn() {
    return SchemaFunctions.INSTANCE;
  }

  /**
   * Creates a table. Where DDL is not transactional (MySQL, MariaDB, H2) and a later statement of
   * the create fails (an index, a foreign key), the table is dropped again and the exception's
   * message says so. On MySQL and MariaDB a foreign key between integer columns of different types
   * fails before any DDL is sent ({@link ForeignKeyTypeMismatchException}); on PostgreSQL a PostGIS
   * type ({@code geometry}, {@code lineString}) in a database without the extension fails with an
   * {@link io.ilana.error.UnsupportedFeatureException} saying what to install. A table, column,
   * index, constraint or foreign key name the query builder would refuse, or one longer than the
   * database keeps, fails with an {@link io.ilana.error.InvalidIdentifierException} before any DDL
   * is sent; so it does in {@link #table}.
   */
  public Mono<Void> createTable(String table, Consumer<Blueprint> definition) {
    return Mono.defer(
        () -> {
          Blueprint blueprint = blueprint(table, definition, "createTable");
          List<String> sql = grammar.compileCreate(blueprint);
          return preflight
              .check(blueprint)
              .then(
                  sql.size() > 1 && !connection.dialect().supportsTransactionalDdl()
                      ? createOrDrop(table, sql)
                      : run(() -> sql));
        });
  }

  /** Creates a table unless one of that name exists. */
  public Mono<Void> createTableIfNotExists(String table, Consumer<Blueprint> definition) {
    return Mono.fromCallable(() -> Identifiers.qualifiedTable(table, "createTableIfNotExists"))
        .then(hasTable(table))
        .flatMap(exists -> exists ? Mono.empty() : createTable(table, definition));
  }

  /** Alters an existing table: adds, changes, renames and drops columns, indexes and keys. */
  public Mono<Void> table(String table, Consumer<Blueprint> definition) {
    return alter(table, definition, "table");
  }

  /** Same as {@link #table}. */
  public Mono<Void> alterTable(String table, Consumer<Blueprint> definition) {
    return alter(table, definition, "alterTable");
  }

  private Mono<Void> alter(String table, Consumer<Blueprint> definition, String method) {
    return Mono.defer(
        () -> {
          Blueprint blueprint = blueprint(table, definition, method);
          List<String> sql = grammar.compileAlter(blueprint);
          return preflight.check(blueprint).then(run(() -> sql));
        });
  }

  /** Drops a table; fails when it does not exist. */
  public Mono<Void> dropTable(String table) {
    return run(() -> List.of(grammar.compileDropTable(checkedTable(table, "dropTable"))));
  }

  /** Drops a table if it exists. */
  public Mono<Void> dropTableIfExists(String table) {
    return run(
        () -> List.of(grammar.compileDropTableIfExists(checkedTable(table, "dropTableIfExists"))));
  }

  /** Renames a table. */
  public Mono<Void> renameTable(String from, String to) {
    return run(
        () ->
            List.of(
                grammar.compileRenameTable(
                    checkedTable(from, "renameTable"), checkedTable(to, "renameTable"))));
  }

  /** Creates a database schema (PostgreSQL and H2). */
  public Mono<Void> createSchema(String name) {
    return run(
        () ->
            List.of(
                grammar.compileCreateSchema(Identifiers.plain(name, "schema", "createSchema"))));
  }

  /** Drops a database schema and everything in it, if it exists (PostgreSQL and H2). */
  public Mono<Void> dropSchemaIfExists(String name) {
    return run(
        () ->
            List.of(
                grammar.compileDropSchemaIfExists(
                    Identifiers.plain(name, "schema", "dropSchemaIfExists"))));
  }

  /** Whether a base table of that name exists in its schema (or the current one). */
  public Mono<Boolean> hasTable(String table) {
    return Mono.defer(
        () ->
            connection
                .select(grammar.compileTableExists(checkedTable(table, "hasTable")))
                .hasElements());
  }

  /** Whether the table has a column of that name (compared case-insensitively). */
  public Mono<Boolean> hasColumn(String table, String column) {
    return Mono.fromCallable(() -> Identifiers.plain(column, "column", "hasColumn"))
        .then(columnListing(table, "hasColumn"))
        .map(
            columns ->
                columns.stream()
                    .anyMatch(
                        c -> c.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))));
  }

  /** The table's column names in ordinal order; empty when the table does not exist. */
  public Mono<List<String>> getColumnListing(String table) {
    return columnListing(table, "getColumnListing");
  }

  private Mono<List<String>> columnListing(String table, String method) {
    return Mono.defer(
        () -> names(grammar.compileColumnListing(checkedTable(table, method))).collectList());
  }

  /**
   * Runs raw SQL written by the migration's author, with the dialect's bind markers. On H2 put no
   * semicolon inside the text, not even in a string literal: r2dbc-h2 1.1 splits statements at
   * every semicolon; bind the value instead.
   */
  public Mono<Void> raw(String sql, Object... bindings) {
    return connection.statement(sql, bindings);
  }

  /**
   * Drops every table, view and user-defined type of the connection's current schema or database.
   * Used by {@code migrate:fresh}; point it only at a database the application owns.
   */
  public Mono<Void> dropAllTables() {
    return dropAllTablesExcept(java.util.Set.of());
  }

  /**
   * {@link #dropAllTables()}, keeping the named tables (compared case-insensitively), such as a
   * migration lock table that is held while {@code fresh} runs.
   */
  public Mono<Void> dropAllTablesExcept(java.util.Set<String> keep) {
    java.util.Set<String> kept =
        keep.stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
    // One pinned connection: MySQL's foreign key switch is a session setting, and it must be
    // switched back on before the connection returns to the pool, whatever happened.
    String off = grammar.compileForeignKeyChecksOff();
    String on = grammar.compileForeignKeyChecksOn();
    Mono<Void> drop =
        Mono.defer(
            () ->
                names(grammar.compileListViews())
                    .collectList()
                    .flatMap(views -> execute(grammar.compileDropAllViews(views)))
                    .then(
                        names(grammar.compileListTables())
                            .filter(t -> !kept.contains(t.toLowerCase(Locale.ROOT)))
                            .collectList())
                    .flatMap(tables -> execute(grammar.compileDropAllTables(tables)))
                    .then(dropAllTypes()));
    return connection
        .transaction(
            trx -> {
              if (off == null) {
                return drop.then(Mono.just(true));
              }
              Mono<Void> restore = execute(List.of(on));
              return execute(List.of(off))
                  .then(drop)
                  .onErrorResume(error -> restore.then(Mono.error(error)))
                  .then(restore)
                  .then(Mono.just(true));
            })
        .then();
  }

  private Mono<Void> dropAllTypes() {
    Sql list = grammar.compileListTypes();
    if (list == null) {
      return Mono.empty();
    }
    return names(list).collectList().flatMap(types -> execute(grammar.compileDropAllTypes(types)));
  }

  /** The statements a create would run, for a dry run. */
  public List<String> toCreateSql(String table, Consumer<Blueprint> definition) {
    return grammar.compileCreate(blueprint(table, definition, "toCreateSql"));
  }

  /** The statements an alter would run, for a dry run. */
  public List<String> toAlterSql(String table, Consumer<Blueprint> definition) {
    return grammar.compileAlter(blueprint(table, definition, "toAlterSql"));
  }

  private static Blueprint blueprint(String table, Consumer<Blueprint> definition, String method) {
    Blueprint blueprint = new Blueprint(table, method);
    definition.accept(blueprint);
    return blueprint;
  }

  // The name is checked under the method the caller used, before the grammar sees it.
  private static String checkedTable(String table, String method) {
    Identifiers.qualifiedTable(table, method);
    return table;
  }

  // The first column of each row: label case differs between databases (H2 upper-cases).
  private Flux<String> names(Sql sql) {
    return connection.select(sql).map(Schema::firstValue);
  }

  private static String firstValue(Map<String, Object> row) {
    return String.valueOf(row.values().iterator().next());
  }

  private Mono<Void> run(Supplier<List<String>> statements) {
    return Mono.defer(
        () -> {
          List<String> sql = statements.get();
          if (sql.size() > 1 && connection.dialect().supportsTransactionalDdl()) {
            return connection.transaction(trx -> execute(sql));
          }
          return execute(sql);
        });
  }

  /**
   * Runs a create's statements one by one, the first being the CREATE TABLE; when a later one
   * fails, drops the table so that no half-built table stays behind on a database whose DDL cannot
   * roll back.
   */
  private Mono<Void> createOrDrop(String table, List<String> sql) {
    return execute(sql.subList(0, 1))
        .then(
            execute(sql.subList(1, sql.size()))
                .onErrorResume(failure -> dropAfter(table, failure)));
  }

  private Mono<Void> dropAfter(String table, Throwable failure) {
    return execute(List.of(grammar.compileDropTableIfExists(table)))
        .thenReturn(true)
        .onErrorResume(
            dropFailure -> {
              failure.addSuppressed(dropFailure);
              return Mono.just(false);
            })
        .flatMap(
            dropped ->
                Mono.error(CreateFailures.noted(connection.dialect(), table, failure, dropped)));
  }

  private Mono<Void> execute(List<String> statements) {
    return Flux.fromIterable(statements).concatMap(sql -> connection.update(Sql.of(sql))).then();
  }
}
