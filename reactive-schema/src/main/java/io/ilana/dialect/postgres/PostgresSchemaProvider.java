package io.ilana.dialect.postgres;

import io.ilana.dialect.Dialect;
import io.ilana.migration.MigrationLock;
import io.ilana.migration.MigrationLockProvider;
import io.ilana.schema.Schema;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.schema.grammar.SchemaGrammarProvider;
import java.time.Duration;

/**
 * Registers {@link PostgresSchemaGrammar} for {@link PostgresDialect}, and {@link
 * PostgresAdvisoryLock} as its migration lock.
 */
public final class PostgresSchemaProvider implements SchemaGrammarProvider, MigrationLockProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return PostgresDialect.class;
  }

  @Override
  public SchemaGrammar grammar(Dialect dialect) {
    return new PostgresSchemaGrammar(dialect);
  }

  @Override
  public MigrationLock lock(Schema schema, String table, Duration timeout) {
    return new PostgresAdvisoryLock(schema.connection(), table, timeout);
  }
}
