package io.ilana.maven;

import java.util.List;

/** Rolls back the last batch ({@code ilana migrate:rollback}; {@code -Dilana.args=--step=2}). */
public final class RollbackMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:rollback");
  }
}
