package io.ilana.maven;

import java.util.List;

/** Prints the schema as a Mermaid ER diagram ({@code ilana db:diagram}). */
public final class DbDiagramMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("db:diagram");
  }
}
