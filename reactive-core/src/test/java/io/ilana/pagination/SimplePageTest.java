package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.collection.Items;
import io.ilana.error.InvalidPaginationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplePageTest {

  @Test
  void theExtraRowIsDroppedAndMeansMorePages() {
    SimplePage<Integer> page = SimplePage.of(List.of(1, 2, 3), 2, 1);
    assertThat(page.data().all()).containsExactly(1, 2);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void noExtraRowMeansTheLastPage() {
    SimplePage<Integer> page = SimplePage.of(List.of(1, 2), 2, 1);
    assertThat(page.data().all()).containsExactly(1, 2);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void fromAndToCountFromThePageStart() {
    SimplePage<Integer> page = SimplePage.of(List.of(5, 6, 7), 2, 3);
    assertThat(page.from()).isEqualTo(5L);
    assertThat(page.to()).isEqualTo(6L);
    assertThat(page.currentPage()).isEqualTo(3);
    assertThat(page.perPage()).isEqualTo(2);
  }

  @Test
  void emptyPageHasNullPositionsAndNoMore() {
    SimplePage<Integer> page = SimplePage.of(List.of(), 10, 4);
    assertThat(page.isEmpty()).isTrue();
    assertThat(page.hasMore()).isFalse();
    assertThat(page.from()).isNull();
    assertThat(page.to()).isNull();
  }

  @Test
  void moreThanOneExtraRowIsRejected() {
    assertThatThrownBy(() -> SimplePage.of(List.of(1, 2, 3, 4), 2, 1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("A page of 2 per page plus one holds at most 3 rows, got 4.");
  }

  @Test
  void pageBelowOneIsRejected() {
    assertThatThrownBy(() -> SimplePage.of(List.of(), 15, -1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Page must be at least 1, got -1.");
  }

  @Test
  void perPageBelowOneIsRejected() {
    assertThatThrownBy(() -> SimplePage.of(List.of(), 0, 1))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Per page must be at least 1, got 0.");
  }

  @Test
  void perPageOfIntegerMaxDoesNotOverflow() {
    assertThat(SimplePage.of(List.of(1), Integer.MAX_VALUE, 1).hasMore()).isFalse();
  }

  @Test
  void theConstructorChecksTheNumbersToo() {
    assertThatThrownBy(() -> new SimplePage<>(Items.empty(), 0, 1, false, null, null))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Per page must be at least 1, got 0.");
  }

  @Test
  void mapTransformsRowsAndKeepsTheNumbers() {
    SimplePage<String> page = SimplePage.of(List.of(1, 2, 3), 2, 1).map(String::valueOf);
    assertThat(page).isEqualTo(new SimplePage<>(Items.of("1", "2"), 2, 1, true, 1L, 2L));
  }
}
