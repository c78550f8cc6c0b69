package io.ilana.seed;

/**
 * Counts the work a {@link Seeder#progress} block has done, so that the runner can show how far it
 * got. Safe to call from any thread.
 */
public interface ProgressTracker {

  /** Records that {@code done} more items are finished. */
  void advance(long done);

  /** How many items are finished so far. */
  long done();

  /** How many items the block said it would do. */
  long total();
}
