package io.ilana.maven;

import java.util.List;

/** Creates a seeder ({@code ilana make:seeder}; {@code -Dilana.name=UserSeeder}). */
public final class MakeSeederMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:seeder", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
