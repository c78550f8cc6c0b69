package io.ilana.maven;

import java.util.List;

/** Sets up IlanaORM in the project ({@code ilana setup}). */
public final class SetupMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("setup");
  }

  @Override
  boolean takesConnection() {
    return false;
  }
}
