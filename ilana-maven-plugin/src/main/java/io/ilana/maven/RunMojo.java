package io.ilana.maven;

import java.util.List;

/**
 * Runs any {@code ilana} command: the launcher's arguments ({@code ILANA_ARGS}, one per line), or
 * {@code -Dilana.args="migrate:rollback --step=2"}. The project is compiled first.
 */
public final class RunMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return launcherArgs();
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
