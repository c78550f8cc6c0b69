package io.ilana.maven;

import java.util.List;

/** Rolls back every migration and runs them again ({@code ilana migrate:refresh}). */
public final class RefreshMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:refresh");
  }
}
