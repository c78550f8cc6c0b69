package io.ilana.maven;

import java.util.List;

/** Rolls back every migration ({@code ilana migrate:reset}). */
public final class ResetMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:reset");
  }
}
