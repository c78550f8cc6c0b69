package io.ilana.maven;

import java.util.List;

/** Creates a factory ({@code ilana make:factory}; {@code -Dilana.name=UserFactory}). */
public final class MakeFactoryMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:factory", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
