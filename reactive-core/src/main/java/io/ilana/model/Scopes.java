package io.ilana.model;

import io.ilana.error.InvalidArgumentException;
import io.ilana.query.QueryBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A model type's scopes. Local scopes are named pieces a query asks for; global scopes are added to
 * every query of the type when it runs, unless the query removed them by name.
 */
final class Scopes<T extends Model<T>> {
  private final Map<String, LocalScope<T>> locals;
  private final Map<String, UnaryOperator<QueryBuilder>> globals;

  Scopes(Map<String, LocalScope<T>> locals, Map<String, UnaryOperator<QueryBuilder>> globals) {
    this.locals = Map.copyOf(locals);
    this.globals = new LinkedHashMap<>(globals);
  }

  LocalScope<T> local(String name) {
    LocalScope<T> scope = locals.get(name);
    if (scope == null) {
      throw new InvalidArgumentException(
          "Unknown scope ["
              + name
              + "]; known scopes: "
              + locals.keySet().stream().sorted().toList());
    }
    return scope;
  }

  Set<String> globalNames() {
    return globals.keySet();
  }

  /**
   * The query with every global scope not in {@code removed}. The query's own conditions are
   * grouped first so that an {@code or} among them cannot escape a scope.
   */
  QueryBuilder apply(QueryBuilder query, Set<String> removed) {
    QueryBuilder scoped = query;
    boolean grouped = false;
    for (Map.Entry<String, UnaryOperator<QueryBuilder>> scope : globals.entrySet()) {
      if (removed.contains(scope.getKey())) {
        continue;
      }
      if (!grouped) {
        scoped = scoped.groupWheres();
        grouped = true;
      }
      scoped = scope.getValue().apply(scoped);
    }
    return scoped;
  }
}
