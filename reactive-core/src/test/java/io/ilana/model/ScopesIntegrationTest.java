package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;

class ScopesIntegrationTest {
  static final String TABLE = "m_scope_items";

  static class Item extends Model<Item> {
    static final ModelType<Item> TYPE =
        ModelType.of(Item.class, Item::new)
            .table(TABLE)
            .fillable("name", "votes", "is_active", "tenant")
            .scope("active", q -> q.where("is_active", true))
            .scope("popular", (q, args) -> q.where("votes", ">=", args[0]))
            .globalScope("tenant", q -> q.where("tenant", 1));
  }

  private ModelDb db;

  private ModelQuery<Item> items(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(TABLE, db.id() + ", name varchar(50), votes int, is_active boolean, tenant int");
    ModelQuery<Item> items = Item.TYPE.query(db.manager);
    Flux.just(
            Map.<String, Object>of("name", "a", "votes", 600, "is_active", true, "tenant", 1),
            Map.<String, Object>of("name", "b", "votes", 100, "is_active", true, "tenant", 1),
            Map.<String, Object>of("name", "c", "votes", 900, "is_active", false, "tenant", 1),
            Map.<String, Object>of("name", "d", "votes", 900, "is_active", true, "tenant", 2))
        .concatMap(items::create)
        .blockLast();
    return items;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static List<String> names(ModelQuery<Item> query) {
    return query.orderBy("name").get().map(i -> i.getString("name")).collectList().block();
  }

  @DialectTest
  void aLocalScopeAddsItsConditions(TestDatabase database) {
    assertThat(names(items(database).scope("active"))).containsExactly("a", "b");
  }

  @DialectTest
  void aLocalScopeTakesParameters(TestDatabase database) {
    assertThat(names(items(database).scope("active").scope("popular", 500))).containsExactly("a");
  }

  @DialectTest
  void aGlobalScopeAppliesToEveryReadUnlessRemoved(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    assertThat(items.count().block()).isEqualTo(3L);
    assertThat(names(items.withoutGlobalScope("tenant"))).containsExactly("a", "b", "c", "d");
    assertThat(items.withoutGlobalScopes().count().block()).isEqualTo(4L);
  }

  @DialectTest
  void aGlobalScopeLimitsQueryLevelWrites(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    assertThat(items.update(Map.of("votes", 0)).block()).isEqualTo(3L);
    assertThat(items.delete().block()).isEqualTo(3L);
    assertThat(names(items.withoutGlobalScope("tenant"))).containsExactly("d");
  }

  @DialectTest
  void anUnknownScopeIsAnError(TestDatabase database) {
    ModelQuery<Item> items = items(database);
    assertThatThrownBy(() -> items.scope("nope"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Unknown scope [nope]; known scopes: [active, popular]");
  }
}
