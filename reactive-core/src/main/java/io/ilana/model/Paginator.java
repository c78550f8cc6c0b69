package io.ilana.model;

import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import io.ilana.pagination.Cursor;
import io.ilana.pagination.CursorCodec;
import io.ilana.pagination.CursorPage;
import io.ilana.pagination.Page;
import io.ilana.pagination.SimplePage;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Pages of models. Offset pages count the rows with the same scoped query they read (so
 * soft-deleted rows are left out of totals as well as data); cursor pages read by keyset on an
 * ordering column with the key as tie-breaker, so each page costs the same however deep it is.
 */
final class Paginator<T extends Model<T>> {
  private final ModelQuery<T> query;

  Paginator(ModelQuery<T> query) {
    this.query = query;
  }

  Mono<Page<T>> paginate(int page, int perPage) {
    checkPage(page, perPage);
    // Before the count, which would otherwise run ahead of the check in hydrate.
    query.requireEagerPlan();
    QueryBuilder base = query.toBase();
    return base.reorder()
        .count()
        .flatMap(
            total ->
                hydrate(base.forPage(page, perPage))
                    .map(rows -> Page.of(rows, total, perPage, page)));
  }

  Mono<SimplePage<T>> simplePaginate(int page, int perPage) {
    checkPage(page, perPage);
    long skipped = (long) (page - 1) * perPage;
    QueryBuilder rows =
        query.toBase().offset((int) Math.min(skipped, Integer.MAX_VALUE)).limit(perPage + 1);
    return hydrate(rows).map(list -> SimplePage.of(list, perPage, page));
  }

  Mono<CursorPage<T>> cursorPaginate(
      int perPage, String token, String column, String direction, CursorCodec codec) {
    checkPage(1, perPage);
    boolean descending = direction.toLowerCase(Locale.ROOT).equals("desc");
    String key = query.type().keyName();
    String scope = scope(column, descending, key);
    Cursor cursor = decode(token, codec, scope, column, key);
    boolean backwards = cursor != null && !cursor.isNext();
    // Reading backwards means reading the reverse order from the position, then flipping the page.
    boolean readDescending = descending != backwards;
    String dir = readDescending ? "desc" : "asc";
    QueryBuilder base = query.toBase().reorder(column, dir);
    if (!column.equals(key)) {
      base = base.orderBy(key, dir);
    }
    if (cursor != null) {
      base = after(base.groupWheres(), cursor, column, key, readDescending ? "<" : ">");
    }
    return hydrate(base.limit(perPage + 1))
        .map(
            rows -> {
              boolean hasMore = rows.size() > perPage;
              List<T> page = new ArrayList<>(hasMore ? rows.subList(0, perPage) : rows);
              if (backwards) {
                Collections.reverse(page);
              }
              String next = null;
              String previous = null;
              if (!page.isEmpty()) {
                T first = page.get(0);
                T last = page.get(page.size() - 1);
                if (backwards || hasMore) {
                  next = codec.encode(Cursor.next(position(last, column, key)), scope);
                }
                if (backwards ? hasMore : cursor != null) {
                  previous = codec.encode(Cursor.previous(position(first, column, key)), scope);
                }
              }
              return new CursorPage<>(
                  io.ilana.collection.Items.of(page), perPage, next, previous, hasMore);
            });
  }

  private static QueryBuilder after(
      QueryBuilder query, Cursor cursor, String column, String key, String operator) {
    Object value = cursor.value(column);
    if (column.equals(key)) {
      return query.where(column, operator, value);
    }
    Object keyValue = cursor.value(key);
    return query.where(
        group ->
            group
                .where(column, operator, value)
                .orWhere(tie -> tie.where(column, value).where(key, operator, keyValue)));
  }

  private static Map<String, Object> position(Model<?> model, String column, String key) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(column, model.attributes().get(column));
    if (!column.equals(key)) {
      values.put(key, model.attributes().get(key));
    }
    return values;
  }

  /**
   * What a token is valid for: the table and the whole {@code ORDER BY} it was issued for. A token
   * signed for another ordering (or another model) would otherwise reach the keyset condition with
   * columns this query does not order by.
   */
  private String scope(String column, boolean descending, String key) {
    String dir = descending ? "desc" : "asc";
    String order = column.equals(key) ? column + " " + dir : column + " " + dir + ", " + key;
    return "cursor-page:" + query.type().table() + ":" + order;
  }

  /** The position a token stands for; null (the first page) for a null or blank token. */
  private static Cursor decode(
      String token, CursorCodec codec, String scope, String column, String key) {
    Cursor cursor = codec.decode(token, scope).orElse(null);
    List<String> expected = column.equals(key) ? List.of(column) : List.of(column, key);
    if (cursor != null && !cursor.columns().equals(expected)) {
      // Only a token made by hand with the codec and this scope gets here; it is no better.
      throw new InvalidCursorException();
    }
    return cursor;
  }

  private Mono<List<T>> hydrate(QueryBuilder rows) {
    return EagerLoader.all(query.type(), query.hydrate(rows.get()), query.eagerPlan())
        .collectList();
  }

  private static void checkPage(int page, int perPage) {
    if (page < 1) {
      throw new InvalidPaginationException("The page must be at least 1, got " + page + ".");
    }
    if (perPage < 1) {
      throw new InvalidPaginationException("Per page must be at least 1, got " + perPage + ".");
    }
  }
}
