package io.ilana.maven;

import java.util.List;

/** Runs the database seeder ({@code ilana seed}; {@code -Dilana.args=--class=UserSeeder}). */
public final class SeedMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("seed");
  }
}
