package io.ilana.examples.plugin;

import io.ilana.dialect.h2.H2Dialect;
import java.util.List;

/**
 * A dialect added from outside the library: H2, under its own client name. It inherits everything
 * from {@link H2Dialect}, and so H2's schema grammar and migration lock too; it registers a query
 * grammar of its own ({@link TaggedGrammarProvider}).
 */
public class TaggedH2Dialect extends H2Dialect {

  @Override
  public String name() {
    return "h2-tagged";
  }

  @Override
  public List<String> clientNames() {
    return List.of("h2-tagged", "tagged");
  }
}
