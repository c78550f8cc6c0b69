package io.ilana.model;

import io.ilana.error.RelationNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Which relations to load with a query, as a tree: {@code with("posts.comments")} is {@code posts}
 * with the child {@code comments}. Each node may carry a constraint for its query. Immutable.
 */
public final class EagerLoadPlan {
  private static final EagerLoadPlan NONE = new EagerLoadPlan(Map.of(), List.of());
  private static final UnaryOperator<ModelQuery<?>> UNCONSTRAINED = query -> query;

  private final Map<String, Node> nodes;

  /** The paths as given, for messages: a failing node is reported with the path that made it. */
  private final List<String> paths;

  private EagerLoadPlan(Map<String, Node> nodes, List<String> paths) {
    this.nodes = Collections.unmodifiableMap(nodes);
    this.paths = List.copyOf(paths);
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
    // Malformed paths ("", " ", ".", "posts.") are kept as they are: only the model type can say a
    // name is no relation, and requireDeclaredOn reports them with the model before any statement.
    Objects.requireNonNull(path, "relation path");
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
    return new EagerLoadPlan(next, concat(paths, List.of(path)));
  }

  /**
   * Checks that every relation of the plan, at every depth, is declared: on {@code type} for the
   * first level, then on each relation's related type. Readers call it before their first
   * statement, so an unknown or malformed relation name fails the query without running the parent
   * query first. Below a {@code morphTo} the related type depends on each row, so those paths are
   * checked as their models load.
   *
   * @param type the model type the plan loads relations onto
   * @param model an instance of it (a blank one will do), to ask its relations for their types
   * @throws RelationNotFoundException naming the first undeclared relation, the model it was asked
   *     of, and the path that reached it
   */
  <T extends Model<T>> void requireDeclaredOn(ModelType<T> type, T model) {
    requireDeclared(type, model, null, type.modelClass(), this);
  }

  /**
   * Checks this level and those below it; {@code root} and {@code top} are the model type and the
   * plan {@link #requireDeclaredOn} was called with, which the message names.
   */
  private <T extends Model<T>> void requireDeclared(
      ModelType<T> type, T model, String prefix, Class<?> root, EagerLoadPlan top) {
    for (Map.Entry<String, Node> entry : nodes.entrySet()) {
      String name = entry.getKey();
      String path = prefix == null ? name : prefix + "." + name;
      Function<T, ? extends Relation<?>> declared;
      try {
        declared = type.relationFor(name);
      } catch (RelationNotFoundException e) {
        throw new RelationNotFoundException(type.modelClass(), name, root, top.given(path));
      }
      EagerLoadPlan children = entry.getValue().children();
      if (!children.isEmpty()) {
        Relation<?> relation = declared.apply(model);
        if (!(relation instanceof MorphTo<?>)) {
          children.requireDeclaredBelow(relation, path, root, top);
        }
      }
    }
  }

  private <R extends Model<R>> void requireDeclaredBelow(
      Relation<R> relation, String path, Class<?> root, EagerLoadPlan top) {
    // An unsaved instance on the relation's connection: only its relation declarations are read.
    requireDeclared(relation.relatedType(), relation.query().make(Map.of()), path, root, top);
  }

  /** The first path given that reaches the node at {@code path}. */
  private String given(String path) {
    for (String candidate : paths) {
      if (candidate.equals(path) || candidate.startsWith(path + ".")) {
        return candidate;
      }
    }
    return path;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
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
    return new EagerLoadPlan(next, concat(paths, other.paths));
  }

  @Override
  public String toString() {
    return "EagerLoadPlan" + nodes.keySet();
  }
}
