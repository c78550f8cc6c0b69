package io.ilana.pagination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ilana.collection.Items;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a length-aware pagination: the rows plus the total count, so a client can show "page
 * 2 of 7". Jackson writes it as {@code {"data":[...],"total":100,"perPage":15,
 * "currentPage":2,"lastPage":7,"from":16,"to":30}}.
 *
 * <p>A page past the end is valid and empty; then {@code from} and {@code to} are {@code null}.
 *
 * @param data the rows of this page
 * @param total the number of rows on all pages
 * @param perPage the page size
 * @param currentPage this page's one-based number
 * @param lastPage the number of the last page; at least 1 even when there are no rows
 * @param from one-based position of the first row of this page, or null when it is empty
 * @param to one-based position of the last row of this page, or null when it is empty
 * @param <T> the row type
 */
public record Page<T>(
    Items<T> data, long total, int perPage, int currentPage, int lastPage, Long from, Long to) {

  /** Checks the numbers; prefer {@link #of}, which computes the derived ones. */
  public Page {
    Objects.requireNonNull(data, "data");
    PageChecks.page(currentPage);
    PageChecks.perPage(perPage);
    PageChecks.total(total);
  }

  /**
   * A page of {@code data} computing {@code lastPage}, {@code from} and {@code to}.
   *
   * @throws io.ilana.error.InvalidPaginationException when page or per page is below 1, or total is
   *     negative
   */
  public static <T> Page<T> of(List<? extends T> data, long total, int perPage, int currentPage) {
    PageChecks.page(currentPage);
    PageChecks.perPage(perPage);
    PageChecks.total(total);
    PageChecks.fits(data, perPage, perPage + " per page");
    return new Page<>(
        Items.of(data),
        total,
        perPage,
        currentPage,
        lastPage(total, perPage),
        PageChecks.from(currentPage, perPage, data.size()),
        PageChecks.to(currentPage, perPage, data.size()));
  }

  /** Whether a page after this one has rows. */
  public boolean hasMorePages() {
    return currentPage < lastPage;
  }

  /** Whether this page has no rows. */
  @JsonIgnore
  public boolean isEmpty() {
    return data.isEmpty();
  }

  /** The same page with each row transformed, say into a DTO; the numbers are kept. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(data.map(mapper), total, perPage, currentPage, lastPage, from, to);
  }

  private static int lastPage(long total, int perPage) {
    long pages = total / perPage + (total % perPage == 0 ? 0 : 1);
    return (int) Math.max(1, Math.min(pages, Integer.MAX_VALUE));
  }
}
