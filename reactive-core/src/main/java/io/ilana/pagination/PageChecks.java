package io.ilana.pagination;

import io.ilana.error.InvalidPaginationException;
import java.util.List;
import java.util.Objects;

/** The argument checks all page types share, with the messages tests assert word for word. */
final class PageChecks {

  private PageChecks() {}

  static void page(int currentPage) {
    if (currentPage < 1) {
      throw new InvalidPaginationException("Page must be at least 1, got " + currentPage + ".");
    }
  }

  static void perPage(int perPage) {
    if (perPage < 1) {
      throw new InvalidPaginationException("Per page must be at least 1, got " + perPage + ".");
    }
  }

  static void total(long total) {
    if (total < 0) {
      throw new InvalidPaginationException("Total must not be negative, got " + total + ".");
    }
  }

  static void fits(List<?> data, int limit, String what) {
    Objects.requireNonNull(data, "data");
    if (data.size() > limit) {
      throw new InvalidPaginationException(
          "A page of " + what + " holds at most " + limit + " rows, got " + data.size() + ".");
    }
  }

  /** One-based position of a page's first row; long because page * perPage can pass 2^31. */
  static Long from(int currentPage, int perPage, int size) {
    return size == 0 ? null : (long) (currentPage - 1) * perPage + 1;
  }

  static Long to(int currentPage, int perPage, int size) {
    return size == 0 ? null : (long) (currentPage - 1) * perPage + size;
  }
}
