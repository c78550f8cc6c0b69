package io.ilana.maven;

import java.util.List;

/** Creates a model ({@code ilana make:model}; {@code -Dilana.name=Post -Dilana.args=-a}). */
public final class MakeModelMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:model", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
