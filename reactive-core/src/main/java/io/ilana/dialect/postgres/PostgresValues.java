package io.ilana.dialect.postgres;

import io.ilana.sql.JsonText;
import io.r2dbc.postgresql.codec.PostgresqlObjectId;
import io.r2dbc.spi.Parameters;

/**
 * The PostgreSQL value codec's use of driver types, in a class of its own: r2dbc-postgresql is an
 * optional dependency, and this class is only loaded once a PostgreSQL statement binds text.
 */
final class PostgresValues {
  private PostgresValues() {}

  /** Text (or a text array) whose type the server infers from the statement. */
  static Object inferred(Object value) {
    String text;
    if (value instanceof JsonText json) {
      text = json.json();
    } else if (value instanceof String[] array) {
      text = arrayLiteral(array);
    } else {
      text = (String) value;
    }
    return Parameters.in(PostgresqlObjectId.UNSPECIFIED, text);
  }

  /** {@code {"a","b \"c\""}}: every element quoted, quotes and backslashes escaped. */
  private static String arrayLiteral(String[] values) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (values[i] == null) {
        out.append("NULL");
        continue;
      }
      out.append('"');
      String element = values[i];
      for (int j = 0; j < element.length(); j++) {
        char c = element.charAt(j);
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    }
    return out.append('}').toString();
  }
}
