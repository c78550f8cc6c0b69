package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.schema.Schema;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A migration that names a connection runs there; its record stays with the migrator. */
class MigrationConnectionTest {

  @Test
  void aMigrationNamingAnotherConnectionRunsOnIt() {
    DatabaseManager manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(
                    ConnectionConfig.builder("main", "h2").database("mem:sch_conn_main").build())
                .connection(
                    ConnectionConfig.builder("analytics", "h2")
                        .database("mem:sch_conn_analytics")
                        .build())
                .defaultConnection("main")
                .build());
    try {
      Migration elsewhere =
          new Migration() {
            @Override
            public String name() {
              return "20240101000000_create_events";
            }

            @Override
            public Optional<String> connection() {
              return Optional.of("analytics");
            }

            @Override
            public Mono<Void> up(Schema schema) {
              return schema.createTable("sch_events", t -> t.increments("id"));
            }

            @Override
            public Mono<Void> down(Schema schema) {
              return schema.dropTable("sch_events");
            }
          };
      Migrator migrator = Migrator.create(manager, MigrationSource.of(elsewhere));
      migrator.migrate().block();

      assertThat(Schema.on(manager.connection("analytics")).hasTable("sch_events").block())
          .isTrue();
      assertThat(Schema.on(manager.connection("main")).hasTable("sch_events").block()).isFalse();
      assertThat(migrator.list().collectList().block())
          .containsExactly(new MigrationRecord("20240101000000_create_events", 1));

      migrator.rollback().block();
      assertThat(Schema.on(manager.connection("analytics")).hasTable("sch_events").block())
          .isFalse();
    } finally {
      manager.close().block();
    }
  }
}
