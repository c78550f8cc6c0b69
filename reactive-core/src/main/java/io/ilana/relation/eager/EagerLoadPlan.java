package io.ilana.relation.eager;

import io.ilana.model.ModelQuery;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which relations to load with a query, as a tree: {@code with("posts.comments")} is {@code posts}
 * with the child {@code comments}. Each node may carry a constraint for its query. Immutable.
 */
public final class EagerLoadPlan {
  private static final EagerLoadPlan NONE = new EagerLoadPlan(Map.of());
  private static final UnaryOperator<ModelQuery<?>> UNCONSTRAINED = query -> query;

  private final Map<String, Node> nodes;

  private EagerLoadPlan(Map<String, Node> nodes) {
    this.nodes = Collections.unmodifiableMap(nodes);
  }

  /**
   * One relation to load: the constraint for its query and the relations to load on its models.
   *
   * @param constraint refines the relation's query (the identity when unconstrained)
   * @param children the relations of the related models
   */
  public record Node(UnaryOperator<ModelQuery<?>> constraint, EagerLoadPlan children) {}

  /** The empty plan. */
  public static EagerLoadPlan none() {
    return NONE;
  }

  /** A plan loading the dotted relation paths. */
  public static EagerLoadPlan of(String... paths) {
    EagerLoadPlan plan = NONE;
    for (String path : paths) {
      plan = plan.with(path, UNCONSTRAINED);
    }
    return plan;
  }

  /** Whether nothing is to be loaded. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** The relations at this level, by name, in the order first asked for. */
  public Map<String, Node> nodes() {
    return nodes;
  }

  /**
   * This plan with the dotted path added; the constraint applies to the path's last relation, the
   * ones before it are loaded unconstrained unless constrained already.
   */
  public EagerLoadPlan with(String path, UnaryOperator<ModelQuery<?>> constraint) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("A relation path must not be blank.");
    }
    int dot = path.indexOf('.');
    String name = dot < 0 ? path : path.substring(0, dot);
    Node current = nodes.get(name);
    Map<String, Node> next = new LinkedHashMap<>(nodes);
    if (dot < 0) {
      EagerLoadPlan children = current == null ? NONE : current.children();
      next.put(name, new Node(constraint, children));
    } else {
      UnaryOperator<ModelQuery<?>> own = current == null ? UNCONSTRAINED : current.constraint();
      EagerLoadPlan children = current == null ? NONE : current.children();
      next.put(name, new Node(own, children.with(path.substring(dot + 1), constraint)));
    }
    return new EagerLoadPlan(next);
  }

  /** This plan with every relation of {@code other} added. */
  public EagerLoadPlan merge(EagerLoadPlan other) {
    if (isEmpty()) {
      return other;
    }
    Map<String, Node> next = new LinkedHashMap<>(nodes);
    other.nodes.forEach(
        (name, node) ->
            next.merge(
                name,
                node,
                (mine, theirs) ->
                    new Node(
                        // A path merely passing through ("posts.comments") keeps a constraint
                        // given before; a new constraint on the relation itself replaces it.
                        theirs.constraint() == UNCONSTRAINED
                            ? mine.constraint()
                            : theirs.constraint(),
                        mine.children().merge(theirs.children()))));
    return new EagerLoadPlan(next);
  }

  @Override
  public String toString() {
    return "EagerLoadPlan" + nodes.keySet();
  }
}
