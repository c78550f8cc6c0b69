package io.ilana.seed;

import io.ilana.db.DatabaseConnection;
import io.ilana.schema.Schema;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link Seeder#wipeDatabase()}. Outside a transaction it is {@link Schema#dropAllTables()}. Inside
 * the seeder's transaction the same statements run directly on the pinned connection: {@code
 * dropAllTables} nests a transaction (a savepoint), which DDL on MySQL, MariaDB and H2 commits
 * away, and dropping from a second connection would wait on the locks the seeder's own transaction
 * holds. Where dropping needs foreign key checks off, they are turned off through the session, so
 * the runner turns them on again on every path.
 */
final class Wipe {
  private Wipe() {}

  static Mono<Void> run(Seeder seeder, SeedSession session) {
    Schema schema = Schema.on(session.connection);
    if (!session.inTransaction) {
      return schema.dropAllTables();
    }
    SchemaGrammar grammar = schema.grammar();
    DatabaseConnection connection = session.connection;
    Mono<Void> drop =
        names(connection, grammar.compileListViews())
            .flatMap(views -> execute(connection, grammar.compileDropAllViews(views)))
            .then(names(connection, grammar.compileListTables()))
            .flatMap(tables -> execute(connection, grammar.compileDropAllTables(tables)))
            .then(types(connection, grammar));
    if (grammar.compileForeignKeyChecksOff() == null) {
      return drop;
    }
    return session.disableChecks(seeder).then(drop).then(session.enableChecks(seeder));
  }

  private static Mono<Void> types(DatabaseConnection connection, SchemaGrammar grammar) {
    Sql list = grammar.compileListTypes();
    if (list == null) {
      return Mono.empty();
    }
    return names(connection, list)
        .flatMap(types -> execute(connection, grammar.compileDropAllTypes(types)));
  }

  private static Mono<List<String>> names(DatabaseConnection connection, Sql sql) {
    return connection.select(sql).map(Wipe::firstValue).collectList();
  }

  private static String firstValue(Map<String, Object> row) {
    return String.valueOf(row.values().iterator().next());
  }

  private static Mono<Void> execute(DatabaseConnection connection, List<String> statements) {
    return Flux.fromIterable(statements).concatMap(connection::statement).then();
  }
}
