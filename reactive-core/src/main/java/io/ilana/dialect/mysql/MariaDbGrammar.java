package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;

/**
 * MariaDB: MySQL's grammar, except the shared lock, which MariaDB spells {@code lock in share mode}
 * (it has no {@code for share}).
 */
public class MariaDbGrammar extends MySqlGrammar {

  /** A grammar for the given MariaDB dialect. */
  public MariaDbGrammar(Dialect dialect) {
    super(dialect);
  }

  @Override
  protected String sharedLock() {
    return " lock in share mode";
  }
}
