package io.ilana.values;

import io.ilana.db.DatabaseManager;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.TestDatabase;

/**
 * A connection to a test database whose server-side default time zone is not UTC: on PostgreSQL a
 * database of its own with {@code ALTER DATABASE ... SET timezone}; on MariaDB the server's global
 * {@code time_zone}, put back on close; H2's only default zone is the JVM's.
 */
final class ZonedServer implements AutoCloseable {
  private static final String DATABASE = "ilana_zone_test";

  private final DatabaseManager manager;
  private final DatabaseManager admin;
  private final String previousGlobalZone;

  private ZonedServer(DatabaseManager manager, DatabaseManager admin, String previousGlobalZone) {
    this.manager = manager;
    this.admin = admin;
    this.previousGlobalZone = previousGlobalZone;
  }

  static ZonedServer open(TestDatabase database, String zoneName, String zoneOffset) {
    switch (database.dialect()) {
      case "postgres" -> {
        DatabaseManager admin = TestConnections.open(database, DATABASE);
        admin
            .statement("ALTER DATABASE " + DATABASE + " SET timezone TO '" + zoneName + "'")
            .block();
        admin.close().block();
        return new ZonedServer(TestConnections.open(database, DATABASE), null, null);
      }
      case "mysql", "mariadb" -> {
        DatabaseManager admin = TestConnections.open(database, DATABASE);
        String previous =
            String.valueOf(
                admin.select("select @@global.time_zone as zone").blockFirst().get("zone"));
        admin.statement("SET GLOBAL time_zone = '" + zoneOffset + "'").block();
        return new ZonedServer(TestConnections.open(database, DATABASE), admin, previous);
      }
      default -> {
        return new ZonedServer(TestConnections.open(database), null, null);
      }
    }
  }

  DatabaseManager manager() {
    return manager;
  }

  @Override
  public void close() {
    manager.close().block();
    if (admin != null) {
      admin.statement("SET GLOBAL time_zone = '" + previousGlobalZone + "'").block();
      admin.close().block();
    }
  }
}
