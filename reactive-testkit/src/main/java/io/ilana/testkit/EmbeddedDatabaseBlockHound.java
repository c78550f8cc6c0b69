package io.ilana.testkit;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound lets block in the tests: only the embedded H2 engine, which r2dbc-h2 runs on the
 * subscribing thread by design (an in-process database has no socket to wait on, only its own locks
 * and files). Everything else, the library included, fails the test that blocks a Reactor or Netty
 * thread. Found by BlockHound through {@code META-INF/services}.
 */
public final class EmbeddedDatabaseBlockHound implements BlockHoundIntegration {
  private static final String H2_CLIENT = "io.r2dbc.h2.client.SessionClient";

  @Override
  public void applyTo(BlockHound.Builder builder) {
    for (String method :
        new String[] {
          "prepareCommand",
          "query",
          "update",
          "close",
          "lambda$close$0",
          "disableAutoCommit",
          "enableAutoCommit",
          "inTransaction",
          "getSession"
        }) {
      builder.allowBlockingCallsInside(H2_CLIENT, method);
    }
    // Opening an embedded session (the constructor runs inside the factory's callable).
    builder.allowBlockingCallsInside("io.r2dbc.h2.H2ConnectionFactory", "lambda$new$0");
    builder.allowBlockingCallsInside("io.r2dbc.h2.H2ConnectionFactory", "create");
    // Rows of an H2 result are read from the engine as they are emitted.
    builder.allowBlockingCallsInside("org.h2.result.LocalResult", "next");
    builder.allowBlockingCallsInside("org.h2.result.FetchedResult", "next");
  }
}
