package io.ilana.query.parts;

/** The row lock a select takes. */
public enum Lock {
  /** No lock. */
  NONE,
  /** An exclusive lock: {@code for update}. */
  UPDATE,
  /** A shared lock: {@code for share} or the dialect's equivalent. */
  SHARED
}
