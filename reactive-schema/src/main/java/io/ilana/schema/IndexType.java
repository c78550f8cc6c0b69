package io.ilana.schema;

/** The kinds of index a blueprint can create; not every database has every kind. */
public enum IndexType {
  /** The primary key. */
  PRIMARY,
  /** A unique constraint. */
  UNIQUE,
  /** A plain B-tree index. */
  INDEX,
  /** A MySQL/MariaDB FULLTEXT index. */
  FULLTEXT,
  /** A spatial index (MySQL SPATIAL, PostgreSQL GiST, H2 SPATIAL). */
  SPATIAL,
  /** A PostgreSQL GIN index, for jsonb, arrays and tsvector. */
  GIN;

  /** The suffix of a generated index name, as in {@code users_email_unique}. */
  String nameSuffix() {
    return this == INDEX ? "index" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
