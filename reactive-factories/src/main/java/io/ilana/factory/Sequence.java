package io.ilana.factory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Attributes that change from one model to the next: a list of states taken in turn (cycling, or
 * once through and then exhausted), or a function of the model's index in the sequence.
 *
 * <p>The counter lives in the sequence, so every factory derived from the one that declared it
 * counts on (as a Laravel {@code Sequence} object does); {@link Factory#resetSequence(String)}
 * starts it again. A sequence is safe to share between threads.
 */
public final class Sequence {
  private final String name;
  private final List<Map<String, ?>> states;
  private final LongFunction<Map<String, ?>> byIndex;
  private final boolean cycles;
  private final AtomicLong next = new AtomicLong();

  private Sequence(
      String name,
      List<Map<String, ?>> states,
      LongFunction<Map<String, ?>> byIndex,
      boolean cycles) {
    this.name = name;
    this.states = states;
    this.byIndex = byIndex;
    this.cycles = cycles;
  }

  /** States taken in turn, starting again after the last. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, element by element, into a copy
  public static Sequence cycle(String name, Map<String, ?>... states) {
    return new Sequence(name, copy(states), null, true);
  }

  /** States taken once each; asking for more fails with {@link FactoryException}. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, element by element, into a copy
  public static Sequence once(String name, Map<String, ?>... states) {
    return new Sequence(name, copy(states), null, false);
  }

  // Copied element by element: handing the varargs array on would be flagged as heap pollution.
  private static List<Map<String, ?>> copy(Map<String, ?>[] states) {
    List<Map<String, ?>> copy = new ArrayList<>(states.length);
    for (Map<String, ?> state : states) {
      copy.add(Map.copyOf(state));
    }
    return List.copyOf(copy);
  }

  /** Attributes computed from the index, 0 for the first model, 1 for the next. */
  public static Sequence indexed(String name, LongFunction<Map<String, ?>> byIndex) {
    return new Sequence(name, List.of(), byIndex, true);
  }

  /** The name {@link Factory#resetSequence(String)} finds it by. */
  public String name() {
    return name;
  }

  /** How many values it gave since it was made or reset. */
  public long index() {
    return next.get();
  }

  /** Starts again from the first state (index 0). */
  public void reset() {
    next.set(0);
  }

  /** The next state; {@code null} when a {@link #once} sequence ran out. */
  Map<String, ?> next() {
    long index = next.getAndIncrement();
    if (byIndex != null) {
      return byIndex.apply(index);
    }
    if (states.isEmpty()) {
      return Map.of();
    }
    if (!cycles && index >= states.size()) {
      return null;
    }
    return states.get((int) (index % states.size()));
  }

  /** How many states a {@link #once} sequence has. */
  int size() {
    return states.size();
  }
}
