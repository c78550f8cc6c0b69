package io.ilana.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test of a rule only some databases have, run once per named database from {@link
 * TestDatabases#all()} — never skipped on the others, simply not run there. When none of the named
 * databases is available the test fails (a parameterized test needs one invocation), so a missing
 * server is not mistaken for a pass.
 *
 * <pre>{@code
 * @DialectsTest({"mysql", "mariadb"})
 * void backslashEscapes(TestDatabase database) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(SelectedDialectsProvider.class)
public @interface DialectsTest {
  /** The dialect names the test runs on: postgres, mysql, mariadb, h2. */
  String[] value();
}
