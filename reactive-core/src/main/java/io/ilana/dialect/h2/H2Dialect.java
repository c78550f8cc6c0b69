package io.ilana.dialect.h2;

import static io.r2dbc.spi.ConnectionFactoryOptions.DATABASE;
import static io.r2dbc.spi.ConnectionFactoryOptions.PROTOCOL;

import io.ilana.config.ConnectionConfig;
import io.ilana.dialect.BindMarkers;
import io.ilana.dialect.ConnectionOptions;
import io.ilana.dialect.ForeignKeyChecks;
import io.ilana.dialect.IdentifierLimit;
import io.ilana.dialect.RawSqlLexer;
import io.ilana.dialect.RawSqlLexer.Syntax;
import io.ilana.dialect.StandardDialect;
import io.ilana.dialect.TransactionStatements;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.sql.JsonText;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.IsolationLevel;
import java.util.List;
import java.util.Locale;

/** Embedded H2: {@code $n} markers, PostgreSQL-like lower-case identifiers, DDL that commits. */
public class H2Dialect extends StandardDialect {
  private static final BindMarkers MARKERS = BindMarkers.dollar();

  /** A text binding's marker: cast to VARCHAR (see {@link #bindMarker(int, Object)}). */
  private static final BindMarkers TEXT_MARKERS =
      new BindMarkers(position -> "CAST($" + position + " AS VARCHAR)");

  private static final String MEMORY_PREFIX = "mem:";
  private static final RawSqlLexer LEXER =
      RawSqlLexer.with(Syntax.DOLLAR_QUOTES, Syntax.DOLLAR_MARKERS, Syntax.SLASH_COMMENTS);
  private static final IsolationLevel DEFAULT_ISOLATION = IsolationLevel.READ_COMMITTED;
  private static final String AUTOCOMMIT_OFF = "SET AUTOCOMMIT FALSE";
  private static final String AUTOCOMMIT_ON = "SET AUTOCOMMIT TRUE";
  private static final List<String> SETTINGS =
      List.of(
          "DATABASE_TO_LOWER=TRUE",
          "LAZY_QUERY_EXECUTION=1",
          "AUTO_COMPACT_FILL_RATE=0",
          "TIME ZONE=UTC");

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public String driver() {
    return "h2";
  }

  @Override
  public boolean embedded() {
    return true;
  }

  @Override
  public String bindMarker(int position) {
    return MARKERS.at(position);
  }

  @Override
  public int maxBindParameters() {
    return 100_000;
  }

  /**
   * H2 reports its own error codes as SQLSTATE; those with a standard meaning get the SQLSTATE
   * PostgreSQL gives the same failure: 90057 (CONSTRAINT_NOT_FOUND_1, a foreign key whose
   * referenced columns are no key) is 42830, DEADLOCK_1 (40001, H2's only use of it) is the
   * deadlock 40P01, LOCK_TIMEOUT_1 (50200, SQLSTATE HYT00) is 55P03, and CONCURRENT_UPDATE_1
   * (90131, another transaction changed the row since this one read it) is the serialization
   * failure 40001.
   */
  @Override
  public QueryException translate(QueryFailure failure, Throwable driverError, Throwable cause) {
    String state = standardState(failure);
    QueryFailure standard = state == null ? failure : failure.withSqlState(state);
    return super.translate(standard, driverError, cause);
  }

  private static String standardState(QueryFailure failure) {
    if ("90057".equals(failure.sqlState())) {
      return "42830";
    }
    return switch (failure.errorCode()) {
      case 40001 -> "40P01";
      case 50200 -> "55P03";
      case 90131 -> "40001";
      default -> null;
    };
  }

  /** H2 commits the open transaction at every DDL statement, so a rollback cannot undo DDL. */
  @Override
  public boolean supportsTransactionalDdl() {
    return false;
  }

  /**
   * H2 has no per-session switch: {@code SET REFERENTIAL_INTEGRITY} holds for the whole database
   * (every session) until it is set back, needs admin rights, commits the open transaction, and is
   * not undone by a rollback.
   */
  @Override
  public ForeignKeyChecks foreignKeyChecks() {
    return FOREIGN_KEY_CHECKS;
  }

  private static final ForeignKeyChecks FOREIGN_KEY_CHECKS =
      ForeignKeyChecks.of(
          "SET REFERENTIAL_INTEGRITY FALSE",
          "SET REFERENTIAL_INTEGRITY TRUE",
          ForeignKeyChecks.Scope.DATABASE);

