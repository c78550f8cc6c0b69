package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.InvalidValueException;
import io.ilana.query.Query;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.ScratchTables;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.DialectsTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code ?} in a raw fragment is a placeholder only where the database would read one: strings,
 * quoted identifiers and comments follow each database's own quoting, and a hand-written native
 * marker ({@code $1}) is refused rather than silently taking the statement's first value.
 */
class RawPlaceholderIntegrationTest {
  static final String TABLE = "s11b_raw";

  @RegisterExtension final ScratchTables scratch = new ScratchTables();
  private DatabaseManager manager;

  private QueryBuilder seed(TestDatabase database) {
    manager =
        scratch.create(
            database,
            TABLE,
            t -> {
              t.increments("id");
              t.string("name");
            });
    table().insert(List.of(Map.of("name", "a"), Map.of("name", "b"))).block();
    return table();
  }

  private QueryBuilder table() {
    return Query.table(manager.connection(), TABLE);
  }

  private static List<Object> names(QueryBuilder query) {
    return query.orderBy("name").pluck("name").block();
  }

  @DialectTest
  void questionMarksInStandardStringsAndCommentsAreText(TestDatabase database) {
    QueryBuilder query =
        seed(database).whereRaw("/* or ? */ name = ? and 'it''s ?' <> '' -- why?\n", "a");
    assertThat(names(query)).containsExactly("a");
  }

  @DialectsTest({"mysql", "mariadb"})
  void mysqlBackslashEscapedStringsBacktickNamesAndHashCommentsHideQuestionMarks(
      TestDatabase database) {
    QueryBuilder query =
        seed(database)
            .whereRaw("`name` = ? and 'it\\'s ?' <> \"x\\\"?\" # why?\n", "a")
            .orWhereRaw("`name` = ?", "b");
    assertThat(names(query)).containsExactly("a", "b");
  }

  @DialectsTest("postgres")
  void postgresEscapeStringsDollarQuotesAndNestedCommentsHideQuestionMarks(TestDatabase database) {
    QueryBuilder query =
        seed(database)
            .whereRaw("name = ? and E'it\\'s ?' <> $$?$$ and $t$?$t$ <> '' /* a /* b */ ? */", "a");
    assertThat(names(query)).containsExactly("a");
  }

  @DialectsTest("h2")
  void h2DollarQuotedStringsAndDoubleSlashCommentsHideQuestionMarks(TestDatabase database) {
    assertThat(names(seed(database).whereRaw("name = ? and $$?$$ <> '' // why?\n", "a")))
        .containsExactly("a");
  }

  @DialectsTest({"postgres", "h2"})
  void aNativeMarkerInARawFragmentIsRefused(TestDatabase database) {
    QueryBuilder query = seed(database).where("name", "b").whereRaw("name = $1 or name = ?", "a");
    assertThatThrownBy(() -> names(query))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Raw SQL \"name = $1 or name = ?\" writes the bind marker $1 itself: write ?"
                + " placeholders and pass the values as bindings, because the statement's markers"
                + " are numbered as it is written.");
  }
}
