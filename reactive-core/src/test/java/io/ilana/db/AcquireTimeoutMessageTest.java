package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.postgres.PostgresDialect;
import io.ilana.error.ConnectionException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A timeout raised inside the pool reaches the caller as the acquire timeout, never as Reactor's
 * own text.
 */
class AcquireTimeoutMessageTest {
  private static final String REACTOR_TEXT =
      "Did not observe any item or terminal signal within 1000ms in 'retry' (and no fallback has"
          + " been configured)";

  private ConnectionPool pool;

  @AfterEach
  void close() {
    pool.dispose();
  }

  /** A driver whose every connection attempt ends in Reactor's timeout. */
  private static final class TimingOutFactory implements ConnectionFactory {
    @Override
    public Publisher<? extends Connection> create() {
      return Mono.error(new TimeoutException(REACTOR_TEXT));
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
      return () -> "timing-out";
    }
  }

  @Test
  void aTimeoutInsideThePoolSaysWhichConnectionHowManyAreInUseAndTheTimeout() {
    pool =
        new ConnectionPool(
            ConnectionPoolConfiguration.builder(new TimingOutFactory())
                .initialSize(0)
                .maxSize(4)
                .acquireRetry(1)
                .build());
    Leases leases =
        new Leases(
            "reports",
            new PostgresDialect(),
            pool,
            null,
            Duration.ofSeconds(1),
            (c, sql) -> Mono.empty());
    leases
        .lease()
        .acquire()
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage(
                        "Could not get a connection for [reports] within 1000 ms"
                            + " (acquireTimeout): the database did not answer while a connection"
                            + " was opened or checked (0 of 4 connections in use)."))
        .verify(Duration.ofSeconds(5));
  }
}
