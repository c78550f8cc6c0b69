package io.ilana.schema.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;

/** Finds the schema grammar of a dialect. */
public final class SchemaGrammars {
  private SchemaGrammars() {}

  /**
   * The grammar for {@code dialect}, by its name.
   *
   * @throws UnsupportedFeatureException for a dialect without a schema grammar
   */
  public static SchemaGrammar forDialect(Dialect dialect) {
    return switch (dialect.name()) {
      case "postgres" -> new PostgresSchemaGrammar(dialect);
      case "mysql" -> new MySqlSchemaGrammar(dialect);
      case "mariadb" -> new MariaDbSchemaGrammar(dialect);
      case "h2" -> new H2SchemaGrammar(dialect);
      default -> throw new UnsupportedFeatureException(dialect.name(), "schema building");
    };
  }
}
