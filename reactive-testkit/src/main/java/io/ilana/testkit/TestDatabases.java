package io.ilana.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, once per JVM, which databases tests run against: embedded H2 always; PostgreSQL and
 * MariaDB from an environment URL, else the local server on 127.0.0.1, else a Testcontainers server
 * when Docker is there. A server found nowhere is skipped with a loud reason, except under {@code
 * CI=true}, where it is an error: CI never passes with a dialect left out.
 */
public final class TestDatabases {
  private static final AtomicInteger H2_COUNTER = new AtomicInteger();
  private static final Map<ServerSpec, Resolution> SERVERS = new EnumMap<>(ServerSpec.class);

  private TestDatabases() {}

  /** A fresh, private in-memory H2 database (alive until the JVM exits). */
  public static TestDatabase h2() {
    String name = "mem:ilana_test_" + H2_COUNTER.incrementAndGet();
    return new TestDatabase("h2", null, -1, "sa", null, name, "embedded");
  }

  /** The PostgreSQL server to test against; fails under CI when there is none. */
  public static TestDatabase postgres() {
    return resolve(ServerSpec.POSTGRES).require();
  }

  /** The MariaDB server to test against; fails under CI when there is none. */
  public static TestDatabase mariadb() {
    return resolve(ServerSpec.MARIADB).require();
  }

  /**
   * Every database to run a dialect-parameterized test on, in the order H2, PostgreSQL, MariaDB.
   * Under CI a missing server throws; elsewhere it is left out with a warning on stderr.
   */
  public static List<TestDatabase> all() {
    List<TestDatabase> databases = new ArrayList<>();
    databases.add(h2());
    for (ServerSpec spec : ServerSpec.values()) {
      Resolution resolution = resolve(spec);
      if (resolution.database.isPresent()) {
        databases.add(resolution.database.get());
      } else if (isCi()) {
        throw new IllegalStateException(resolution.reason);
      } else {
        System.err.println("[ilana-testkit] SKIPPING " + spec.dialect + ": " + resolution.reason);
      }
    }
    return databases;
  }

  /**
   * The database servers (PostgreSQL, MariaDB) for tests of what only a server can do: a killed
   * session, a restart. Missing servers are handled as in {@link #all()}.
   */
  public static List<TestDatabase> servers() {
    return all().stream().filter(database -> !database.isEmbedded()).toList();
  }

  /** Whether this run is CI ({@code CI=true}), where no dialect may be skipped. */
  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static synchronized Resolution resolve(ServerSpec spec) {
    return SERVERS.computeIfAbsent(spec, TestDatabases::find);
  }

  private static Resolution find(ServerSpec spec) {
    Optional<TestDatabase> found = spec.fromEnvironment().or(spec::local);
    if (found.isEmpty() && Containers.onClasspath()) {
      found = Containers.start(spec);
    }
    String reason =
        spec.dialect
            + " is not reachable: "
            + spec.envVariable
            + " is not set, nothing listens on "
            + spec.localAddress()
            + ", and Docker is not available for Testcontainers"
            + (isCi()
                ? " (CI=true: a dialect may not be skipped; start the server with .ci/run)"
                : "");
    return new Resolution(found, reason);
  }

  private record Resolution(Optional<TestDatabase> database, String reason) {
    TestDatabase require() {
      if (database.isPresent()) {
        return database.get();
      }
      throw new IllegalStateException(reason);
    }
  }
}
