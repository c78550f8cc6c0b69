/** Test support: which databases to test against, and dialect-parameterized JUnit 5 tests. */
package io.ilana.testkit;
