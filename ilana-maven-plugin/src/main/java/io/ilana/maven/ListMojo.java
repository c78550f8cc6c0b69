package io.ilana.maven;

import java.util.List;

/** Lists the migrations that ran ({@code ilana migrate:list}). */
public final class ListMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("migrate:list");
  }
}
