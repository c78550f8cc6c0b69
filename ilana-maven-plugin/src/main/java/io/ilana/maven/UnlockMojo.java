package io.ilana.maven;

import java.util.List;

/** Clears a stuck migration lock ({@code ilana migrate:unlock}). */
public final class UnlockMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:unlock");
  }
}
