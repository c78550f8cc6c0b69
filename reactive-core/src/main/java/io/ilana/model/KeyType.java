package io.ilana.model;

/** How a model's primary key gets its value. */
public enum KeyType {
  /** The database generates a number on insert; the model reads it back. */
  AUTO_INCREMENT,
  /** The model generates a random UUID (as a string) before inserting, unless one is set. */
  UUID,
  /** The model generates a monotonic ULID (as a string) before inserting, unless one is set. */
  ULID,
  /** The application sets the key itself before saving. */
  STRING
}
