package io.ilana.db;

/**
 * The Reactor Context key under which one {@link DatabaseConnection}'s transaction is kept. Each
 * connection has its own key, so transactions on two connections (or two managers) never mix.
 */
final class TransactionKey {
  private final String connectionName;

  TransactionKey(String connectionName) {
    this.connectionName = connectionName;
  }

  @Override
  public String toString() {
    return "ilana.transaction[" + connectionName + "]";
  }
}
