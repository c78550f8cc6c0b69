package io.ilana.dialect;

import io.ilana.config.ConnectionConfig;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.List;

/**
 * Everything that differs between databases below the grammar: identifier quoting, bind markers,
 * error translation, value reading, transaction-control SQL and feature flags. One implementation
 * per database; the rest of the library asks the dialect instead of testing which database it is.
 *
 * <p>A dialect is a plug-in: its package registers the implementation in {@code
 * META-INF/services/io.ilana.dialect.Dialect} (it needs a public no-argument constructor), and
 * {@link Dialects} finds it by the {@code client} a connection names. The query grammar, schema
 * grammar and migration lock of the same database are registered beside it, for its class (see
 * {@link DialectExtensions}).
 */
public interface Dialect {

  /** The dialect's name as used in configuration and messages. */
  String name();

  /**
   * Every value of a connection's {@code client} setting that means this dialect, compared without
   * case: its {@link #name()} and any aliases (the Node.js client names, the R2DBC driver's name),
   * so that a connection given only an R2DBC URL finds its dialect by the URL's driver.
   */
  default List<String> clientNames() {
    return List.of(name());
  }

  /** The server's usual TCP port, used when a connection gives a host but no port. */
  default int defaultPort() {
    return -1;
  }

  /**
   * Whether the database runs inside this process (a connection needs a database name but no host).
   */
  default boolean embedded() {
    return false;
  }

  /** The identifier in the dialect's quotes, with embedded quote characters doubled. */
  String quoteIdentifier(String identifier);

  /** The bind marker for the parameter at the given 1-based position ({@code $1} or {@code ?}). */
  String bindMarker(int position);

  /**
   * The bind marker for a value at the given position: the plain {@link #bindMarker(int)} unless
   * the value needs SQL around its marker to mean what it is (a {@link io.ilana.sql.JsonText} on H2
   * is {@code $n FORMAT JSON}). A {@link io.ilana.sql.Secret} is asked about what it wraps.
   */
  default String bindMarker(int position, Object value) {
    return bindMarker(position);
  }

  /** The most bind parameters one statement may carry on this database. */
  int maxBindParameters();

  /** Whether DDL statements take part in transactions (and so roll back with them). */
  boolean supportsTransactionalDdl();

  /** The R2DBC driver identifier, as in an {@code r2dbc:<driver>://} URL. */
  String driver();

  /**
   * The R2DBC options that connect to a configured connection.
   *
   * @throws io.ilana.error.ConfigException when the connection's URL is malformed
   */
  default ConnectionFactoryOptions connectionOptions(ConnectionConfig config) {
    return ConnectionOptions.standard(this, config).build();
  }

  /** The type a plain {@code null} binding is bound as, when the caller did not say. */
  default Class<?> untypedNullType() {
    return Object.class;
  }

  /**
   * The value to hand the driver for a Java value: the dialect's value codec, so that a value means
   * the same on every database (a {@link java.util.UUID} where there is no native uuid binding, a
   * {@link io.ilana.sql.JsonText} as the JSON type, text whose type the server infers).
   */
  default Object toDriverValue(Object value) {
    return value instanceof io.ilana.sql.JsonText json ? json.json() : value;
  }

  /**
   * Turns a driver failure into the matching {@link QueryException} subclass, the same one for the
   * same failure on every database, with the SQLSTATE filled in where the driver gave none.
   *
   * @param failure what the driver reported
   * @param driverError the driver's exception, whose type says what a bare "connection closed"
   *     error is; never {@code null}
   * @param cause the cause to attach, or {@code null} when the driver's message quoted a secret
   */
  QueryException translate(QueryFailure failure, Throwable driverError, Throwable cause);

  /**
   * How to read a column of a result as a plain Java value (driver-specific wrappers unwrapped);
   * asked once per column of a result, not per row.
   */
  default ColumnReader columnReader(ColumnMetadata column) {
    return ColumnReader.AS_IS;
  }

  /**
   * The SQL that begins, ends and nests transactions on this database; the executor runs it like
   * any other statement.
   */
  default TransactionStatements transactionStatements() {
    return STANDARD_TRANSACTIONS;
  }

  /**
   * How to turn foreign key checks off and on for one session.
   *
   * @throws io.ilana.error.UnsupportedFeatureException when the database cannot
   */
  default ForeignKeyChecks foreignKeyChecks() {
    throw new io.ilana.error.UnsupportedFeatureException(name(), "turning foreign key checks off");
  }

  /** The SQL standard's transaction statements. */
  TransactionStatements STANDARD_TRANSACTIONS = new TransactionStatements() {};

  /**
   * The query that reads the server's id for the session a connection runs (PostgreSQL's backend
   * pid, MySQL's connection id), or {@code null} when statements cannot be stopped from another
   * session. Read once when a pooled connection is opened, so a statement running on it can later
   * be stopped with {@link #cancelStatementSql}.
   */
  default String sessionIdQuery() {
    return null;
  }

  /**
   * The statement that, sent on another connection, stops whatever the given session is running
   * (its transaction stays open).
   *
   * @param sessionId a value {@link #sessionIdQuery} returned
   */
  default String cancelStatementSql(long sessionId) {
    throw new io.ilana.error.UnsupportedFeatureException(name(), "stopping a running statement");
  }

  /** Whether a failure is the server reporting that a statement was stopped on request. */
  default boolean isStatementCancelled(String sqlState, int errorCode) {
    return false;
  }

  /** How raw SQL fragments are read on this database: its strings, comments and bind markers. */
  default RawSqlLexer rawSqlLexer() {
    return RawSqlLexer.standard();
  }

  /**
   * The longest identifier the database keeps, in its unit (UTF-8 bytes on PostgreSQL, which cuts
   * longer names silently); {@link #quoteIdentifier} refuses longer ones.
   */
  default IdentifierLimit identifierLimit() {
    return IdentifierLimit.bytes(63);
  }
}
