package io.ilana.maven;

import java.util.List;

/** Creates an observer ({@code ilana make:observer}; {@code -Dilana.name=UserObserver}). */
public final class MakeObserverMojo extends IlanaMojo {
  /** The name of what to create ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("make:observer", name);
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
