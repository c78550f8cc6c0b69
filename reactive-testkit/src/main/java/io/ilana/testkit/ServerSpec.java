package io.ilana.testkit;

import java.net.URI;
import java.util.Optional;

/**
 * How to find one kind of server: an environment variable holding a URL, the local default, and a
 * container image for the Testcontainers fallback.
 */
enum ServerSpec {
  POSTGRES("postgres", "ILANA_TEST_PG_URL", 5432, "postgres", "postgres:15-alpine"),
  MARIADB("mariadb", "ILANA_TEST_MYSQL_URL", 3306, "root", "mariadb:10.11");

  static final String LOCAL_HOST = "127.0.0.1";
  static final String DATABASE = "ilana_test";

  final String dialect;
  final String envVariable;
  final int port;
  final String user;
  final String image;

  ServerSpec(String dialect, String envVariable, int port, String user, String image) {
    this.dialect = dialect;
    this.envVariable = envVariable;
    this.port = port;
    this.user = user;
    this.image = image;
  }

  /** The database named by the environment variable, e.g. {@code r2dbc:postgresql://u:p@h:1/db}. */
  Optional<TestDatabase> fromEnvironment() {
    String value = System.getenv(envVariable);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    int authority = value.indexOf("//");
    URI uri;
    try {
      // URI cannot parse the "r2dbc:driver:" scheme prefix; what follows "//" is an authority.
      uri = authority < 0 ? null : URI.create("db:" + value.substring(authority));
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null) {
      // The value may hold a password: describe the expected shape, never echo it.
      throw new IllegalStateException(
          envVariable + " must look like r2dbc:driver://user:password@host:port/database.");
    }
    String user = null;
    String password = null;
    if (uri.getUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : null;
    }
    int actualPort = uri.getPort() > 0 ? uri.getPort() : port;
    String database =
        uri.getPath() == null || uri.getPath().length() <= 1
            ? DATABASE
            : uri.getPath().substring(1);
    return Optional.of(
        new TestDatabase(dialect, uri.getHost(), actualPort, user, password, database, "env"));
  }

  /** The server on 127.0.0.1 at its usual port, if one listens there. */
  Optional<TestDatabase> local() {
    if (!ServerProbe.listening(LOCAL_HOST, port)) {
      return Optional.empty();
    }
    TestDatabase database =
        new TestDatabase(dialect, LOCAL_HOST, port, user, null, DATABASE, "local");
    DatabaseCreator.ensureExists(database);
    return Optional.of(database);
  }

  String localAddress() {
    return LOCAL_HOST + ":" + port;
  }
}
