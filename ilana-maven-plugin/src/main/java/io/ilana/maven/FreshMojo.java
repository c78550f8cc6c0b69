package io.ilana.maven;

import java.util.List;

/** Drops every table and migrates ({@code ilana migrate:fresh}; {@code -Dilana.args=--seed}). */
public final class FreshMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:fresh");
  }
}
