package io.ilana.maven;

import java.util.List;

/** Shows every migration and whether it ran ({@code ilana migrate:status}). */
public final class StatusMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:status");
  }
}
