package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.InvalidDefinitionException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PruneIntegrationTest {
  static final String TABLE = "m_prune_logs";
  static final List<Object> DELETED = Collections.synchronizedList(new ArrayList<>());

  static class Log extends Model<Log> {
    static final ModelType<Log> TYPE =
        ModelType.of(Log.class, Log::new)
            .table(TABLE)
            .fillable("level", "keep")
            .softDeletes()
            .prunable(query -> query.where("level", "debug"))
            .on(ModelEvent.DELETING, log -> Mono.just(!Boolean.TRUE.equals(log.get("keep"))))
            .on(
                ModelEvent.DELETED,
                log -> {
                  DELETED.add(log.getKey());
                  return Mono.just(true);
                });
  }

  static class Plain extends Model<Plain> {
    static final ModelType<Plain> TYPE = ModelType.of(Plain.class, Plain::new).table(TABLE);
  }

  private ModelDb db;

  @AfterEach
  void close() {
    DELETED.clear();
    if (db != null) {
      db.close();
    }
  }

  private ModelQuery<Log> logs(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE,
        db.id() + ", level varchar(10) not null, keep boolean null, deleted_at timestamp null");
    return Log.TYPE.query(db.manager);
  }

  @DialectTest
  void pruneForceDeletesThePrunableModelsChunkByChunkWithTheirEvents(TestDatabase database) {
    ModelQuery<Log> logs = logs(database);
    logs.createMany(
            IntStream.range(0, 25)
                .mapToObj(i -> Map.<String, Object>of("level", i % 5 == 0 ? "error" : "debug"))
                .toList())
        .blockLast();
    // A soft-deleted debug row is pruned too: pruning removes rows for good.
    logs.where("level", "debug").first().flatMap(Model::delete).block();

    StepVerifier.create(logs.prune(4)).expectNext(20L).verifyComplete();

    assertThat(DELETED).hasSize(21);
    assertThat(logs.withTrashed().count().block()).isEqualTo(5L);
  }

  @DialectTest
  void aModelItsListenerKeepsIsSkippedNotRetried(TestDatabase database) {
    ModelQuery<Log> logs = logs(database);
    logs.create(Map.of("level", "debug", "keep", true)).block();
    logs.create(Map.of("level", "debug")).block();

    StepVerifier.create(logs.prune(1)).expectNext(1L).verifyComplete();

    assertThat(logs.count().block()).isEqualTo(1L);
  }

  @DialectTest
  void aModelThatIsNotPrunableIsRefused(TestDatabase database) {
    logs(database);

    StepVerifier.create(Plain.TYPE.query(db.manager).prune(100))
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessage(
                        "io.ilana.model.PruneIntegrationTest$Plain is not prunable: declare which"
                            + " rows go with ModelType.prunable(...)."))
        .verify();
  }
}
