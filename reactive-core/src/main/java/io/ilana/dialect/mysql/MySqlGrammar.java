package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.SqlWriter;
import io.ilana.query.parts.Assignment;
import io.ilana.query.parts.QueryParts;
import io.ilana.query.parts.Source;
import io.ilana.query.parts.Where;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * MySQL: JSON functions with {@code $."path"} strings, date functions, {@code lower() like} for
 * ilike, INSERT IGNORE and ON DUPLICATE KEY UPDATE.
 */
public class MySqlGrammar extends Grammar {
  /** MySQL wants a LIMIT before OFFSET; this is its documented "all rows" value. */
  private static final String NO_LIMIT = "18446744073709551615";

  /** A grammar for the given MySQL-family dialect. */
  public MySqlGrammar(Dialect dialect) {
    super(dialect);
  }

  /**
   * MySQL's single-table DELETE takes no alias; with one (a self-relation sub-query's table, {@code
   * as(..)}) the multi-table form names which alias to delete from: {@code delete `n` from `t` as
   * `n`}.
   */
  @Override
  protected String deleteHead(QueryParts query) {
    if (query.from() instanceof Source.Table table && table.name().alias() != null) {
      return "delete "
          + dialect().quoteIdentifier(table.name().alias())
          + " from "
          + wrapTable(query, "delete");
    }
    return super.deleteHead(query);
  }

  /** {@code json_unquote(json_extract(`meta`, '$."a"."b"'))}. */
  @Override
  protected String jsonPath(String column, Name name) {
    return "json_unquote(json_extract(" + column + ", " + pathLiteral(name) + "))";
  }

  /** The path as a MySQL JSON path string literal, each key double-quoted and escaped. */
  private static String pathLiteral(Name name) {
    StringBuilder path = new StringBuilder("$");
    for (String segment : name.jsonPath()) {
      path.append(".\"").append(segment.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return literal(path.toString());
  }

  /** The JSON column and, when the name has a path, the path argument. */
  private String jsonTarget(Name name) {
    String column = wrap(name.withoutJsonPath());
    return name.hasJsonPath() ? column + ", " + pathLiteral(name) : column;
  }

  /** {@code `meta` = json_set(`meta`, '$."a"."b"', ?)}. */
  @Override
  protected void jsonAssignment(SqlWriter w, Assignment assignment) {
    String column = wrap(assignment.column().withoutJsonPath());
    w.append(column + " = json_set(" + column + ", " + pathLiteral(assignment.column()) + ", ");
    operand(w, assignment.value());
    w.append(")");
  }

  @Override
  protected void jsonContains(SqlWriter w, Where.JsonContains where) {
    w.append(where.not() ? "not json_contains(" : "json_contains(");
    String column = wrap(where.column().withoutJsonPath());
    w.append(column).append(", ").param(where.json());
    if (where.column().hasJsonPath()) {
      w.append(", ").append(pathLiteral(where.column()));
    }
    w.append(")");
  }

  @Override
  protected void jsonLength(SqlWriter w, Where.JsonLength where) {
    comparison(
        w,
        out -> out.append("json_length(" + jsonTarget(where.column()) + ")"),
        where.operator(),
        out -> out.param(where.value()));
  }

  /** {@code lower(a) [not] like lower(b)}: MySQL has no ilike, in any position. */
  @Override
  protected void comparison(
      SqlWriter w, Consumer<SqlWriter> left, String operator, Consumer<SqlWriter> right) {
    if (!operator.endsWith("ilike")) {
      super.comparison(w, left, operator, right);
      return;
    }
    w.append("lower(");
    left.accept(w);
    w.append(operator.startsWith("not") ? ") not like lower(" : ") like lower(");
    right.accept(w);
    w.append(")");
  }

  /** MySQL compares any value with a pattern as text already (and has no {@code varchar} cast). */
  @Override
  protected void asText(SqlWriter w, Consumer<SqlWriter> operand) {
    operand.accept(w);
  }

  @Override
  protected void datePart(SqlWriter w, Where.DatePart where) {
    String function = where.unit().name().toLowerCase(Locale.ROOT);
    comparison(
        w,
        out -> out.append(function + "(" + wrap(where.column()) + ")"),
        where.operator(),
        out -> operand(out, where.value()));
  }

  @Override
  protected String randomFunction() {
    return "rand()";
  }

  @Override
  protected void compileLimit(SqlWriter w, QueryParts query) {
    if (query.limit() == null && query.offset() != null) {
      w.append(" limit " + NO_LIMIT + " offset " + query.offset());
      return;
    }
    super.compileLimit(w, query);
  }

  @Override
  public Sql compileInsertOrIgnore(Name table, List<Name> columns, List<List<Object>> rows) {
    SqlWriter w = writer();
    insertInto(w, "insert ignore into ", table, columns, rows);
    return w.toSql();
  }

  /**
   * {@code on duplicate key update x = values(x)}; MySQL uses the unique keys of the table, so
   * {@code uniqueBy} only has to name one of them.
   */
  @Override
  public Sql compileUpsert(
      Name table,
      List<Name> columns,
      List<List<Object>> rows,
      List<Name> uniqueBy,
      List<Name> update) {
    if (update.isEmpty()) {
      return compileInsertOrIgnore(table, columns, rows);
    }
    SqlWriter w = writer();
    insertInto(w, "insert into ", table, columns, rows);
    w.append(" on duplicate key update ");
    separated(
        w, update, (out, column) -> out.append(wrap(column) + " = " + newValue(wrap(column))));
    return w.toSql();
  }

  /** The value the failed insert proposed for a column. */
  protected String newValue(String column) {
    return "values(" + column + ")";
  }

  @Override
  public Sql compileTruncate(Name table) {
    return Sql.of("truncate table " + wrap(table));
  }
}
