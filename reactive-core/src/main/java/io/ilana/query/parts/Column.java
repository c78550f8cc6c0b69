package io.ilana.query.parts;

import io.ilana.error.InvalidOperatorException;
import io.ilana.sql.Identifiers;
import io.ilana.sql.Name;

/**
 * A reference to a column used as a value: {@code update(Map.of("total", Column.ref("subtotal")))}
 * or {@code where("updated_at", ">", Column.ref("created_at"))}.
 *
 * @param name the validated column name
 */
public record Column(Name name) {

  /** A reference to the named column; the name is validated like any other column. */
  public static Column ref(String column) {
    return new Column(Identifiers.column(column, "Column.ref"));
  }

  /** The column plus an amount: {@code "votes" + $1}, for increments. */
  public Arithmetic plus(Number amount) {
    return new Arithmetic(name, "+", amount);
  }

  /** The column minus an amount: {@code "votes" - $1}, for decrements. */
  public Arithmetic minus(Number amount) {
    return new Arithmetic(name, "-", amount);
  }

  /**
   * A column with an amount added or subtracted; the amount is bound.
   *
   * @param column the column
   * @param operator {@code +} or {@code -}
   * @param amount the bound amount
   */
  public record Arithmetic(Name column, String operator, Number amount) {
    public Arithmetic {
      // The operator is written into SQL: only the two the builder makes are allowed.
      if (!"+".equals(operator) && !"-".equals(operator)) {
        throw new InvalidOperatorException(String.valueOf(operator), "update");
      }
    }
  }
}
