package io.ilana.factory;

/**
 * How far a bulk factory got: after each batch, the rows written so far out of the total.
 *
 * @param written rows written so far
 * @param total rows asked for
 * @param batch the batch just written, from 1
 */
public record BulkProgress(long written, long total, long batch) {
  /** The share written, 0 to 100. */
  public double percent() {
    return total == 0 ? 100.0 : 100.0 * written / total;
  }
}
