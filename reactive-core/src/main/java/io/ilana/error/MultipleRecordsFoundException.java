package io.ilana.error;

/** A query expected exactly one row ({@code sole()}) and found more. */
public class MultipleRecordsFoundException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final long count;

  /** The query found {@code count} rows (at least this many: it stops looking at two). */
  public MultipleRecordsFoundException(long count) {
    super(count + " records were found.");
    this.count = count;
  }

  /** How many rows were found. */
  public long count() {
    return count;
  }
}
