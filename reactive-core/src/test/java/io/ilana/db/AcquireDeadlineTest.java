package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.error.ConnectionException;
import io.ilana.testkit.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/**
 * The acquire timeout bounds the whole acquire, also when the pool has room and opening a
 * connection hangs: against a local socket that accepts and never answers, the error arrives within
 * the timeout (plus 200 ms), and says what happened.
 */
class AcquireDeadlineTest {
  private ServerSocket silent;
  private final List<Socket> accepted = new ArrayList<>();
  private Thread acceptor;
  private DatabaseManager manager;

  @BeforeEach
  void startASilentServer() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              try {
                while (!silent.isClosed()) {
                  Socket socket = silent.accept();
                  synchronized (accepted) {
                    accepted.add(socket);
                  }
                }
              } catch (IOException closed) {
                // the test ended
              }
            },
            "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (manager != null) {
      manager.close().block();
    }
    silent.close();
    synchronized (accepted) {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void anAcquireAgainstAServerThatNeverAnswersFailsWithinTheAcquireTimeout(String dialect) {
    TestDatabase never =
        new TestDatabase(
            dialect, "127.0.0.1", silent.getLocalPort(), "nobody", null, "none", "silent");
    manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(
                    TestManagers.connectionFor(never)
                        .pool(
                            PoolConfig.defaults()
                                .withSize(0, 10)
                                .withAcquireTimeout(Duration.ofMillis(1_000)))
                        .build())
                .build());
    long[] start = {0};
    manager
        .connection()
        .select("select 1")
        .then()
        .doOnSubscribe(subscription -> start[0] = System.nanoTime())
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage(
                        "Could not get a connection for ["
                            + dialect
                            + "] within 1000 ms (acquireTimeout): the database did not answer"
                            + " while a connection was opened or checked (0 of 10 connections in"
                            + " use)."))
        .verify(Duration.ofSeconds(10));
    long tookMillis = (System.nanoTime() - start[0]) / 1_000_000;
    assertThat(tookMillis).isLessThan(1_200L);
  }
}
