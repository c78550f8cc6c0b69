package io.ilana.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test that runs once per database from {@link TestDatabases#all()}; the method takes a {@link
 * TestDatabase} as its first parameter.
 *
 * <pre>{@code
 * @DialectTest
 * void insertsRows(TestDatabase database) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(DialectArgumentsProvider.class)
public @interface DialectTest {}
