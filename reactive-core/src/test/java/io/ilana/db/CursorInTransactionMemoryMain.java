package io.ilana.db;

import io.ilana.sql.Sql;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Run in a child JVM with a 64 MB heap by {@link CursorInTransactionMemoryTest}: streams 200,000
 * rows with {@code cursor()} inside a transaction, once with a fast subscriber and once with a slow
 * one, and prints the rows each saw (or the error that stopped it), the most heap seen and how many
 * connections are still acquired. Arguments as for {@link ChildJvm#run}.
 */
public final class CursorInTransactionMemoryMain {
  static final int ROWS = 200_000;

  private CursorInTransactionMemoryMain() {}

  public static void main(String[] args) {
    DatabaseManager manager = ChildJvm.manager(args);
    DatabaseConnection connection = manager.connection();
    String rows = CancellationSafetyIntegrationTest.rows(ChildJvm.database(args), ROWS);
    long[] peak = {0};
    try {
      long fast =
          connection
              .transactionMany(trx -> connection.cursor(Sql.of(rows), 500))
              .index()
              .doOnNext(row -> sample(row.getT1(), 5_000, peak))
              .count()
              .block();
      String slow =
          connection
              .transactionMany(trx -> connection.cursor(Sql.of(rows), 500))
              .index()
              .take(20_000)
              .limitRate(1)
              .concatMap(
                  row -> {
                    sample(row.getT1(), 500, peak);
                    return row.getT1() % 100 == 0
                        ? Mono.delay(Duration.ofMillis(1)).thenReturn(row)
                        : Mono.just(row);
                  },
                  1)
              .count()
              .map(String::valueOf)
              .onErrorResume(error -> Mono.just(error.getClass().getSimpleName()))
              .block();
      ChildJvm.awaitReleased(connection);
      System.out.println(
          "fast="
              + fast
              + " slow="
              + slow
              + " acquired="
              + connection.poolStats().acquired()
              + " peakHeapMb="
              + peak[0] / (1024 * 1024));
    } finally {
      manager.close().block();
    }
  }

  private static void sample(long index, int every, long[] peak) {
    if (index % every == 0) {
      peak[0] =
          Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
  }
}
