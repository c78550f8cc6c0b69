package io.ilana.dialect.postgres;

import io.ilana.config.ConnectionConfig;
import io.ilana.dialect.BindMarkers;
import io.ilana.dialect.ColumnReader;
import io.ilana.dialect.ConnectionOptions;
import io.ilana.dialect.ForeignKeyChecks;
import io.ilana.dialect.IdentifierLimit;
import io.ilana.dialect.RawSqlLexer;
import io.ilana.dialect.RawSqlLexer.Syntax;
import io.ilana.dialect.SessionZone;
import io.ilana.dialect.StandardDialect;
import io.ilana.dialect.TransactionStatements;
import io.ilana.sql.JsonText;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.IsolationLevel;
import java.util.List;
import java.util.UUID;

/** PostgreSQL: {@code $n} markers, transactional DDL, json/jsonb read as text, sessions in UTC. */
public class PostgresDialect extends StandardDialect {
  private static final BindMarkers MARKERS = BindMarkers.dollar();
  private static final RawSqlLexer LEXER =
      RawSqlLexer.with(
          Syntax.ESCAPE_STRINGS,
          Syntax.DOLLAR_QUOTES,
          Syntax.TAGGED_DOLLAR_QUOTES_AND_NESTING,
          Syntax.DOLLAR_MARKERS);
  private static final ColumnReader JSON_AS_TEXT = (row, index) -> row.get(index, String.class);

  @Override
  public String name() {
    return "postgres";
  }

  /** {@code pg} is the Node.js client's name; {@code postgresql} the R2DBC driver's. */
  @Override
  public List<String> clientNames() {
    return List.of("postgres", "postgresql", "pg");
  }

  @Override
  public int defaultPort() {
    return 5432;
  }

  @Override
  public String driver() {
    return "postgresql";
  }

  /**
   * The session time zone is UTC whatever the JVM's or the database's default: r2dbc-postgresql
   * would otherwise send the JVM's zone at startup, and PostgreSQL converts an {@code Instant}
   * bound into a {@code timestamp} (without time zone) column through the session zone, so the same
   * instant would be stored as a different wall-clock time by every JVM zone.
   */
  @Override
  public ConnectionFactoryOptions connectionOptions(ConnectionConfig config) {
    ConnectionFactoryOptions.Builder options = ConnectionOptions.standard(this, config);
    ConnectionOptions.pin(options, config, "timeZone", "UTC", SessionZone.REASON);
    return options.build();
  }

  @Override
  public String bindMarker(int position) {
    return MARKERS.at(position);
  }

  @Override
  public int maxBindParameters() {
    return 65_535;
  }

  @Override
  public boolean supportsTransactionalDdl() {
    return true;
  }

  /**
   * Foreign keys are checked by system triggers, which {@code session_replication_role = replica}
   * skips (this needs a superuser, or a role granted the setting). {@code SET LOCAL} keeps the
   * change to the transaction, so a commit or rollback undoes it whatever else happens.
   */
  @Override
  public ForeignKeyChecks foreignKeyChecks() {
    return FOREIGN_KEY_CHECKS;
  }

  private static final ForeignKeyChecks FOREIGN_KEY_CHECKS =
      ForeignKeyChecks.of(
          "SET LOCAL session_replication_role = replica",
          "SET LOCAL session_replication_role = DEFAULT",
          ForeignKeyChecks.Scope.TRANSACTION);

  /** PostgreSQL's own spelling of BEGIN; a failed statement aborts the transaction. */
  @Override
  public TransactionStatements transactionStatements() {
    return TRANSACTIONS;
  }

  private static final TransactionStatements TRANSACTIONS =
      new TransactionStatements() {
        @Override
        public List<String> begin(IsolationLevel isolation) {
          return List.of(
              isolation == null ? "BEGIN" : "BEGIN ISOLATION LEVEL " + isolation.asSql());
        }

        @Override
        public boolean failureAbortsTransaction() {
          return true;
        }
      };

  @Override
  public String sessionIdQuery() {
    return "select pg_backend_pid()";
  }

  @Override
  public String cancelStatementSql(long sessionId) {
    return "select pg_cancel_backend(" + sessionId + ")";
  }

  /** 57014 is query_canceled. */
  @Override
  public boolean isStatementCancelled(String sqlState, int errorCode) {
    return "57014".equals(sqlState);
  }

  /**
   * Text is bound with no declared type, so the server infers it from where the marker stands, as
   * libpq, PDO (and so Eloquent) and pgjdbc's {@code stringtype=unspecified} do: a string written
   * into or compared with a {@code json}, {@code jsonb}, {@code uuid}, {@code timestamp}, {@code
   * inet} or enum column is taken as that type instead of failing with "column is of type uuid but
   * expression is of type character varying". A string array (an {@code IN} list) is sent as an
   * array literal of the same kind. Where nothing gives the type (an argument of {@code concat} or
   * {@code jsonb_build_object}), write {@code $1::text}.
   */
  @Override
  public Object toDriverValue(Object value) {
    if (value instanceof String || value instanceof JsonText || value instanceof String[]) {
      return PostgresValues.inferred(value);
    }
    if (value instanceof UUID uuid) {
      // As text whose type the server infers: a UUID fits a uuid column and a varchar one alike.
      return PostgresValues.inferred(uuid.toString());
    }
    return value;
  }

  /** The driver hands json/jsonb out as its own Json wrapper; callers want the text. */
  @Override
  public ColumnReader columnReader(ColumnMetadata column) {
    String type = column.getType().getName();
    if ("json".equalsIgnoreCase(type) || "jsonb".equalsIgnoreCase(type)) {
      return JSON_AS_TEXT;
    }
    return ColumnReader.AS_IS;
  }

  @Override
  public RawSqlLexer rawSqlLexer() {
    return LEXER;
  }

  /** PostgreSQL keeps 63 bytes of a name (NAMEDATALEN - 1) and silently cuts the rest. */
  @Override
  public IdentifierLimit identifierLimit() {
    return IdentifierLimit.bytes(63);
  }
}
