package io.ilana.maven;

import java.util.List;

/** Creates a cast ({@code ilana make:cast}; {@code -Dilana.name=MoneyCast}). */
public final class MakeCastMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:cast", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
