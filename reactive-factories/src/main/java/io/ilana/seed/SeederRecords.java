package io.ilana.seed;

import io.ilana.db.DatabaseConnection;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The table {@value #TABLE} that remembers which {@link Seeder#callOnce} keys have run on a
 * database. It is created, and looked up, outside the seeder's transaction: creating a table inside
 * it would commit the transaction on MySQL, MariaDB and H2, and MySQL refuses a consistent read of
 * a table created after the transaction's snapshot. The key is written inside the transaction, so a
 * seeder that fails is not recorded as done.
 */
final class SeederRecords {
  static final String TABLE = "ilana_seeders";

  private final DatabaseConnection connection;

  SeederRecords(DatabaseConnection connection) {
    this.connection = connection;
  }

  /** Creates the table when it is missing, on a connection of its own. */
  Mono<Void> ensureTable() {
    return Schema.on(connection)
        .createTableIfNotExists(
            TABLE,
            t -> {
              t.string("name").primary();
              t.string("seeder");
              t.timestamp("seeded_at");
            })
        .contextWrite(outsideTransaction());
  }

  /** Whether the key is recorded (committed) already. */
  Mono<Boolean> has(String key) {
    return Query.table(connection, TABLE)
        .where("name", key)
        .exists()
        .contextWrite(outsideTransaction());
  }

  /** Records the key, in the caller's transaction. */
  Mono<Void> record(String key, String seeder) {
    return Query.table(connection, TABLE)
        .insert(Map.of("name", key, "seeder", seeder, "seeded_at", Instant.now()))
        .then();
  }

  /**
   * A Context without the seeder's transaction, so the statement borrows a connection of its own.
   */
  private static java.util.function.Function<Context, Context> outsideTransaction() {
    return context -> Context.empty();
  }
}
