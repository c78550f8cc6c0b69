package io.ilana.schema;

import io.ilana.db.DatabaseManager;
import io.ilana.testkit.TestDatabase;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's manager on this module's test database and the tables it creates afresh, closed after
 * each test. Register with {@code @RegisterExtension final ScratchTables scratch = new
 * ScratchTables();}.
 */
public final class ScratchTables implements AfterEachCallback {
  private DatabaseManager manager;

  /** The manager for the database, opened on first use in a test. */
  public DatabaseManager open(TestDatabase database) {
    if (manager == null) {
      manager = TestConnections.open(database);
    }
    return manager;
  }

  /** Creates the table afresh (dropping one a previous run left) and returns the manager. */
  public DatabaseManager create(TestDatabase database, String table, Consumer<Blueprint> columns) {
    Schema schema = Schema.on(open(database).connection());
    schema.dropTableIfExists(table).block();
    schema.createTable(table, columns).block();
    return manager;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (manager != null) {
      manager.close().block();
      manager = null;
    }
  }
}
