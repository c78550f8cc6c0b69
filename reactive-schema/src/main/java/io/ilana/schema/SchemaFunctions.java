package io.ilana.schema;

/** SQL functions usable as column defaults, reached as {@code schema.fn().now()}. */
public final class SchemaFunctions {
  static final SchemaFunctions INSTANCE = new SchemaFunctions();
  private static final SqlExpression NOW = new SqlExpression("CURRENT_TIMESTAMP");

  private SchemaFunctions() {}

  /** The current timestamp, spelled so that every supported database accepts it. */
  public SqlExpression now() {
    return NOW;
  }
}
