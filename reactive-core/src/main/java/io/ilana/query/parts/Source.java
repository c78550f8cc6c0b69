package io.ilana.query.parts;

import io.ilana.sql.Name;

/** What a FROM or JOIN reads: a table or a sub-query with an alias. */
public sealed interface Source {

  /** A table, possibly schema-qualified and aliased. */
  record Table(Name name) implements Source {}

  /** A derived table. */
  record Sub(QueryParts query, String alias) implements Source {}
}
