package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Two root instances with different configurations — an embedded H2 and a PostgreSQL server — in
 * one JVM, used at the same time by the same model type: each model query runs on its own instance,
 * and neither sees the other's rows.
 */
class TwoInstancesIntegrationTest {
  static final String TABLE = "m_two_instances";

  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new).table(TABLE).fillable("body");
  }

  private ModelDb h2;
  private ModelDb postgres;

  @AfterEach
  void close() {
    for (ModelDb db : new ModelDb[] {h2, postgres}) {
      if (db != null) {
        db.close();
      }
    }
  }

  @Test
  void eachModelQueryRunsOnItsOwnInstanceConcurrently() {
    h2 = ModelDb.open(TestDatabases.h2());
    postgres = ModelDb.open(TestDatabases.postgres());
    h2.recreate(TABLE, h2.id() + ", body varchar(20)");
    postgres.recreate(TABLE, postgres.id() + ", body varchar(20)");

    Flux<Note> writes =
        Flux.range(0, 20)
            .flatMap(
                i ->
                    i % 2 == 0
                        ? Note.TYPE.query(h2.manager).create(Map.of("body", "h2-" + i))
                        : Note.TYPE.query(postgres.manager).create(Map.of("body", "pg-" + i)));
    StepVerifier.create(writes).expectNextCount(20).verifyComplete();

    List<Object> onH2 = Note.TYPE.query(h2.manager).pluck("body").block();
    List<Object> onPostgres = Note.TYPE.query(postgres.manager).pluck("body").block();

    assertThat(onH2).hasSize(10).allMatch(body -> body.toString().startsWith("h2-"));
    assertThat(onPostgres).hasSize(10).allMatch(body -> body.toString().startsWith("pg-"));
    assertThat(h2.manager.connection().dialect().name()).isEqualTo("h2");
    assertThat(postgres.manager.connection().dialect().name()).isEqualTo("postgres");
  }
}
