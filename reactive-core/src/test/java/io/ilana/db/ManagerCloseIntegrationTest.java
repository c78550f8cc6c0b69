package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Hooks;

/**
 * Closing a manager right after its last statement: a Mono's value reaches the caller before the
 * connection is back in the pool, so close must let that release finish instead of disposing the
 * pool under it (which reactor-pool reports as a dropped "Too many permits returned" error).
 */
class ManagerCloseIntegrationTest {
  private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

  @AfterEach
  void resetHooks() {
    Hooks.resetOnErrorDropped();
  }

  @DialectTest
  void closingRightAfterAStatementLetsItsConnectionComeBackFirst(TestDatabase database) {
    Hooks.onErrorDropped(dropped::add);
    for (int round = 0; round < 40; round++) {
      DatabaseManager manager = TestManagers.open(database);
      assertThat(manager.connection().select("select 1 as one").next().block()).isNotNull();
      manager.close().block();
    }
    assertThat(dropped).isEmpty();
  }
}
