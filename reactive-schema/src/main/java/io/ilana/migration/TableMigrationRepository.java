package io.ilana.migration;

import io.ilana.db.DatabaseConnection;
import io.ilana.dialect.Dialect;
import io.ilana.schema.Schema;
import io.ilana.sql.Sql;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records migrations in a table (by default {@code migrations}) created with the schema builder:
 * {@code id}, {@code migration} (unique, so a migration can never be recorded twice), {@code batch}
 * and {@code migrated_at}.
 */
public final class TableMigrationRepository implements MigrationRepository {
  private final Schema schema;
  private final String table;

  /** A repository in {@code table} of the schema's connection. */
  public TableMigrationRepository(Schema schema, String table) {
    this.schema = schema;
    this.table = table;
    schema.grammar().wrapTable(table);
  }

  /** The table's name. */
  public String table() {
    return table;
  }

  @Override
  public Mono<Boolean> exists() {
    return schema.hasTable(table);
  }

  @Override
  public Mono<Void> create() {
    return schema.createTable(
        table,
        t -> {
          t.increments("id");
          t.string("migration").notNullable().unique();
          t.integer("batch").notNullable();
          t.timestamp("migrated_at").nullable().useCurrent();
        });
  }

  @Override
  public Flux<MigrationRecord> ran() {
    return connection()
        .select(
            Sql.of(
                "SELECT "
                    + column("migration")
                    + ", "
                    + column("batch")
                    + " FROM "
                    + quotedTable()
                    + " ORDER BY "
                    + column("batch")
                    + ", "
                    + column("id")))
        .map(TableMigrationRepository::record);
  }

  @Override
  public Mono<Integer> lastBatchNumber() {
    return connection()
        .select(Sql.of("SELECT MAX(" + column("batch") + ") AS last_batch FROM " + quotedTable()))
        .next()
        // MAX over no rows is NULL.
        .flatMap(row -> Mono.justOrEmpty(row.values().iterator().next()))
        .map(value -> ((Number) value).intValue())
        .defaultIfEmpty(0);
  }

  @Override
  public Mono<Void> log(String migration, int batch) {
    Dialect dialect = connection().dialect();
    return connection()
        .update(
            Sql.of(
                "INSERT INTO "
                    + quotedTable()
                    + " ("
                    + column("migration")
                    + ", "
                    + column("batch")
                    + ") VALUES ("
                    + dialect.bindMarker(1)
                    + ", "
                    + dialect.bindMarker(2)
                    + ")",
                migration,
                batch))
        .then();
  }

  @Override
  public Mono<Void> delete(String migration) {
    return connection()
        .update(
            Sql.of(
                "DELETE FROM "
                    + quotedTable()
                    + " WHERE "
                    + column("migration")
                    + " = "
                    + connection().dialect().bindMarker(1),
                migration))
        .then();
  }

  private DatabaseConnection connection() {
    return schema.connection();
  }

  private String quotedTable() {
    return schema.grammar().wrapTable(table);
  }

  private String column(String name) {
    return schema.grammar().wrap(name);
  }

  // Label case differs between databases, so columns are read by position.
  private static MigrationRecord record(Map<String, Object> row) {
    var values = row.values().iterator();
    String name = String.valueOf(values.next());
    int batch = ((Number) values.next()).intValue();
    return new MigrationRecord(name, batch);
  }
}
