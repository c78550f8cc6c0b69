package io.ilana.dialect;

import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.TransactionDefinition;

/** A transaction definition that only sets the isolation level. */
record IsolationDefinition(IsolationLevel isolation) implements TransactionDefinition {

  /** Levels reach here from {@code TransactionOptions}, which admits only the standard four. */
  static IsolationDefinition of(IsolationLevel isolation) {
    return new IsolationDefinition(isolation);
  }

  @Override
  public <T> T getAttribute(Option<T> option) {
    return ISOLATION_LEVEL.equals(option) ? option.cast(isolation) : null;
  }
}
