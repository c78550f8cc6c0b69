package io.ilana.dialect.h2;

import io.ilana.dialect.Dialect;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.grammar.SqlWriter;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.util.List;

/**
 * H2 2.x: standard SQL. Its JSON support cannot read a path or test containment, so JSON path
 * columns, whereJsonContains and whereJsonLength raise {@link
 * io.ilana.error.UnsupportedFeatureException}; insertOrIgnore does too, because H2 has no form that
 * ignores a conflict without naming the key (use {@code upsert}). A shared lock is taken as {@code
 * for update}: H2 has no shared row lock, and the stronger lock keeps the guarantee.
 */
public class H2Grammar extends Grammar {

  /** A grammar for the given H2 dialect. */
  public H2Grammar(Dialect dialect) {
    super(dialect);
  }

  /**
   * r2dbc-h2 binds a String as a character large object, which H2 will not cast to a date or time:
   * the value goes through varchar first.
   */
  @Override
  protected void dateValue(SqlWriter w, Object value, String type) {
    w.append("cast(cast(");
    operand(w, value);
    w.append(" as varchar) as " + type + ")");
  }

  @Override
  protected String sharedLock() {
    return " for update";
  }

  /** {@code merge into t using (values ...) as excluded (...) on ... when matched ...}. */
  @Override
  public Sql compileUpsert(
      Name table,
      List<Name> columns,
      List<List<Object>> rows,
      List<Name> uniqueBy,
      List<Name> update) {
    String target = wrap(table);
    String source = dialect.quoteIdentifier("excluded");
    SqlWriter w = writer().append("merge into ").append(target).append(" using (values ");
    separated(
        w,
        rows,
        (out, row) -> {
          out.append("(");
          separated(out, row, this::operand);
          out.append(")");
        });
    w.append(") as ").append(source).append(" (");
    separated(w, columns, (out, column) -> out.append(wrap(column)));
    w.append(") on ");
    for (int i = 0; i < uniqueBy.size(); i++) {
      String column = wrap(uniqueBy.get(i));
      w.append(i > 0 ? " and " : "").append(target + "." + column + " = " + source + "." + column);
    }
    if (!update.isEmpty()) {
      w.append(" when matched then update set ");
      separated(
          w,
          update,
          (out, column) -> out.append(wrap(column) + " = " + source + "." + wrap(column)));
    }
    w.append(" when not matched then insert (");
    separated(w, columns, (out, column) -> out.append(wrap(column)));
    w.append(") values (");
    separated(w, columns, (out, column) -> out.append(source + "." + wrap(column)));
    return w.append(")").toSql();
  }
}
