package io.ilana.migration.scan;

import io.ilana.migration.Migration;
import io.ilana.schema.Schema;
import reactor.core.publisher.Mono;

/** Found by the package scan test. */
public final class M20240101000000_CreateScanned implements Migration {
  @Override
  public Mono<Void> up(Schema schema) {
    return schema.createTable("sch_scanned", t -> t.increments("id"));
  }

  @Override
  public Mono<Void> down(Schema schema) {
    return schema.dropTable("sch_scanned");
  }
}
