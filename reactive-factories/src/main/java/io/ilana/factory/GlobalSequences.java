package io.ilana.factory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Process-wide counters by name, for values unique across factories (emails, slugs). */
final class GlobalSequences {
  private static final ConcurrentMap<String, AtomicLong> COUNTERS = new ConcurrentHashMap<>();

  private GlobalSequences() {}

  static long next(String name) {
    return COUNTERS.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
  }

  static void reset(String name) {
    COUNTERS.remove(name);
  }
}
