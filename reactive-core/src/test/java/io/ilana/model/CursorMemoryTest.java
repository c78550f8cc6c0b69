package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.ChildJvm;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 100,000-row {@code cursor()} stream in a child JVM limited to a 64 MB heap: it must finish with
 * every row and a peak heap under 64 MB.
 */
class CursorMemoryTest {
  private static final Pattern RESULT = Pattern.compile("rows=(\\d+) peakHeapMb=(\\d+)");

  @DialectTest
  void aHundredThousandRowCursorStreamFitsInA64MbHeap(TestDatabase database) throws Exception {
    String output = ChildJvm.run(CursorMemoryMain.class, database, 64);
    Matcher result = RESULT.matcher(output);
    assertThat(result.find()).as(output).isTrue();
    assertThat(Long.parseLong(result.group(1))).isEqualTo(100_000L);
    assertThat(Long.parseLong(result.group(2))).isLessThan(64L);
  }
}
