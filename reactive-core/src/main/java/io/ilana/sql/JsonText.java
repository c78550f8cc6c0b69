package io.ilana.sql;

import java.util.Objects;

/**
 * A JSON document bound as a parameter, as its text. Each dialect binds it so that a JSON column
 * stores the document rather than a JSON string holding its text: H2 needs {@code FORMAT JSON}
 * after the marker, PostgreSQL a parameter whose type the server infers (json or jsonb), MySQL and
 * MariaDB the plain text. Written by the JSON casts and for {@code Map}/{@code List} values given
 * to the builder; into a text column the text is stored as is.
 *
 * @param json the document, as JSON text
 */
public record JsonText(String json) {
  public JsonText {
    Objects.requireNonNull(json, "json");
  }

  /** The document's text, as the query log prints it. */
  @Override
  public String toString() {
    return json;
  }
}
