package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.collection.Items;
import io.ilana.error.IlanaException;
import io.ilana.error.InvalidPaginationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void firstPageComputesLastPageFromAndTo() {
    Page<Integer> page = Page.of(Items.range(1, 15).all(), 100, 15, 1);
    assertThat(page.lastPage()).isEqualTo(7);
    assertThat(page.from()).isEqualTo(1L);
    assertThat(page.to()).isEqualTo(15L);
    assertThat(page.total()).isEqualTo(100);
    assertThat(page.perPage()).isEqualTo(15);
    assertThat(page.currentPage()).isEqualTo(1);
  }

  @Test
  void lastPartialPageEndsAtTheTotal() {
    Page<Integer> page = Page.of(Items.range(91, 100).all(), 100, 15, 7);
    assertThat(page.from()).isEqualTo(91L);
    assertThat(page.to()).isEqualTo(100L);
    assertThat(page.hasMorePages()).isFalse();
  }

  @Test
  void exactMultipleHasNoExtraPage() {
    assertThat(Page.of(List.of(1), 30, 15, 1).lastPage()).isEqualTo(2);
  }

  @Test
  void noRowsStillHasOneLastPageAndNullPositions() {
    Page<Integer> page = Page.of(List.of(), 0, 15, 1);
    assertThat(page.lastPage()).isEqualTo(1);
    assertThat(page.from()).isNull();
    assertThat(page.to()).isNull();
    assertThat(page.isEmpty()).isTrue();
    assertThat(page.hasMorePages()).isFalse();
  }

  @Test
  void pagePastTheEndIsEmptyWithNullPositions() {
    Page<Integer> page = Page.of(List.of(), 20, 15, 5);
    assertThat(page.lastPage()).isEqualTo(2);
    assertThat(page.from()).isNull();
    assertThat(page.hasMorePages()).isFalse();
  }

  @Test
  void hasMorePagesBeforeTheLastPage() {
    assertThat(Page.of(List.of(1), 20, 1, 1).hasMorePages()).isTrue();
  }

  @Test
  void positionsBeyondIntRangeDoNotOverflow() {
    Page<Integer> page = Page.of(List.of(1), 5_000_000_000L, 1_000_000, 3_000);
    assertThat(page.from()).isEqualTo(2_999_000_001L);
    assertThat(page.lastPage()).isEqualTo(5_000);
  }

  @Test
  void lastPageIsCappedAtIntegerMax() {
    assertThat(Page.of(List.of(1), Long.MAX_VALUE, 1, 1).lastPage()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void pageBelowOneIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of(), 0, 15, 0))
        .isInstanceOf(InvalidPaginationException.class)
        .isInstanceOf(IlanaException.class)
        .hasMessage("Page must be at least 1, got 0.");
  }

  @Test
  void perPageBelowOneIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of(), 0, -5, 1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Per page must be at least 1, got -5.");
  }

  @Test
  void negativeTotalIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of(), -1, 15, 1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Total must not be negative, got -1.");
  }

  @Test
  void moreRowsThanPerPageIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of(1, 2, 3), 3, 2, 1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("A page of 2 per page holds at most 2 rows, got 3.");
  }

  @Test
  void theConstructorChecksTheNumbersToo() {
    assertThatThrownBy(() -> new Page<>(Items.empty(), 0, 15, 0, 1, null, null))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Page must be at least 1, got 0.");
  }

  @Test
  void mapTransformsRowsAndKeepsTheNumbers() {
    Page<Integer> page = Page.of(List.of(1, 2), 10, 2, 2);
    Page<String> mapped = page.map(i -> "#" + i);
    assertThat(mapped.data().all()).containsExactly("#1", "#2");
    assertThat(mapped)
        .extracting(
            Page::total, Page::perPage, Page::currentPage, Page::lastPage, Page::from, Page::to)
        .containsExactly(10L, 2, 2, 5, 3L, 4L);
  }
}
