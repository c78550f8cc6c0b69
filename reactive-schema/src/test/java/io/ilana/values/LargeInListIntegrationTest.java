package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.InvalidValueException;
import io.ilana.query.Query;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.ScratchTables;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An IN list longer than the 65,535 parameters a statement may carry is bound as one array where
 * the database takes one (PostgreSQL) and the values share a type, and is otherwise refused before
 * it is sent: PostgreSQL answers a statement with more markers with a protocol error and drops the
 * connection.
 */
class LargeInListIntegrationTest {
  static final String TABLE = "s11b_in";
  static final int SIZE = 70_000;

  @RegisterExtension final ScratchTables scratch = new ScratchTables();
  private DatabaseManager manager;

  private void seed(TestDatabase database) {
    manager =
        scratch.create(
            database,
            TABLE,
            t -> {
              t.increments("id");
              t.doubleColumn("n");
              t.bigInteger("k").nullable();
            });
    Map<String, Object> third = new HashMap<>();
    third.put("n", 3.5);
    third.put("k", null);
    table().insert(List.of(Map.of("n", 1.5, "k", 1L), Map.of("n", 2.5, "k", 2L), third)).block();
  }

  private QueryBuilder table() {
    return Query.table(manager.connection(), TABLE);
  }

  private static List<Object> doubles() {
    List<Object> values = new ArrayList<>();
    values.add(1.5);
    values.add(2.5);
    for (int i = 0; values.size() < SIZE; i++) {
      values.add(1000.25 + i);
    }
    return values;
  }

  /** 1, null, then numbers no row has. */
  private static List<Object> longsWithOneNull() {
    List<Object> values = new ArrayList<>();
    values.add(1L);
    values.add(null);
    for (long i = 1000; values.size() < SIZE; i++) {
      values.add(i);
    }
    return values;
  }

  /** 1 as a Long, 2 as a BigDecimal, then numbers no row has. */
  private static List<Object> mixed(int size) {
    List<Object> values = new ArrayList<>();
    values.add(1L);
    values.add(BigDecimal.valueOf(2));
    for (long i = 1000; values.size() < size; i++) {
      values.add(i);
    }
    return values;
  }

  private static String refusal(TestDatabase database, String method, String column) {
    return method
        + "() on \""
        + column
        + "\" has 70000 values that cannot be bound as one array, and the "
        + database.dialect()
        + " database takes at most 65535 bind parameters in one statement: split the list or"
        + " select the values with a sub-query.";
  }

  private void assertStillConnected() {
    assertThat(table().count().block()).isEqualTo(3L);
  }

  @DialectTest
  void seventyThousandDoublesMatchOrAreRefusedBeforeSending(TestDatabase database) {
    seed(database);
    QueryBuilder query = table().whereIn("n", doubles()).orderBy("n");
    if ("mariadb".equals(database.dialect()) || "mysql".equals(database.dialect())) {
      assertThatThrownBy(() -> query.pluck("n").block())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(refusal(database, "whereIn", "n"));
    } else {
      assertThat(query.pluck("n").block()).containsExactly(1.5, 2.5);
    }
    assertStillConnected();
  }

  @DialectTest
  void aLongListWithOneNullKeepsTheMeaningOfInAndNotIn(TestDatabase database) {
    seed(database);
    QueryBuilder in = table().whereIn("k", longsWithOneNull());
    QueryBuilder notIn = table().whereNotIn("k", longsWithOneNull());
    if ("mariadb".equals(database.dialect()) || "mysql".equals(database.dialect())) {
      assertThatThrownBy(() -> in.pluck("k").block())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(refusal(database, "whereIn", "k"));
      assertThatThrownBy(() -> notIn.pluck("k").block())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(refusal(database, "whereNotIn", "k"));
    } else {
      // x in (1, null) matches 1 only; x not in (.., null) is never true.
      assertThat(in.pluck("k").block()).containsExactly(1L);
      assertThat(notIn.pluck("k").block()).isEmpty();
    }
    assertStillConnected();
  }

  @DialectTest
  void seventyThousandValuesOfMixedTypesAreBoundOneByOneOrRefused(TestDatabase database) {
    seed(database);
    QueryBuilder query = table().whereIn("k", mixed(SIZE)).orderBy("k");
    if ("h2".equals(database.dialect())) {
      assertThat(query.pluck("k").block()).containsExactly(1L, 2L);
    } else {
      assertThatThrownBy(() -> query.pluck("k").block())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(refusal(database, "whereIn", "k"));
    }
    assertStillConnected();
  }

  @DialectTest
  void aStatementWithMoreParametersThanTheDatabaseTakesIsRefusedBeforeSending(
      TestDatabase database) {
    seed(database);
    List<Object> values = mixed(40_000);
    QueryBuilder query = table().whereIn("k", values).whereIn("k", values).whereIn("k", values);
    int limit = "h2".equals(database.dialect()) ? 100_000 : 65_535;
    assertThatThrownBy(() -> query.pluck("k").block())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "The statement has 120000 bind parameters, and the "
                + database.dialect()
                + " database takes at most "
                + limit
                + " in one statement.");
    assertStillConnected();
  }
}
