package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.migration.MigrationLock;
import io.ilana.migration.MigrationLockProvider;
import io.ilana.schema.Schema;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.schema.grammar.SchemaGrammarProvider;
import java.time.Duration;

/**
 * Registers {@link MySqlSchemaGrammar} for {@link MySqlDialect}, and {@link MySqlNamedLock} as its
 * migration lock.
 */
public final class MySqlSchemaProvider implements SchemaGrammarProvider, MigrationLockProvider {

  @Override
  public Class<? extends Dialect> dialect() {
    return MySqlDialect.class;
  }

  @Override
  public SchemaGrammar grammar(Dialect dialect) {
    return new MySqlSchemaGrammar(dialect);
  }

  @Override
  public MigrationLock lock(Schema schema, String table, Duration timeout) {
    return new MySqlNamedLock(schema.connection(), table, timeout);
  }
}
