package io.ilana.collection;

import java.util.Objects;

/**
 * The two halves of {@link Items#partition}: the elements that matched the predicate and the rest,
 * each in their original order.
 *
 * @param matching the elements the predicate accepted
 * @param rest the elements the predicate rejected
 * @param <T> the element type
 */
public record Partition<T>(Items<T> matching, Items<T> rest) {

  /** Both halves are required; an empty half is an empty {@link Items}. */
  public Partition {
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(rest, "rest");
  }
}
