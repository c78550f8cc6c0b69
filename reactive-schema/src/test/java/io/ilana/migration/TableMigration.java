package io.ilana.migration;

import io.ilana.schema.Schema;
import reactor.core.publisher.Mono;

/** A test migration that creates one table on up and drops it on down. */
final class TableMigration implements Migration {
  private final String name;
  private final String table;

  TableMigration(String name, String table) {
    this.name = name;
    this.table = table;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Mono<Void> up(Schema schema) {
    return schema.createTable(
        table,
        t -> {
          t.increments("id");
          t.string("label").notNullable().index();
          t.timestamps();
        });
  }

  @Override
  public Mono<Void> down(Schema schema) {
    return schema.dropTable(table);
  }
}
