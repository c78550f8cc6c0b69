package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class StreamingIntegrationTest {
  static final String TABLE = "m_stream_rows";

  static class Item extends Model<Item> {
    static final ModelType<Item> TYPE =
        ModelType.of(Item.class, Item::new).table(TABLE).fillable("n");
  }

  private ModelDb db;

  private ModelQuery<Item> items(TestDatabase database, int count) {
    db = ModelDb.open(database);
    db.recreate(TABLE, db.id() + ", n int");
    List<Map<String, Object>> rows = new ArrayList<>();
    IntStream.rangeClosed(1, count).forEach(n -> rows.add(Map.of("n", n)));
    io.ilana.query.QueryBuilder.on(db.connection).from(TABLE).insert(rows).block();
    db.clearLog();
    return Item.TYPE.query(db.manager);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** The SELECTs logged; the seeding INSERT may be reported late, so it is left out. */
  private List<String> selects(int count) throws InterruptedException {
    return db.awaitSql("select", count);
  }

  @DialectTest
  void chunkPagesByKeyNotOffset(TestDatabase database) throws Exception {
    ModelQuery<Item> items = items(database, 10);
    List<List<Item>> chunks = items.orderByDesc("n").chunk(4).collectList().block();
    assertThat(chunks).extracting(List::size).containsExactly(4, 4, 2);
    assertThat(chunks.get(2).get(1).getInteger("n")).isEqualTo(10);
    assertThat(selects(3)).hasSize(3).noneMatch(sql -> sql.toLowerCase().contains("offset"));
    assertThat(selects(3)).filteredOn(sql -> sql.contains(">")).hasSize(2);
  }

  @DialectTest
  void lazyStreamsEveryModelInKeyOrder(TestDatabase database) {
    List<Integer> ns = items(database, 7).lazy(3).map(i -> i.getInteger("n")).collectList().block();
    assertThat(ns).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @DialectTest
  void cursorStreamsOneQueryWithBackpressure(TestDatabase database) throws Exception {
    ModelQuery<Item> items = items(database, 50);
    items
        .where("n", ">", 40)
        .cursor(5)
        .map(i -> i.getInteger("n"))
        .as(flux -> StepVerifier.create(flux, 2))
        .expectNext(41, 42)
        // one more than the rows left: the end is only seen when asked for a row past it
        .thenRequest(9)
        .expectNextCount(8)
        .verifyComplete();
    assertThat(selects(1)).hasSize(1);
  }

  @DialectTest
  void modelWritesJoinTheContextTransactionAndRollBackWithIt(TestDatabase database) {
    ModelQuery<Item> items = items(database, 0);
    db.connection
        .transaction(
            trx ->
                items
                    .create(Map.of("n", 1))
                    .flatMap(item -> item.set("n", 2).save())
                    .then(items.count())
                    .flatMap(
                        seen ->
                            Mono.error(new IllegalStateException("saw " + seen + " then failed"))))
        .as(StepVerifier::create)
        .expectErrorMessage("saw 1 then failed")
        .verify();
    assertThat(items.count().block()).isZero();
  }
}
