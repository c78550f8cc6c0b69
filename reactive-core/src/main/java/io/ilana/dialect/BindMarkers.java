package io.ilana.dialect;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Numbered bind markers ({@code $1}, {@code $2} …), each made once: a 1,000-row insert asks for
 * thousands of them, and every statement of the same shape asks for the same ones again.
 *
 * <p>Markers up to {@value #CACHED} are kept (a 1,000-row insert of eight columns), filled in as
 * they are first asked for; higher ones are made each time.
 */
public final class BindMarkers {
  private static final int CACHED = 8_192;

  private final IntFunction<String> make;
  private final AtomicReferenceArray<String> made = new AtomicReferenceArray<>(CACHED + 1);

  /** Markers made by {@code make} from their position. */
  public BindMarkers(IntFunction<String> make) {
    this.make = make;
  }

  /** PostgreSQL's and H2's markers: {@code $} and the position. */
  public static BindMarkers dollar() {
    return new BindMarkers(position -> "$" + position);
  }

  /** The marker of {@code position} (from 1). */
  public String at(int position) {
    if (position < 1 || position > CACHED) {
      return make.apply(position);
    }
    String marker = made.get(position);
    if (marker == null) {
      // Two threads may both make it; either string is the same marker.
      marker = make.apply(position);
      made.set(position, marker);
    }
    return marker;
  }
}
