package io.ilana.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class LocalMutexTest {

  private static <T> Mono<T> guarded(LocalMutex mutex, Mono<T> work) {
    return Mono.usingWhen(
        mutex.acquire(),
        release -> work,
        release -> Mono.fromRunnable(release),
        (release, error) -> Mono.fromRunnable(release),
        release -> Mono.fromRunnable(release));
  }

  @Test
  void onlyOneHolderRunsAtATime() {
    LocalMutex mutex = LocalMutex.of(new Object(), "t");
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Mono<Integer> work =
        Mono.fromSupplier(() -> most.accumulateAndGet(inside.incrementAndGet(), Math::max))
            .delayElement(Duration.ofMillis(20))
            .doOnNext(x -> inside.decrementAndGet());
    Flux.range(0, 20).flatMap(i -> guarded(mutex, work), 20).blockLast(Duration.ofSeconds(10));
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void aWaiterThatTimesOutDoesNotKeepTheMutex() {
    LocalMutex mutex = LocalMutex.of(new Object(), "t");
    Runnable first = mutex.acquire().block();
    StepVerifier.create(mutex.acquire().timeout(Duration.ofMillis(50)))
        .expectError(java.util.concurrent.TimeoutException.class)
        .verify();
    first.run();
    assertThat(mutex.acquire().block(Duration.ofSeconds(1))).isNotNull();
  }
}
