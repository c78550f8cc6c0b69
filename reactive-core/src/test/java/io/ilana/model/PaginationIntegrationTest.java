package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.pagination.CursorCodec;
import io.ilana.pagination.CursorPage;
import io.ilana.pagination.Page;
import io.ilana.pagination.SimplePage;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** Seven rows, ranks 1..7 (ranks 3 and 4 share a score), of which rank 5 is soft-deleted. */
class PaginationIntegrationTest {
  static final String TABLE = "m_page_rows";
  static final CursorCodec CODEC = new CursorCodec(new byte[32]);

  static class Row extends Model<Row> {
    static final ModelType<Row> TYPE =
        ModelType.of(Row.class, Row::new).table(TABLE).fillable("rank", "score").softDeletes();
  }

  private ModelDb db;

  private ModelQuery<Row> rows(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(TABLE, db.id() + ", rank int, score int, deleted_at timestamp null");
    ModelQuery<Row> rows = Row.TYPE.query(db.manager);
    for (int rank = 1; rank <= 7; rank++) {
      rows.create(Map.of("rank", rank, "score", rank == 4 ? 30 : rank * 10)).block();
    }
    rows.where("rank", 5).first().flatMap(Model::delete).block();
    return rows;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static List<Integer> ranks(Iterable<Row> rows) {
    List<Integer> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.getInteger("rank")));
    return out;
  }

  @DialectTest
  void paginateCountsOnlyRowsTheScopesLetThrough(TestDatabase database) {
    Page<Row> page = rows(database).orderBy("rank").paginate(2, 4).block();
    assertThat(page.total()).isEqualTo(6L);
    assertThat(page.lastPage()).isEqualTo(2);
    assertThat(ranks(page.data())).containsExactly(6, 7);
  }

  @DialectTest
  void simplePaginateTellsWhetherMoreFollow(TestDatabase database) {
    ModelQuery<Row> rows = rows(database).orderBy("rank");
    SimplePage<Row> first = rows.simplePaginate(1, 4).block();
    assertThat(ranks(first.data())).containsExactly(1, 2, 3, 4);
    assertThat(first.hasMore()).isTrue();
    assertThat(rows.simplePaginate(2, 4).block().hasMore()).isFalse();
  }

  @DialectTest
  void cursorPaginateWalksForwardAndBackWithTiesBrokenByKey(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    CursorPage<Row> first = rows.cursorPaginate(2, null, "score", "asc", CODEC).block();
    assertThat(ranks(first.data())).containsExactly(1, 2);
    assertThat(first.previousCursor()).isNull();
    CursorPage<Row> second =
        rows.cursorPaginate(2, first.nextCursor(), "score", "asc", CODEC).block();
    assertThat(ranks(second.data())).containsExactly(3, 4);
    CursorPage<Row> third =
        rows.cursorPaginate(2, second.nextCursor(), "score", "asc", CODEC).block();
    assertThat(ranks(third.data())).containsExactly(6, 7);
    assertThat(third.nextCursor()).isNull();
    CursorPage<Row> back =
        rows.cursorPaginate(2, third.previousCursor(), "score", "asc", CODEC).block();
    assertThat(ranks(back.data())).containsExactly(3, 4);
  }

  @DialectTest
  void cursorPaginateReadsDescendingOrder(TestDatabase database) {
    ModelQuery<Row> rows = rows(database);
    CursorPage<Row> first = rows.cursorPaginate(4, null, "score", "desc", CODEC).block();
    assertThat(ranks(first.data())).containsExactly(7, 6, 4, 3);
    CursorPage<Row> second =
        rows.cursorPaginate(4, first.nextCursor(), "score", "desc", CODEC).block();
    assertThat(ranks(second.data())).containsExactly(2, 1);
    assertThat(second.hasMore()).isFalse();
  }

  @DialectTest
  void collectMaterialisesItems(TestDatabase database) {
    assertThat(rows(database).collect().block().pluck("rank").all()).hasSize(6);
  }
}
