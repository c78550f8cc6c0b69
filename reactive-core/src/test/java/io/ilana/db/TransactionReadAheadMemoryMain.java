package io.ilana.db;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Run in a child JVM with a small heap by {@link TransactionReadAheadMemoryTest}: reads 1,000,000
 * rows inside a transaction, once with a fast subscriber (which must complete) and once with a slow
 * one (which must fail with the read-ahead error, not run out of memory), and prints the row count,
 * the error, the most heap seen and how many connections are still acquired. Arguments as for
 * {@link ChildJvm#run}.
 */
public final class TransactionReadAheadMemoryMain {
  static final int ROWS = 1_000_000;

  private TransactionReadAheadMemoryMain() {}

  public static void main(String[] args) {
    DatabaseManager manager = ChildJvm.manager(args);
    DatabaseConnection connection = manager.connection();
    String rows = CancellationSafetyIntegrationTest.rows(ChildJvm.database(args), ROWS);
    long[] peak = {0};
    try {
      long fast =
          connection
              .transactionMany(trx -> connection.select(rows))
              .index()
              .doOnNext(
                  row -> {
                    if (row.getT1() % 10_000 == 0) {
                      peak[0] = Math.max(peak[0], usedHeap());
                    }
                  })
              .count()
              .block();
      String slowError =
          connection
              .transactionMany(trx -> connection.select(rows))
              .index()
              .limitRate(1)
              .concatMap(
                  row -> {
                    if (row.getT1() % 1_000 == 0) {
                      peak[0] = Math.max(peak[0], usedHeap());
                    }
                    return Mono.delay(Duration.ofMillis(1)).thenReturn(row);
                  },
                  1)
              .then(Mono.just("none"))
              .onErrorResume(error -> Mono.just(error.getClass().getSimpleName()))
              .block();
      ChildJvm.awaitReleased(connection);
      System.out.println(
          "fast="
              + fast
              + " slowError="
              + slowError
              + " acquired="
              + connection.poolStats().acquired()
              + " peakHeapMb="
              + peak[0] / (1024 * 1024));
    } finally {
      manager.close().block();
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
