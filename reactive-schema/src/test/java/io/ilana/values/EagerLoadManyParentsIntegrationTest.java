package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.model.HasMany;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * Eager loading for more parents than one statement may carry bind parameters for loads them in
 * chunks: 70,000 parents get their children on every database, where MariaDB and H2 bind each
 * parent key as its own marker.
 */
class EagerLoadManyParentsIntegrationTest {
  static final String PARENTS = "s11b_parents";
  static final String CHILDREN = "s11b_children";
  static final int SIZE = 70_000;

  static final class Parent extends Model<Parent> {
    static final ModelType<Parent> TYPE =
        ModelType.of(Parent.class, Parent::new)
            .table(PARENTS)
            .relation("children", Parent::children);

    HasMany<Child> children() {
      return hasMany(Child.class, "parent_id");
    }
  }

  static final class Child extends Model<Child> {
    static final ModelType<Child> TYPE = ModelType.of(Child.class, Child::new).table(CHILDREN);
  }

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private void seed(TestDatabase database) {
    manager = TestConnections.open(database);
    Schema schema = Schema.on(manager.connection());
    schema.dropTableIfExists(CHILDREN).block();
    schema.dropTableIfExists(PARENTS).block();
    schema.createTable(PARENTS, t -> t.bigInteger("id").primary()).block();
    schema
        .createTable(
            CHILDREN,
            t -> {
              t.increments("id");
              t.bigInteger("parent_id").index();
            })
        .block();
    List<Map<String, Object>> rows = new ArrayList<>(SIZE);
    for (long id = 1; id <= SIZE; id++) {
      rows.add(Map.of("id", id));
    }
    Query.table(manager.connection(), PARENTS).insert(rows).block();
    Query.table(manager.connection(), CHILDREN)
        .insert(
            List.of(
                Map.of("parent_id", 1L), Map.of("parent_id", 1L), Map.of("parent_id", (long) SIZE)))
        .block();
  }

  @DialectTest
  void seventyThousandParentsGetTheirChildren(TestDatabase database) {
    seed(database);
    List<Parent> parents =
        Parent.TYPE.query(manager).with("children").orderBy("id").get().collectList().block();
    assertThat(parents).hasSize(SIZE);
    assertThat(children(parents.get(0))).hasSize(2);
    assertThat(children(parents.get(SIZE / 2))).isEmpty();
    assertThat(children(parents.get(SIZE - 1))).hasSize(1);
  }

  @SuppressWarnings("unchecked") // a hasMany relation is loaded as a list of its models
  private static List<Child> children(Parent parent) {
    Object loaded = parent.relation("children");
    return loaded instanceof io.ilana.collection.Items<?> items
        ? (List<Child>) items.all()
        : (List<Child>) loaded;
  }
}
