package io.ilana.dialect.postgres;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.SqlWriter;
import io.ilana.query.parts.Assignment;
import io.ilana.query.parts.Column;
import io.ilana.query.parts.Where;
import io.ilana.sql.Expression;
import io.ilana.sql.Json;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.util.List;

/**
 * PostgreSQL: JSON operators, one array binding for IN lists, and ON CONFLICT for insert-or-ignore
 * and upsert.
 */
public class PostgresGrammar extends Grammar {
  /** A grammar for the given PostgreSQL dialect. */
  public PostgresGrammar(Dialect dialect) {
    super(dialect);
  }

  /** {@code "meta"->'a'->>'b'}: every step as JSON, the last as text. */
  @Override
  protected String jsonPath(String column, Name name) {
    List<String> path = name.jsonPath();
    StringBuilder out = new StringBuilder(column);
    for (int i = 0; i < path.size(); i++) {
      out.append(i == path.size() - 1 ? "->>" : "->").append(literal(path.get(i)));
    }
    return out.toString();
  }

  /**
   * {@code ->>} yields text, and PostgreSQL will not compare text with a number or a boolean: the
   * extracted text is cast to the bound value's type ({@code ("meta"->>'age')::numeric > $1}).
   */
  @Override
  protected void basic(SqlWriter w, Where.Basic where) {
    String cast = jsonComparisonCast(where);
    if (cast == null) {
      super.basic(w, where);
      return;
    }
    if (isPattern(where.operator())) {
      // The extracted text is matched against the value's text.
      comparison(
          w,
          out -> out.append(wrap(where.column())),
          where.operator(),
          out -> asText(out, value -> operand(value, where.value())));
      return;
    }
    comparison(
        w,
        out -> out.append("(").append(wrap(where.column())).append(")::").append(cast),
        where.operator(),
        out -> operand(out, where.value()));
  }

  private static String jsonComparisonCast(Where.Basic where) {
    if (!where.column().hasJsonPath()) {
      return null;
    }
    if (where.value() instanceof Number) {
      return "numeric";
    }
    return where.value() instanceof Boolean ? "boolean" : null;
  }

  /** The JSON value at the name, kept as JSON (every step {@code ->}) and cast to jsonb. */
  private String jsonValue(Name name) {
    StringBuilder out = new StringBuilder(wrap(name.withoutJsonPath()));
    name.jsonPath().forEach(segment -> out.append("->").append(literal(segment)));
    return "(" + out + ")::jsonb";
  }

  @Override
  protected void jsonContains(SqlWriter w, Where.JsonContains where) {
    w.append(where.not() ? "not (" : "(").append(jsonValue(where.column())).append(" @> ");
    w.param(where.json()).append("::jsonb)");
  }

  @Override
  protected void jsonLength(SqlWriter w, Where.JsonLength where) {
    valueComparison(
        w,
        out -> out.append("jsonb_array_length(" + jsonValue(where.column()) + ")"),
        where.operator(),
        out -> out.param(where.value()));
  }

  /**
   * {@code column = any($1)} with one array (see {@link InListArray}), so the statement text is the
   * same for any list size and a 70,000-value list is one binding instead of 70,000.
   */
  @Override
  protected void in(SqlWriter w, Where.In in) {
    Object array = in.values().isEmpty() ? null : InListArray.of(in.values());
    if (array == null) {
      super.in(w, in);
      return;
    }
    w.append(wrap(in.column())).append(in.not() ? " <> all(" : " = any(").param(array).append(")");
  }

  /**
   * {@code "meta" = jsonb_set("meta"::jsonb, '{a,b}', $1::jsonb)}; the value is bound as JSON text,
   * so a string stays a JSON string.
   */
  @Override
  protected void jsonAssignment(SqlWriter w, Assignment assignment) {
    String column = wrap(assignment.column().withoutJsonPath());
    String path = "{" + String.join(",", assignment.column().jsonPath()) + "}";
    w.append(column + " = jsonb_set(" + column + "::jsonb, " + literal(path) + ", ");
    Object value = assignment.value();
    if (value instanceof Expression
        || value instanceof Column
        || value instanceof Column.Arithmetic) {
      w.append("to_jsonb(");
      operand(w, value);
      w.append(")");
    } else {
      w.param(Json.encodeBinding(value, "update")).append("::jsonb");
    }
    w.append(")");
  }

  @Override
  public Sql compileInsertOrIgnore(Name table, List<Name> columns, List<List<Object>> rows) {
    SqlWriter w = writer();
    insertInto(w, "insert into ", table, columns, rows);
    return w.append(" on conflict do nothing").toSql();
  }

  @Override
  public Sql compileUpsert(
      Name table,
      List<Name> columns,
      List<List<Object>> rows,
      List<Name> uniqueBy,
      List<Name> update) {
    SqlWriter w = writer();
    insertInto(w, "insert into ", table, columns, rows);
    w.append(" on conflict (");
    separated(w, uniqueBy, (out, column) -> out.append(wrap(column)));
    if (update.isEmpty()) {
      return w.append(") do nothing").toSql();
    }
    w.append(") do update set ");
    String excluded = dialect.quoteIdentifier("excluded");
    separated(
        w,
        update,
        (out, column) -> out.append(wrap(column) + " = " + excluded + "." + wrap(column)));
    return w.toSql();
  }
}
