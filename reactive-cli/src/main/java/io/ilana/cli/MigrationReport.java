package io.ilana.cli;

import io.ilana.migration.MigrationResult;

/** Prints what a migrate or rollback did, one line per migration. */
public final class MigrationReport {
  private MigrationReport() {}

  /**
   * Prints the result.
   *
   * @param verb {@code Migrated} or {@code Rolled back}
   * @param nothing the line printed when nothing happened
   */
  public static void print(
      CliContext context, MigrationResult result, String verb, String nothing) {
    if (result.isEmpty()) {
      context.out().println(nothing);
      return;
    }
    for (String name : result.migrations()) {
      context.out().println(context.style("@|green " + verb + ":|@ " + name));
    }
    context
        .out()
        .println(
            verb
                + " "
                + result.migrations().size()
                + (result.migrations().size() == 1 ? " migration" : " migrations")
                + " (batch "
                + result.batch()
                + ").");
  }
}
