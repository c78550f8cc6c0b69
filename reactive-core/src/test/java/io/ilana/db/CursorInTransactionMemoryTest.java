package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cursor()} inside a transaction streams 200,000 rows in a 64 MB heap on every database: a
 * fast subscriber sees them all; a slow one sees what it asked for (or the read-ahead error, never
 * an out-of-memory); no connection stays acquired.
 */
class CursorInTransactionMemoryTest {
  private static final Pattern RESULT =
      Pattern.compile("fast=(\\d+) slow=(\\w+) acquired=(\\d+) peakHeapMb=(\\d+)");

  @DialectTest
  void aCursorInsideATransactionStreamsInBoundedMemory(TestDatabase database) throws Exception {
    String output = ChildJvm.run(CursorInTransactionMemoryMain.class, database, 64);
    System.out.println("[" + database.dialect() + "] " + output.strip());
    Matcher result = RESULT.matcher(output);
    assertThat(result.find()).as(output).isTrue();
    assertThat(Long.parseLong(result.group(1))).isEqualTo(200_000L);
    assertThat(result.group(2)).isIn("20000", "TransactionException");
    assertThat(result.group(3)).isEqualTo("0");
    assertThat(Long.parseLong(result.group(4))).isLessThan(64L);
  }
}
