package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.ChildJvm;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 200,000-parent {@code cursor(500)} stream with {@code with("posts")} in a child JVM limited to
 * a 64 MB heap: every parent arrives with its own post and the peak heap stays under 64 MB, so
 * relations load per batch as the parents flow rather than after the whole stream was read.
 */
class EagerStreamMemoryTest {
  private static final Pattern RESULT =
      Pattern.compile("users=(\\d+) posts=(\\d+) peakHeapMb=(\\d+)");

  @DialectTest
  void twoHundredThousandParentsStreamWithTheirPostsInA64MbHeap(TestDatabase database)
      throws Exception {
    String output = ChildJvm.run(EagerStreamMemoryMain.class, database, 64);
    Matcher result = RESULT.matcher(output);
    assertThat(result.find()).as(output).isTrue();
    System.out.println(database + ": " + result.group()); // the measurement, in the test report
    assertThat(Long.parseLong(result.group(1))).isEqualTo(200_000L);
    assertThat(Long.parseLong(result.group(2))).isEqualTo(200_000L);
    assertThat(Long.parseLong(result.group(3))).isLessThan(64L);
  }
}
