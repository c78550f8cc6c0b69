package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.collection.Items;
import io.ilana.error.InvalidPaginationException;
import org.junit.jupiter.api.Test;

class CursorPageTest {

  @Test
  void holdsRowsAndCursors() {
    CursorPage<Integer> page = new CursorPage<>(Items.of(1, 2), 2, "next", null, true);
    assertThat(page.nextCursor()).isEqualTo("next");
    assertThat(page.previousCursor()).isNull();
    assertThat(page.hasMore()).isTrue();
    assertThat(page.isEmpty()).isFalse();
  }

  @Test
  void perPageBelowOneIsRejected() {
    assertThatThrownBy(() -> new CursorPage<>(Items.empty(), 0, null, null, false))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Per page must be at least 1, got 0.");
  }

  @Test
  void moreRowsThanPerPageIsRejected() {
    assertThatThrownBy(() -> new CursorPage<>(Items.of(1, 2, 3), 2, null, null, false))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("A page of 2 per page holds at most 2 rows, got 3.");
  }

  @Test
  void mapTransformsRowsAndKeepsTheCursors() {
    CursorPage<String> page =
        new CursorPage<>(Items.of(1), 5, "n", "p", false).map(i -> "row " + i);
    assertThat(page).isEqualTo(new CursorPage<>(Items.of("row 1"), 5, "n", "p", false));
  }

  @Test
  void emptyPageIsEmpty() {
    assertThat(new CursorPage<>(Items.empty(), 5, null, null, false).isEmpty()).isTrue();
  }
}
