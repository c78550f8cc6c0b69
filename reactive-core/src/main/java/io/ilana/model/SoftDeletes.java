package io.ilana.model;

import io.ilana.query.QueryBuilder;

/**
 * Soft deletion as a global scope plus a delete hook: reads see only rows whose {@code deleted_at}
 * is null, and deleting sets it instead of removing the row.
 */
final class SoftDeletes {
  /** The name of the global scope, for {@code withoutGlobalScope}. */
  static final String SCOPE = "softDeletes";

  private final String table;
  private final String column;

  SoftDeletes(String table, String column) {
    this.table = table;
    this.column = column;
  }

  String column() {
    return column;
  }

  /** The deleted-at column qualified with the query's own table or alias. */
  private String qualifiedColumn(QueryBuilder query) {
    String qualifier = query.qualifier();
    return (qualifier == null ? table : qualifier) + "." + column;
  }

  QueryBuilder withoutTrashed(QueryBuilder query) {
    return query.whereNull(qualifiedColumn(query));
  }

  QueryBuilder onlyTrashed(QueryBuilder query) {
    return query.whereNotNull(qualifiedColumn(query));
  }
}
