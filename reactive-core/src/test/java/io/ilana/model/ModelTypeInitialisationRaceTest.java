package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A thread that looks up a model type while another thread is still running the model class's
 * initialiser waits for it, and gets the finished declaration (not the type registered at the start
 * of the initialiser with its table not yet set).
 */
class ModelTypeInitialisationRaceTest {
  static final CountDownLatch REGISTERED = new CountDownLatch(1);
  static final CountDownLatch FINISH = new CountDownLatch(1);

  static final class Slow extends Model<Slow> {
    static final ModelType<Slow> TYPE = declare();

    private static ModelType<Slow> declare() {
      ModelType<Slow> type = ModelType.of(Slow.class, Slow::new);
      REGISTERED.countDown();
      try {
        FINISH.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return type.table("m_race_slow").fillable("name");
    }
  }

  @Test
  void aLookupDuringTheInitialiserWaitsForTheWholeDeclaration() throws Exception {
    CompletableFuture<Object> initialiser =
        CompletableFuture.supplyAsync(() -> Slow.TYPE); // runs Slow's initialiser
    assertThat(REGISTERED.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<ModelType<Slow>> lookup =
        CompletableFuture.supplyAsync(() -> ModelTypes.of(Slow.class));
    boolean finishedEarly =
        lookup.completeOnTimeout(null, 300, TimeUnit.MILLISECONDS).join() != null;
    FINISH.countDown();
    ModelType<Slow> type = CompletableFuture.supplyAsync(() -> ModelTypes.of(Slow.class)).join();
    initialiser.get(10, TimeUnit.SECONDS);

    assertThat(finishedEarly).as("the lookup returned before the declaration finished").isFalse();
    assertThat(type.table()).isEqualTo("m_race_slow");
  }
}