  /**
   * {@code mem:name} is an in-memory database kept while the pool lives; anything else is a file
   * path. H2 takes its settings inside the database part of the URL, so they are appended there.
   */
  @Override
  public ConnectionFactoryOptions connectionOptions(ConnectionConfig config) {
    ConnectionFactoryOptions.Builder options = ConnectionOptions.standard(this, config);
    String database;
    if (config.url() != null) {
      database = String.valueOf(ConnectionFactoryOptions.parse(config.url()).getValue(DATABASE));
    } else if (config.database().startsWith(MEMORY_PREFIX)) {
      options.option(PROTOCOL, "mem");
      database = config.database().substring(MEMORY_PREFIX.length()) + ";DB_CLOSE_DELAY=-1";
    } else {
      options.option(PROTOCOL, "file");
      database = filePath(config.database());
    }
    return options.option(DATABASE, withSettings(database)).build();
  }

  /**
   * Unquoted identifiers fold to lower case as on PostgreSQL, so raw SQL and generated SQL agree on
   * column names; lazy execution streams large results instead of loading them whole. Background
   * compaction is off: while a lazy result is being read, H2's housekeeping can rewrite and drop
   * the file chunks it still points at ("Chunk N not found", h2database#4142), which broke a
   * 200,000-row stream here; files are still compacted when the database closes. The session time
   * zone is UTC (H2 takes the JVM's otherwise, and converts an {@code Instant} bound into a {@code
   * TIMESTAMP} column through it): see {@link SessionZone}.
   */
  private static String withSettings(String database) {
    StringBuilder out = new StringBuilder(database);
    for (String setting : SETTINGS) {
      String key = setting.substring(0, setting.indexOf('=') + 1);
      if (!database.toUpperCase(Locale.ROOT).contains(";" + key)) {
        out.append(';').append(setting);
      }
    }
    return out.toString();
  }

  /**
   * H2 refuses paths that are implicitly relative, so a bare {@code data/app} becomes {@code
   * ./data/app}.
   */
  private static String filePath(String path) {
    boolean explicit = path.startsWith("/") || path.startsWith("./") || path.startsWith("~");
    return explicit ? path : "./" + path;
  }

  /**
   * H2's isolation level is a session setting, so it is set for the transaction and put back to the
   * default afterwards. The transaction is begun by turning autocommit off, as r2dbc-h2's own
   * {@code beginTransaction} does, rather than with {@code BEGIN}: H2 commits the open transaction
   * at every DDL statement, and after a {@code BEGIN} it would then return to autocommit, so the
   * statements after the DDL could no longer be rolled back. Autocommit is turned back on once the
   * transaction ended.
   */
  @Override
  public TransactionStatements transactionStatements() {
    return TRANSACTIONS;
  }

  private static final TransactionStatements TRANSACTIONS =
      new TransactionStatements() {
        @Override
        public List<String> begin(IsolationLevel isolation) {
          return isolation == null
              ? List.of(AUTOCOMMIT_OFF)
              : List.of(sessionIsolation(isolation), AUTOCOMMIT_OFF);
        }

        @Override
        public List<String> afterTransaction(IsolationLevel isolation) {
          return isolation == null
              ? List.of(AUTOCOMMIT_ON)
              : List.of(AUTOCOMMIT_ON, sessionIsolation(DEFAULT_ISOLATION));
        }
      };

  private static String sessionIsolation(IsolationLevel isolation) {
    return "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + isolation.asSql();
  }

  /** H2's longest VARCHAR, in characters. */
  private static final int MAX_VARCHAR = 1_000_000;

  /**
   * A JSON document is marked {@code FORMAT JSON}: H2 stores a bound text in a JSON column as a
   * JSON string (the document's text in quotes) unless told the text is JSON. Text is cast to
   * {@code VARCHAR}: r2dbc-h2 binds every string as a CLOB, which H2 will not convert to a number,
   * a UUID or a date; as a VARCHAR it converts to the column's type as a literal would. Text longer
   * than a VARCHAR holds stays a CLOB.
   */
  @Override
  public String bindMarker(int position, Object value) {
    String marker = bindMarker(position);
    if (value instanceof JsonText) {
      return marker + " FORMAT JSON";
    }
    if (value instanceof String text && text.length() <= MAX_VARCHAR) {
      return TEXT_MARKERS.at(position);
    }
    return marker;
  }

  /** H2 cannot bind a null without a type; VARCHAR converts to any column type. */
  @Override
  public Class<?> untypedNullType() {
    return String.class;
  }

  @Override
  public RawSqlLexer rawSqlLexer() {
    return LEXER;
  }

  /** H2 2.x allows 256 characters in a name (MAX_IDENTIFIER_LENGTH). */
  @Override
  public IdentifierLimit identifierLimit() {
    return IdentifierLimit.characters(256);
  }
}
