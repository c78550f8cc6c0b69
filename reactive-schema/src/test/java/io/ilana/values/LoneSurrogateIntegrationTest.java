package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.error.InvalidValueException;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.model.cast.Casts;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.ScratchTables;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Text with a lone UTF-16 surrogate is refused before it is sent, on every database (each would
 * store '?' in its place); text with surrogate pairs round-trips exactly.
 */
class LoneSurrogateIntegrationTest {
  static final String TABLE = "s11c_text_items";
  static final String ADVICE =
      ": it is not a character, and the database would store '?' in its place. Remove it or"
          + " replace it (with U+FFFD, for instance) before sending the value.";

  static class Item extends Model<Item> {
    static final ModelType<Item> TYPE =
        ModelType.of(Item.class, Item::new)
            .table(TABLE)
            .fillable("name", "meta")
            .cast("meta", Casts.JSON);
  }

  @RegisterExtension final ScratchTables scratch = new ScratchTables();
  private DatabaseManager manager;
  private final List<QueryEvent> sent = Collections.synchronizedList(new ArrayList<>());

  private ModelQuery<Item> items(TestDatabase database) {
    manager =
        scratch.create(
            database,
            TABLE,
            t -> {
              t.increments("id");
              t.string("name").nullable();
              t.text("meta").nullable();
            });
    manager.listen(sent::add);
    return Item.TYPE.query(manager);
  }

  private void assertRefusedUnsent(Mono<?> work, String message) {
    work.as(StepVerifier::create)
        .expectErrorSatisfies(
            e -> assertThat(e).isExactlyInstanceOf(InvalidValueException.class).hasMessage(message))
        .verify();
    assertThat(sent).isEmpty();
  }

  @DialectTest
  void aLoneHighSurrogateInAnAttributeIsRefusedBeforeTheInsert(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    assertRefusedUnsent(
        items.create(Map.of("name", "name\uD800")),
        "Parameter 1 holds a lone UTF-16 surrogate (U+D800) at index 4" + ADVICE);
  }

  @DialectTest
  void aLoneLowSurrogateInAConditionIsRefusedBeforeTheQuery(TestDatabase database) {
    items(database);
    assertRefusedUnsent(
        QueryBuilder.on(manager.connection()).from(TABLE).where("name", "\uDC00x").first(),
        "Parameter 1 holds a lone UTF-16 surrogate (U+DC00) at index 0" + ADVICE);
  }

  @DialectTest
  void aLoneSurrogateInAJsonDocumentIsRefused(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    assertRefusedUnsent(
        items.create(Map.of("meta", Map.of("k", "v\uD83D"))),
        "Parameter 1 (a JSON document) holds a lone UTF-16 surrogate (U+D83D) at index 7" + ADVICE);
  }

  @DialectTest
  void aLoneSurrogateInTheSqlTextIsRefused(TestDatabase database) {
    items(database);
    assertRefusedUnsent(
        manager.select("select 'a\uD800' as v").next(),
        "The SQL text holds a lone UTF-16 surrogate (U+D800) at index 9" + ADVICE);
  }

  @DialectTest
  void surrogatePairsRoundTripExactly(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    String name = "name\uD83D\uDE00\uD834\uDD1E";
    Item saved = items.create(Map.of("name", name)).block();
    assertThat(items.find(saved.getKey()).block().getString("name")).isEqualTo(name);
  }
}
