package io.ilana.query;

import io.ilana.db.Database;
import io.ilana.db.DatabaseConnection;

/**
 * Where a query on a table starts, like Laravel's {@code DB::table}: a {@link QueryBuilder} on the
 * default {@link Database} connection, or on a named one.
 *
 * <pre>{@code
 * Flux<Map<String, Object>> admins = Query.table("users").where("role", "admin").get();
 * Mono<Long> events = Query.table("analytics", "events").count();
 * }</pre>
 */
public final class Query {
  private Query() {}

  /** A query on {@code table} over the default connection. */
  public static QueryBuilder table(String table) {
    return QueryBuilder.on(Database.connection()).from(table);
  }

  /** A query on {@code table} over the named connection. */
  public static QueryBuilder table(String connection, String table) {
    return QueryBuilder.on(Database.connection(connection)).from(table);
  }

  /** A query on {@code table} over a given connection (for a non-default manager). */
  public static QueryBuilder table(DatabaseConnection connection, String table) {
    return QueryBuilder.on(connection).from(table);
  }
}
