package io.ilana.testkit;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The last resort: a throwaway server in a container, when Docker is there. Containers live until
 * the JVM exits (Testcontainers' reaper removes them).
 */
final class Containers {
  private static final String PASSWORD = "ilana";

  private Containers() {}

  static boolean onClasspath() {
    try {
      Class.forName("org.testcontainers.DockerClientFactory");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static Optional<TestDatabase> start(ServerSpec spec) {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return Optional.empty();
    }
    GenericContainer<?> container = new GenericContainer<>(spec.image).withExposedPorts(spec.port);
    if (spec == ServerSpec.POSTGRES) {
      container
          .withEnv("POSTGRES_PASSWORD", PASSWORD)
          .withEnv("POSTGRES_DB", ServerSpec.DATABASE)
          .waitingFor(Wait.forLogMessage(".*ready to accept connections.*\\n", 2));
    } else {
      container
          .withEnv("MARIADB_ROOT_PASSWORD", PASSWORD)
          .withEnv("MARIADB_DATABASE", ServerSpec.DATABASE)
          .waitingFor(Wait.forLogMessage(".*ready for connections.*\\n", 2));
    }
    container.start();
    return Optional.of(
        new TestDatabase(
            spec.dialect,
            container.getHost(),
            container.getMappedPort(spec.port),
            spec.user,
            PASSWORD,
            ServerSpec.DATABASE,
            "testcontainers"));
  }
}
