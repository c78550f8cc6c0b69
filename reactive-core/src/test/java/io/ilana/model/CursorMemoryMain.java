package io.ilana.model;

import io.ilana.db.ChildJvm;
import io.ilana.db.DatabaseManager;
import io.ilana.query.QueryBuilder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * Run in a child JVM with a small heap by {@link CursorMemoryTest}: writes 100,000 rows, streams
 * them back as models with {@code cursor()}, and prints the row count and the most heap in use (in
 * MB) seen while streaming. Arguments: dialect host port user password database (use {@code -} for
 * null).
 */
public final class CursorMemoryMain {
  static final String TABLE = "m_mem_rows";
  static final int ROWS = 100_000;

  static class Row extends Model<Row> {
    static final ModelType<Row> TYPE = ModelType.of(Row.class, Row::new).table(TABLE);
  }

  private CursorMemoryMain() {}

  public static void main(String[] args) {
    DatabaseManager manager = ChildJvm.manager(args);
    try {
      String id =
          "postgres".equals(args[0])
              ? "id bigserial primary key"
              : "id bigint auto_increment primary key";
      manager.connection().statement("drop table if exists " + TABLE).block();
      manager
          .connection()
          .statement("create table " + TABLE + " (" + id + ", n int, label varchar(60))")
          .block();
      QueryBuilder table = QueryBuilder.on(manager.connection()).from(TABLE);
      Flux.range(0, ROWS / 5_000)
          .concatMap(batch -> table.insert(batch(batch * 5_000)))
          .blockLast();
      System.gc();
      long[] peak = {0};
      long count =
          Row.TYPE
              .query(manager)
              .cursor(500)
              .index()
              .doOnNext(
                  row -> {
                    if (row.getT1() % 1_000 == 0) {
                      peak[0] = Math.max(peak[0], usedHeap());
                    }
                  })
              .filter(row -> row.getT2().getLong("n") >= 0)
              .count()
              .block();
      manager.connection().statement("drop table " + TABLE).block();
      System.out.println("rows=" + count + " peakHeapMb=" + peak[0] / (1024 * 1024));
    } finally {
      manager.close().block();
    }
  }

  private static List<Map<String, Object>> batch(int start) {
    List<Map<String, Object>> rows = new ArrayList<>(5_000);
    for (int n = start; n < start + 5_000; n++) {
      rows.add(Map.of("n", n, "label", "row number " + n + " with some padding text"));
    }
    return rows;
  }

  /** Heap in use now, sampled while the stream runs (the sum of per-pool peaks overstates). */
  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
