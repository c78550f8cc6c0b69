package io.ilana.sql;

/**
 * A library object that can be mistaken for a value but must never be bound as one (a query
 * builder: a subquery goes through the builder's subquery methods). {@link Values} refuses it.
 */
public interface Unbindable {

  /** What the object is, for the message that refuses it: {@code a query builder}. */
  String describeAsValue();
}
