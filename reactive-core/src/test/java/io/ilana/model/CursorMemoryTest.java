package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 100,000-row {@code cursor()} stream in a child JVM limited to a 64 MB heap: it must finish with
 * every row and a peak heap under 64 MB. H2 runs from a file there, so its rows are not in the
 * child's heap.
 */
class CursorMemoryTest {
  private static final Pattern RESULT = Pattern.compile("rows=(\\d+) peakHeapMb=(\\d+)");

  @DialectTest
  void aHundredThousandRowCursorStreamFitsInA64MbHeap(TestDatabase database) throws Exception {
    Path h2 = Files.createTempDirectory("ilana-cursor");
    String name = database.isEmbedded() ? h2.resolve("rows").toString() : database.database();
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CursorMemoryMain.class.getName(),
                    database.dialect(),
                    orDash(database.host()),
                    String.valueOf(database.port()),
                    orDash(database.user()),
                    orDash(database.password()),
                    name))
            .redirectErrorStream(true)
            .start();
    String output;
    try (var in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    Matcher result = RESULT.matcher(output);
    assertThat(result.find()).as(output).isTrue();
    assertThat(Long.parseLong(result.group(1))).isEqualTo(100_000L);
    assertThat(Long.parseLong(result.group(2))).isLessThan(64L);
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
