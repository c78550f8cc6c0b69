package io.ilana.seed.registered;

import io.ilana.query.Query;
import io.ilana.seed.Seeder;
import java.util.Map;
import reactor.core.publisher.Mono;

/** A seeder found through META-INF/services/io.ilana.seed.Seeder, not by package. */
public class RegisteredSeeder extends Seeder {
  @Override
  public Mono<Void> run() {
    return Query.table(db(), "sd_roles").insert(Map.of("name", "registered")).then();
  }
}
