package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.InvalidCursorException;
import io.ilana.pagination.CursorCodec;
import io.ilana.pagination.CursorPage;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/**
 * A signed cursor token is valid only for the table and ordering it was issued for: any other query
 * rejects it as an invalid cursor before sending a statement.
 */
class CursorScopeIntegrationTest {
  static final String TABLE = "s11c_cursor_rows";
  static final String OTHER = "s11c_cursor_others";
  static final CursorCodec CODEC = new CursorCodec(new byte[32]);

  static class Row extends Model<Row> {
    static final ModelType<Row> TYPE =
        ModelType.of(Row.class, Row::new).table(TABLE).fillable("rank", "score");
  }

  static class Other extends Model<Other> {
    static final ModelType<Other> TYPE =
        ModelType.of(Other.class, Other::new).table(OTHER).fillable("rank", "score");
  }

  private ModelDb db;

  private ModelQuery<Row> rows(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(OTHER, db.id() + ", rank int, score int");
    db.recreate(TABLE, db.id() + ", rank int, score int");
    ModelQuery<Row> rows = Row.TYPE.query(db.manager);
    for (int rank = 1; rank <= 4; rank++) {
      rows.create(Map.of("rank", rank, "score", rank * 10)).block();
    }
    return rows;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private String next(ModelQuery<?> query, String column, String direction) {
    String token = query.cursorPaginate(2, null, column, direction, CODEC).block().nextCursor();
    db.clearLog();
    return token;
  }

  private void assertRejectedBeforeAnyStatement(
      reactor.core.publisher.Mono<? extends CursorPage<?>> page) {
    page.as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(InvalidCursorException.class)
                    .hasMessage("Invalid pagination cursor."))
        .verify();
    assertThat(db.sql()).isEmpty();
  }

  @DialectTest
  void tokenIssuedForAnotherColumnIsAnInvalidCursor(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    String byScore = next(rows, "score", "asc");
    assertRejectedBeforeAnyStatement(rows.cursorPaginate(2, byScore, "rank", "asc", CODEC));
  }

  @DialectTest
  void tokenIssuedForTheKeyAloneIsAnInvalidCursorForAnotherColumn(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    String byId = next(rows, "id", "asc");
    assertRejectedBeforeAnyStatement(rows.cursorPaginate(2, byId, "score", "asc", CODEC));
  }

  @DialectTest
  void tokenIssuedForTheOtherDirectionIsAnInvalidCursor(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    String ascending = next(rows, "score", "asc");
    assertRejectedBeforeAnyStatement(rows.cursorPaginate(2, ascending, "score", "desc", CODEC));
  }

  @DialectTest
  void tokenIssuedForAnotherTableIsAnInvalidCursor(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    ModelQuery<Other> others = Other.TYPE.query(db.manager);
    others.create(Map.of("rank", 1, "score", 10)).block();
    others.create(Map.of("rank", 2, "score", 20)).block();
    others.create(Map.of("rank", 3, "score", 30)).block();
    String foreign = next(others, "score", "asc");
    assertRejectedBeforeAnyStatement(rows.cursorPaginate(2, foreign, "score", "asc", CODEC));
  }

  @DialectTest
  void tokenIsStillValidForTheQueryItWasIssuedFor(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    String byScore = next(rows, "score", "asc");
    CursorPage<Row> second = rows.cursorPaginate(2, byScore, "score", "asc", CODEC).block();
    assertThat(second.data().pluck("rank").all()).containsExactly(3, 4);
  }

  @DialectTest
  void blankTokenIsTheFirstPage(TestDatabase database) {
    CursorPage<Row> first = rows(database).cursorPaginate(2, " ", "score", "asc", CODEC).block();
    assertThat(first.data().pluck("rank").all()).containsExactly(1, 2);
    assertThat(first.previousCursor()).isNull();
  }
}
