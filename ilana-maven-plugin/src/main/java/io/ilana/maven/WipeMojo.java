package io.ilana.maven;

import java.util.List;

/** Drops every table ({@code ilana db:wipe}). */
public final class WipeMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("db:wipe");
  }
}
