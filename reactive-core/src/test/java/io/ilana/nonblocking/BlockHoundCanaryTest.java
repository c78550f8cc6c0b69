package io.ilana.nonblocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * BlockHound is installed in every test JVM (by the testkit): a blocking call on a Reactor thread
 * fails, so a test that exercises a path which blocks fails too. If this canary passes, the guard
 * is on.
 */
class BlockHoundCanaryTest {

  @Test
  void parkingAParallelSchedulerThreadIsRefused() {
    Mono<Long> blocking =
        Mono.delay(Duration.ofMillis(1)).doOnNext(tick -> LockSupport.parkNanos(1_000_000L));

    StepVerifier.create(blocking)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(BlockingOperationError.class)
                    .hasMessage("Blocking call! jdk.internal.misc.Unsafe#park"))
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void blockingInsideANonBlockingSchedulerIsRefused() {
    Mono<String> nested =
        Mono.fromCallable(() -> Mono.just("x").delayElement(Duration.ofMillis(1)).block())
            .subscribeOn(Schedulers.parallel());

    StepVerifier.create(nested).expectError().verify(Duration.ofSeconds(10));
  }
}
