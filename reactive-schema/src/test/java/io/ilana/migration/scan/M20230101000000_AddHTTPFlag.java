package io.ilana.migration.scan;

import io.ilana.migration.Migration;
import io.ilana.schema.Schema;
import reactor.core.publisher.Mono;

/** Found by the package scan test; sorts before the 2024 one. */
public final class M20230101000000_AddHTTPFlag implements Migration {
  @Override
  public Mono<Void> up(Schema schema) {
    return Mono.empty();
  }

  @Override
  public Mono<Void> down(Schema schema) {
    return Mono.empty();
  }
}
