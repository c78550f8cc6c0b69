package io.ilana.maven;

import java.util.List;

/**
 * Shows a model, its relations and its table's columns ({@code ilana model:show}; {@code
 * -Dilana.name=Post}).
 */
public final class ModelShowMojo extends IlanaMojo {
  /** The model's class ({@code -Dilana.name=...}). */
  String name;

  @Override
  List<String> command() {
    return List.of("model:show", name);
  }
}
