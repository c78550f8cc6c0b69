package io.ilana.maven;

import java.util.List;

/**
 * Deletes the rows prunable models mark ({@code ilana model:prune}; {@code
 * -Dilana.args="--model=Log --pretend"}).
 */
public final class ModelPruneMojo extends IlanaMojo {
  @Override
  List<String> command() {
    return List.of("model:prune");
  }
}
