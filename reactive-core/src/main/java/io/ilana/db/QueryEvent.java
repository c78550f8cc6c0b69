package io.ilana.db;

import java.time.Duration;
import java.util.List;

/**
 * One statement that ran, as reported to {@link QueryListener}s once it finished.
 *
 * @param connectionName the configured connection it ran on
 * @param sql the SQL text
 * @param bindings the bound values as printable text, secrets masked
 * @param duration from subscription (including waiting for a pooled connection) to the end
 * @param rows rows emitted for a query, or rows affected for a write
 * @param outcome how it ended
 * @param error the failure, or {@code null}
 */
public record QueryEvent(
    String connectionName,
    String sql,
    List<String> bindings,
    Duration duration,
    long rows,
    Outcome outcome,
    Throwable error) {

  public QueryEvent {
    bindings = List.copyOf(bindings);
  }

  /** How a statement ended. */
  public enum Outcome {
    /** It ran to the end. */
    COMPLETED,
    /** The database or driver reported an error. */
    FAILED,
    /** The subscriber cancelled before the end (take, timeout, dispose). */
    CANCELLED
  }
}
