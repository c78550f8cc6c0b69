package io.ilana.model;

import io.ilana.error.IllegalModelStateException;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.error.MorphTypeException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.QueryBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The parent holds the type and the key of its owner, which may be of several model classes: a
 * comment belongs to a post or a video ({@code commentable_type}, {@code commentable_id}). The type
 * column holds a {@link MorphMap} alias or a model class name, resolved when read; the owner is
 * matched by its primary key. Loaded, the relation is the owner or {@code null}.
 *
 * <p>Which table to read depends on each row, so the owner class is not known when the relation is
 * declared: {@code R} stands for it only nominally (declare the relation as {@code MorphTo<?>}) and
 * {@link #owner()} and {@link #owner(Class)} are the typed ways to read it. Eager loading runs one
 * query per owner class in the batch. Existence sub-queries ({@code has}, {@code whereHas}, {@code
 * withCount}) are not supported: no single correlated sub-query reaches tables chosen per row.
 *
 * @param <R> the owner's model type as far as the declaration knows it (nominal)
 */
public final class MorphTo<R extends Model<R>> extends Relation<R> {
  private final String name;
  private final MorphColumns columns;
  private final Queries queries;

  /**
   * Where the owners are read: a query for a model class on the parent's connection. {@code Model}
   * passes a reference to its own related-query method (a generic method, so no lambda).
   */
  @FunctionalInterface
  public interface Queries {
    /** An unconstrained query for {@code modelClass}. */
    <M extends Model<M>> ModelQuery<M> of(Class<M> modelClass);
  }

  private MorphTo(
      Model<?> parent,
      ModelQuery<R> placeholder,
      String name,
      String typeColumn,
      String idColumn,
      Queries queries) {
    super(parent, placeholder);
    this.name = name;
    this.columns = new MorphColumns(typeColumn, idColumn);
    this.queries = queries;
  }

  /**
   * The relation {@code name} of {@code parent}, whose owner's type and key are in {@code
   * typeColumn} and {@code idColumn}; owners are read through {@code queries}. Nothing is resolved
   * yet, so a row with an unusable stored type can still be re-associated.
   */
  static MorphTo<?> of(
      Model<?> parent, String name, String typeColumn, String idColumn, Queries queries) {
    // Until a type is read, the parent's own query stands in (it is what existence checks refine).
    return create(
        parent, queryFor(queries, parent.getClass()), name, typeColumn, idColumn, queries);
  }

  private static <M extends Model<M>> MorphTo<M> create(
      Model<?> parent,
      ModelQuery<M> placeholder,
      String name,
      String typeColumn,
      String idColumn,
      Queries queries) {
    return new MorphTo<>(parent, placeholder, name, typeColumn, idColumn, queries);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a model class M is a Class<M> by declaration
  private static ModelQuery<?> queryFor(Queries queries, Class<?> modelClass) {
    return queries.of((Class) modelClass);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a model class M is a Class<M> by declaration
  private static String keyNameOf(Class<?> modelClass) {
    return ModelType.forClass((Class) modelClass).keyName();
  }

  /** The relation's name, as loaded on the parent. */
  public String name() {
    return name;
  }

  /** The parent's column naming the owner's type. */
  public String typeColumn() {
    return columns.typeColumn();
  }

  /** The parent's column holding the owner's key. */
  public String idColumn() {
    return columns.idColumn();
  }

  /**
   * The owner's class named by the parent's stored type, or empty when none is stored; fails with
   * {@link MorphTypeException} when the stored type names no model (see {@link MorphMap#classFor}).
   */
  public Optional<Class<? extends Model<?>>> ownerClass() {
    return columns.storedClass(parent());
  }

  /**
   * The owner, read now: empty without a query when the parent stores no type or key, or when the
   * row is gone; fails with {@link MorphTypeException} when the stored type names no model.
   */
  public Mono<Model<?>> owner() {
    return Mono.defer(
        () ->
            columns.pointedAt(parent()).isEmpty()
                ? Mono.<Model<?>>empty()
                : query().first().<Model<?>>map(owner -> owner));
  }

  /**
   * The owner as {@code expected}; fails with {@link MorphTypeException} when the parent points at
   * an owner of another class.
   */
  public <M extends Model<M>> Mono<M> owner(Class<M> expected) {
    return Mono.defer(
        () -> {
          Optional<Class<? extends Model<?>>> stored = columns.pointedAt(parent());
          if (stored.isPresent() && stored.get() != expected) {
            return Mono.error(
                new MorphTypeException(
                    "The ["
                        + name
                        + "] of "
                        + parent().getClass().getName()
                        + " is a "
                        + stored.get().getName()
                        + ", not a "
                        + expected.getName()
                        + "."));
          }
          return owner().map(expected::cast);
        });
  }

  /** The query for the owner of the stored type; an empty result when no type is stored. */
  @Override
  public ModelQuery<R> query() {
    return constrain(ownerQuery());
  }

  @SuppressWarnings("unchecked") // R only names the owner nominally; the row picks the class
  private ModelQuery<R> ownerQuery() {
    Optional<Class<? extends Model<?>>> owner = ownerClass();
    return owner.isEmpty() ? related() : (ModelQuery<R>) queryFor(queries, owner.get());
  }

  @Override
  public ModelType<R> relatedType() {
    return ownerQuery().type();
  }

  @Override
  String relatedTable() {
    return relatedType().table();
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    String key = query.type().table() + "." + query.type().keyName();
    Object id = ownerClass().isPresent() ? columns.id(parent()) : null;
    if (id == null) {
      // No owner: a condition no row meets, rather than every row of the stand-in table.
      return query.whereNull(key).whereNotNull(key);
    }
    return query.where(key, Keys.forKeyOf(query.type().keyType(), id)).whereNotNull(key);
  }

  /** Always fails: the owners' table is chosen per row, out of reach of one sub-query. */
  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    throw UnsupportedFeatureException.inAnyDialect(
        "has/whereHas/withCount on the morphTo relation ["
            + name
            + "] of "
            + parent().getClass().getName(),
        "its owners live in a different table for each stored ["
            + columns.typeColumn()
            + "], so no single correlated sub-query can reach them; query the owners' types"
            + " separately (filter on ["
            + columns.typeColumn()
            + "]).");
  }

  /**
   * The owners' query when every parent given points at the same owner class, or empty when none
   * points anywhere; eager loading uses {@link #eagerLoad} instead, which handles mixed classes.
   */
  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    Map<Class<?>, List<Model<?>>> groups = columns.byOwnerClass(parents);
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    if (groups.size() > 1) {
      throw new IllegalQueryStateException(
          "The ["
              + name
              + "] owners of these models are of "
              + groups.size()
              + " classes, one query each; use eagerLoad.");
    }
    Map.Entry<Class<?>, List<Model<?>>> group = groups.entrySet().iterator().next();
    return Optional.of(ownersQuery(group.getKey(), group.getValue()));
  }

  @SuppressWarnings("unchecked") // R only names the owner nominally; the row picks the class
  private ModelQuery<R> ownersQuery(Class<?> ownerClass, List<Model<?>> parents) {
    ModelQuery<?> owners = queryFor(queries, ownerClass);
    String key = owners.type().table() + "." + owners.type().keyName();
    List<Object> ids =
        Keys.distinct(
            parents.stream()
                .map(parent -> Keys.forKeyOf(owners.type().keyType(), columns.id(parent)))
                .toList());
    return (ModelQuery<R>) owners.whereIn(key, ids);
  }

  /** The parent's stored id as it was bound for its owner's key ("007" was looked up as 7). */
  @SuppressWarnings("unchecked") // owner classes come from the morph map: model classes
  private <M extends Model<M>> Object boundId(Class<?> ownerClass, Model<?> parent) {
    return Keys.forKeyOf(ModelType.forClass((Class<M>) ownerClass).keyType(), columns.id(parent));
  }

  /** Gives each parent the owner of its stored class and key among {@code results}, or null. */
  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Class<?>, Map<Object, Model<?>>> owners = new HashMap<>();
    for (Model<?> owner : results) {
      owners
          .computeIfAbsent(owner.getClass(), key -> new HashMap<>())
          .putIfAbsent(Keys.normalise(owner.getKey()), owner);
    }
    for (Model<?> parent : parents) {
      Model<?> owner =
          columns
              .pointedAt(parent)
              .flatMap(
                  ownerClass ->
                      Optional.ofNullable(owners.get(ownerClass))
                          .map(byKey -> byKey.get(Keys.normalise(boundId(ownerClass, parent)))))
              .orElse(null);
      parent.setRelation(name, owner);
    }
  }

  /**
   * Loads the owners of a batch with one query per owner class, one after another; parents without
   * a stored type or key get {@code null} without a query. The constraint and the nested relations
   * apply to every owner class's query, so each class must declare the nested relations.
   */
  @Override
  Mono<Void> eagerLoad(
      List<? extends Model<?>> parents,
      String name,
      UnaryOperator<ModelQuery<?>> constraint,
      EagerLoadPlan children) {
    return Mono.defer(
        () -> {
          Map<Class<?>, List<Model<?>>> groups = columns.byOwnerClass(parents);
          for (Model<?> parent : parents) {
            if (columns.pointedAt(parent).isEmpty()) {
              parent.setRelation(name, null);
            }
          }
          return Flux.fromIterable(groups.entrySet())
              .concatMap(
                  group ->
                      Mono.defer(
                          () ->
                              loadOwners(
                                  group.getKey(), group.getValue(), name, constraint, children)))
              .then();
        });
  }

  private Mono<Void> loadOwners(
      Class<?> ownerClass,
      List<Model<?>> parents,
      String name,
      UnaryOperator<ModelQuery<?>> constraint,
      EagerLoadPlan children) {
    // One owner per model: a limit in the constraint would cut across the batch, not per model.
    return refine(constraint, ownersQuery(ownerClass, parents))
        .query(QueryBuilder::withoutLimits)
        .with(children)
        .get()
        .collectList()
        .doOnNext(owners -> match(parents, owners, name))
        .then();
  }

  /**
   * Points the parent at {@code owner}: sets the type column to the owner class's {@link MorphMap}
   * alias (or class name) and the id column to its key, and keeps it as the loaded relation; does
   * not save. Returns the parent.
   */
  public Model<?> associate(Model<?> owner) {
    String alias = MorphRegistry.of(parent()).aliasFor(owner.getClass());
    Object key = owner.getKey();
    if (key == null) {
      throw new IllegalModelStateException(
          "Save the "
              + owner.getClass().getSimpleName()
              + " before associating it as ["
              + name
              + "]: its ["
              + keyNameOf(owner.getClass())
              + "] is not set.");
    }
    columns.point(parent(), alias, key);
    parent().setRelation(name, owner);
    return parent();
  }

  /** Clears the parent's type and id columns and its loaded owner; does not save. */
  public Model<?> dissociate() {
    columns.clear(parent());
    parent().setRelation(name, null);
    return parent();
  }
}
