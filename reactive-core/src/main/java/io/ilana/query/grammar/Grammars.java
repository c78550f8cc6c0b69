package io.ilana.query.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;

/** Finds the grammar of a dialect: the one place that picks a grammar by database. */
public final class Grammars {
  private Grammars() {}

  /** The grammar that writes SQL for the dialect. */
  public static Grammar forDialect(Dialect dialect) {
    return switch (dialect.name()) {
      case "postgres" -> new PostgresGrammar(dialect);
      case "mysql" -> new MySqlGrammar(dialect);
      case "mariadb" -> new MariaDbGrammar(dialect);
      case "h2" -> new H2Grammar(dialect);
      default -> throw new UnsupportedFeatureException(dialect.name(), "The query builder");
    };
  }
}
