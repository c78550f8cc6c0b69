package io.ilana.db;

/**
 * Hears about every statement a {@link DatabaseManager} runs. Listeners are called on the thread
 * that finished the statement, so they must be quick and must not block.
 */
@FunctionalInterface
public interface QueryListener {

  /** Called once per statement, after it finished. */
  void onQuery(QueryEvent event);
}
