package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inside a transaction a result is read ahead in bounded memory, whatever its subscriber does. */
class TransactionReadAheadMemoryTest {
  private static final Pattern RESULT =
      Pattern.compile("fast=(\\d+) slowError=(\\w+) acquired=(\\d+) peakHeapMb=(\\d+)");

  @DialectTest
  void aMillionRowsInsideATransactionStreamOrFailClearlyWithin128Mb(TestDatabase database)
      throws Exception {
    String output = ChildJvm.run(TransactionReadAheadMemoryMain.class, database, 128);
    System.out.println("[" + database.dialect() + "] " + output.strip());
    Matcher result = RESULT.matcher(output);
    assertThat(result.find()).as(output).isTrue();
    assertThat(Long.parseLong(result.group(1))).isEqualTo(1_000_000L);
    assertThat(result.group(2)).isEqualTo("TransactionException");
    assertThat(result.group(3)).isEqualTo("0");
    assertThat(Long.parseLong(result.group(4))).isLessThan(128L);
  }
}
