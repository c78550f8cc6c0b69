package io.ilana.db;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.testkit.TestDatabase;

/** Opens a {@link DatabaseManager} on a testkit database. */
public final class TestManagers {
  private TestManagers() {}

  /** The connection settings for a testkit database, named after its dialect. */
  public static ConnectionConfig.Builder connectionFor(TestDatabase database) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(database.dialect(), database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database());
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return builder;
  }

  /** A manager whose default connection is the database, with a pool of up to {@code max}. */
  public static DatabaseManager open(TestDatabase database, int max) {
    return DatabaseManager.create(
        IlanaConfig.builder()
            .connection(
                connectionFor(database).pool(PoolConfig.defaults().withSize(0, max)).build())
            .build());
  }

  /** A manager whose default connection is the database. */
  public static DatabaseManager open(TestDatabase database) {
    return open(database, 10);
  }
}
