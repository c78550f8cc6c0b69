package io.ilana.pagination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ilana.collection.Items;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a keyset ("cursor") pagination: stable under concurrent inserts and as fast on page
 * 10,000 as on page 1. The cursors are opaque tokens from {@link CursorCodec}; a client passes one
 * back unchanged to get the next or previous page.
 *
 * @param data the rows of this page
 * @param perPage the page size
 * @param nextCursor the token for the following page, or null when there is none
 * @param previousCursor the token for the preceding page, or null on the first page
 * @param hasMore whether rows follow this page in the direction it was read
 * @param <T> the row type
 */
public record CursorPage<T>(
    Items<T> data, int perPage, String nextCursor, String previousCursor, boolean hasMore) {

  /** Checks the page size and that the page holds no more rows than it. */
  public CursorPage {
    Objects.requireNonNull(data, "data");
    PageChecks.perPage(perPage);
    PageChecks.fits(data.all(), perPage, perPage + " per page");
  }

  /** Whether this page has no rows. */
  @JsonIgnore
  public boolean isEmpty() {
    return data.isEmpty();
  }

  /** The same page with each row transformed; the cursors are kept. */
  public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
    return new CursorPage<>(data.map(mapper), perPage, nextCursor, previousCursor, hasMore);
  }
}
