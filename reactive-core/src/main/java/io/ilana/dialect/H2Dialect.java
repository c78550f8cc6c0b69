package io.ilana.dialect;

import io.r2dbc.spi.Connection;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Embedded H2: {@code $n} markers, transactional DDL, and savepoints through SQL because the
 * r2dbc-h2 driver does not implement the savepoint API.
 */
public class H2Dialect extends StandardDialect {

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public String bindMarker(int position) {
    return "$" + position;
  }

  @Override
  public int maxBindParameters() {
    return 100_000;
  }

  @Override
  public boolean supportsTransactionalDdl() {
    return true;
  }

  /**
   * Unquoted identifiers fold to lower case as on PostgreSQL, so raw SQL and generated SQL agree on
   * column names; lazy execution streams large results instead of loading them whole.
   */
  @Override
  public Map<String, String> defaultConnectionOptions() {
    return Map.of("DATABASE_TO_LOWER", "TRUE", "LAZY_QUERY_EXECUTION", "1");
  }

  @Override
  public Mono<Void> createSavepoint(Connection connection, String name) {
    return run(connection, "SAVEPOINT " + quoteIdentifier(name));
  }

  @Override
  public Mono<Void> rollbackToSavepoint(Connection connection, String name) {
    return run(connection, "ROLLBACK TO SAVEPOINT " + quoteIdentifier(name));
  }

  @Override
  public Mono<Void> releaseSavepoint(Connection connection, String name) {
    // H2 has no RELEASE SAVEPOINT; a savepoint ends with its transaction.
    return Mono.empty();
  }

  private static Mono<Void> run(Connection connection, String sql) {
    return Mono.from(connection.createStatement(sql).execute())
        .flatMap(result -> Mono.from(result.getRowsUpdated()))
        .then();
  }
}
