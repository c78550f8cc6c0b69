package io.ilana.maven;

import java.util.List;

/** Shows the tables with row counts and sizes ({@code ilana db:show}). */
public final class DbShowMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("db:show");
  }
}
