package io.ilana.maven;

import java.util.List;

/** Runs the pending migrations ({@code ilana migrate}). */
public final class MigrateMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate");
  }
}
