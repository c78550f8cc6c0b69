package io.ilana.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test that runs once per database server from {@link TestDatabases#servers()}, for behaviour
 * embedded H2 cannot show (sessions killed by the server, restarts).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(ServerArgumentsProvider.class)
public @interface ServerDialectTest {}
