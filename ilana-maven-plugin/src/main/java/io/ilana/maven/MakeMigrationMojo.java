package io.ilana.maven;

import java.util.List;

/** Creates a migration ({@code ilana make:migration}; {@code -Dilana.name=create_posts_table}). */
public final class MakeMigrationMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:migration", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
