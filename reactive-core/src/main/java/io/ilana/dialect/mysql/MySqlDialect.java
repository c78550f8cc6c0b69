package io.ilana.dialect.mysql;

import io.ilana.config.ConnectionConfig;
import io.ilana.dialect.ConnectionOptions;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.ForeignKeyChecks;
import io.ilana.dialect.IdentifierLimit;
import io.ilana.dialect.RawSqlLexer;
import io.ilana.dialect.RawSqlLexer.Syntax;
import io.ilana.dialect.SessionZone;
import io.ilana.dialect.TransactionStatements;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.IsolationLevel;
import java.util.List;
import java.util.UUID;

/**
 * MySQL: backtick identifiers, {@code ?} markers, no transactional DDL, and errors told apart by
 * vendor code because MySQL reports one SQLSTATE (23000) for every integrity violation.
 */
public class MySqlDialect implements Dialect {
  private static final RawSqlLexer LEXER =
      RawSqlLexer.with(Syntax.BACKSLASH_STRINGS, Syntax.BACKTICK_IDENTIFIERS, Syntax.HASH_COMMENTS);

  @Override
  public String name() {
    return "mysql";
  }

  @Override
  public String quoteIdentifier(String identifier) {
    identifierLimit().require(identifier, name());
    return '`' + identifier.replace("`", "``") + '`';
  }

  /** {@code mysql2} is the Node.js client's name. */
  @Override
  public List<String> clientNames() {
    return List.of("mysql", "mysql2");
  }

  @Override
  public int defaultPort() {
    return 3306;
  }

  @Override
  public String driver() {
    return "mysql";
  }

  /**
   * The connection's zone is UTC and is forced onto the session: r2dbc-mysql otherwise converts an
   * {@code Instant} to a wall-clock time in the JVM's zone, and the server converts {@code
   * TIMESTAMP} values through the session's {@code time_zone} (the server's default), so two JVMs
   * or two servers in different zones would disagree about the same row. An offset is used rather
   * than a zone name because servers without time-zone tables know no names.
   */
  @Override
  public ConnectionFactoryOptions connectionOptions(ConnectionConfig config) {
    ConnectionFactoryOptions.Builder options = ConnectionOptions.standard(this, config);
    ConnectionOptions.pin(options, config, "connectionTimeZone", "+00:00", SessionZone.REASON);
    ConnectionOptions.pin(
        options, config, "forceConnectionTimeZoneToSession", true, SessionZone.REASON);
    ConnectionOptions.pin(options, config, "preserveInstants", true, SessionZone.REASON);
    return options.build();
  }

  @Override
  public String bindMarker(int position) {
    return "?";
  }

  @Override
  public int maxBindParameters() {
    return 65_535;
  }

  @Override
  public boolean supportsTransactionalDdl() {
    return false;
  }

  /**
   * {@code foreign_key_checks} is a session variable that a commit or rollback leaves as it is, so
   * it must be set back before the connection is pooled again.
   */
  @Override
  public ForeignKeyChecks foreignKeyChecks() {
    return FOREIGN_KEY_CHECKS;
  }

  private static final ForeignKeyChecks FOREIGN_KEY_CHECKS =
      ForeignKeyChecks.of(
          "SET FOREIGN_KEY_CHECKS = 0",
          "SET FOREIGN_KEY_CHECKS = 1",
          ForeignKeyChecks.Scope.SESSION);

  /**
   * MySQL's START TRANSACTION takes no isolation level: {@code SET TRANSACTION} without {@code
   * SESSION} sets it for the next transaction only, so nothing leaks to the pool. DDL commits the
   * open transaction on its own; autocommit stays on for the session, so the statements after it
   * commit one by one.
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
              ? List.of("START TRANSACTION")
              : List.of(
                  "SET TRANSACTION ISOLATION LEVEL " + isolation.asSql(), "START TRANSACTION");
        }
      };

  @Override
  public String sessionIdQuery() {
    return "select connection_id()";
  }

  @Override
  public String cancelStatementSql(long sessionId) {
    return "KILL QUERY " + sessionId;
  }

  /** 1317 is ER_QUERY_INTERRUPTED (SQLSTATE 70100). */
  @Override
  public boolean isStatementCancelled(String sqlState, int errorCode) {
    return errorCode == 1317 || "70100".equals(sqlState);
  }

  /**
   * r2dbc-mysql cannot encode {@link UUID}; MySQL's {@code CHAR(36)} and MariaDB's native {@code
   * UUID} columns both take the text. JSON documents are text too.
   */
  @Override
  public Object toDriverValue(Object value) {
    return value instanceof UUID ? value.toString() : Dialect.super.toDriverValue(value);
  }

  /** By vendor error number, see {@link MySqlErrorCodes}. */
  @Override
  public QueryException translate(QueryFailure failure, Throwable driverError, Throwable cause) {
    return MySqlErrorCodes.translate(failure, driverError, cause);
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public RawSqlLexer rawSqlLexer() {
    return LEXER;
  }

  /** MySQL and MariaDB allow 64 characters in a name. */
  @Override
  public IdentifierLimit identifierLimit() {
    return IdentifierLimit.characters(64);
  }
}
