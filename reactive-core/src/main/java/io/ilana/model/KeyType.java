package io.ilana.model;

/** How a model's primary key gets its value. */
public enum KeyType {
  /** The database generates a number on insert; the model reads it back. */
  AUTO_INCREMENT,
  /**
   * The model generates a random {@link java.util.UUID} before inserting, unless one is set; each
   * dialect binds it natively (PostgreSQL, H2) or as its text (MySQL, MariaDB). Keys read back are
   * the driver's form (a {@code UUID}, or text on MySQL/MariaDB); either form finds the row.
   */
  UUID,
  /** The model generates a monotonic ULID (as a string) before inserting, unless one is set. */
  ULID,
  /** The application sets the key itself before saving. */
  STRING
}
