package io.ilana.testkit;

import java.util.Objects;

/**
 * One database a test runs against, as plain connection facts, so that the testkit needs nothing
 * from the library it tests.
 *
 * @param dialect {@code h2}, {@code postgres} or {@code mariadb}
 * @param host the server host, or {@code null} for embedded H2
 * @param port the server port, or -1 for embedded H2
 * @param user the user name, or {@code null}
 * @param password the password, or {@code null}
 * @param database the database name (for H2 {@code mem:name}, kept alive while the JVM runs)
 * @param source where it was found: env, local, testcontainers or embedded
 */
public record TestDatabase(
    String dialect,
    String host,
    int port,
    String user,
    String password,
    String database,
    String source) {

  public TestDatabase {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(source, "source");
  }

  /** Whether this is the embedded H2 database. */
  public boolean isEmbedded() {
    return host == null;
  }

  /** An R2DBC URL for this database, without the password. */
  public String url() {
    if (isEmbedded()) {
      return "r2dbc:h2:mem:///" + database.substring("mem:".length()) + "?DB_CLOSE_DELAY=-1";
    }
    String driver = "postgres".equals(dialect) ? "postgresql" : "mysql";
    String userInfo = user == null ? "" : user + "@";
    return "r2dbc:" + driver + "://" + userInfo + host + ":" + port + "/" + database;
  }

  /** The dialect name, which JUnit prints as the invocation's display name. */
  @Override
  public String toString() {
    return dialect;
  }
}
