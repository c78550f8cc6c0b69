package io.ilana.pagination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ilana.collection.Items;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a pagination that does not count the rows: cheaper than {@link Page} on big tables,
 * it only knows whether another page follows, found by fetching one row more than the page size.
 *
 * @param data the rows of this page
 * @param perPage the page size
 * @param currentPage this page's one-based number
 * @param hasMore whether a next page has rows
 * @param from one-based position of the first row of this page, or null when it is empty
 * @param to one-based position of the last row of this page, or null when it is empty
 * @param <T> the row type
 */
public record SimplePage<T>(
    Items<T> data, int perPage, int currentPage, boolean hasMore, Long from, Long to) {

  /** Checks the numbers; prefer {@link #of}, which computes the derived ones. */
  public SimplePage {
    Objects.requireNonNull(data, "data");
    PageChecks.page(currentPage);
    PageChecks.perPage(perPage);
  }

  /**
   * A page from the rows a query fetched with {@code LIMIT perPage + 1}: the extra row, if any, is
   * dropped and only tells that more pages follow.
   *
   * @throws io.ilana.error.InvalidPaginationException when page or per page is below 1
   * @throws io.ilana.error.InvalidPaginationException when more than {@code perPage + 1} rows were
   *     fetched
   */
  public static <T> SimplePage<T> of(
      List<? extends T> fetchedPerPagePlusOne, int perPage, int currentPage) {
    PageChecks.page(currentPage);
    PageChecks.perPage(perPage);
    Objects.requireNonNull(fetchedPerPagePlusOne, "fetchedPerPagePlusOne");
    // perPage + 1 overflows at Integer.MAX_VALUE; no list can be that long anyway.
    int limit = perPage == Integer.MAX_VALUE ? perPage : perPage + 1;
    PageChecks.fits(fetchedPerPagePlusOne, limit, perPage + " per page plus one");
    boolean hasMore = fetchedPerPagePlusOne.size() > perPage;
    List<? extends T> rows =
        hasMore ? fetchedPerPagePlusOne.subList(0, perPage) : fetchedPerPagePlusOne;
    return new SimplePage<>(
        Items.of(rows),
        perPage,
        currentPage,
        hasMore,
        PageChecks.from(currentPage, perPage, rows.size()),
        PageChecks.to(currentPage, perPage, rows.size()));
  }

  /** Whether this page has no rows. */
  @JsonIgnore
  public boolean isEmpty() {
    return data.isEmpty();
  }

  /** The same page with each row transformed; the numbers are kept. */
  public <R> SimplePage<R> map(Function<? super T, ? extends R> mapper) {
    return new SimplePage<>(data.map(mapper), perPage, currentPage, hasMore, from, to);
  }
}
