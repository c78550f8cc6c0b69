package io.ilana.model;

import io.ilana.db.Database;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.InvalidDefinitionException;
import io.ilana.error.RelationNotFoundException;
import io.ilana.model.cast.Cast;
import io.ilana.query.QueryBuilder;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Everything a model class declares, once: table, key, connection, timestamps, soft deletes, mass
 * assignment, visibility, casts, defaults, mutators, accessors, scopes and events. It is built with
 * chained calls and freezes on first use (the first query or instance); declaring after that
 * throws, so nothing about a model changes while the application runs.
 *
 * <pre>{@code
 * static final ModelType<User> TYPE = ModelType.of(User.class, User::new)
 *     .table("users").fillable("name", "email").hidden("password").timestamps();
 * }</pre>
 *
 * @param <T> the model class
 */
public final class ModelType<T extends Model<T>> {
  private final Class<T> modelClass;
  private final Supplier<T> factory;
  private String table;
  private String keyName = "id";
  private KeyType keyType = KeyType.AUTO_INCREMENT;
  private String connectionName;
  private boolean timestamps;
  private String createdAt = "created_at";
  private String updatedAt = "updated_at";
  private String deletedAt;
  private final List<String> fillable = new ArrayList<>();
  private final List<String> guarded = new ArrayList<>(List.of("*"));
  private boolean strict;
  private boolean preventLazyLoading;
  private boolean preventMissingAttributes;
  private final List<String> touches = new ArrayList<>();
  private final List<String> hidden = new ArrayList<>();
  private final List<String> visible = new ArrayList<>();
  private final List<String> appends = new ArrayList<>();
  private final Map<String, Cast<?>> casts = new LinkedHashMap<>();
  private final Map<String, Object> defaults = new LinkedHashMap<>();
  private final Map<String, UnaryOperator<Object>> mutators = new LinkedHashMap<>();
  private final Map<String, Function<T, Object>> accessors = new LinkedHashMap<>();
  private final Map<String, LocalScope<T>> locals = new LinkedHashMap<>();
  private final Map<String, UnaryOperator<QueryBuilder>> globals = new LinkedHashMap<>();
  private final Map<ModelEvent, List<ModelListener<T>>> listeners = new EnumMap<>(ModelEvent.class);
  private final List<ModelObserver<T>> observers = new ArrayList<>();
  private final Map<String, Function<T, ? extends Relation<?>>> relations = new LinkedHashMap<>();
  private volatile Map<String, Function<T, ? extends Relation<?>>> relationMethods;
  private UnaryOperator<ModelQuery<T>> prunable;
  private volatile Frozen<T> frozen;

  private ModelType(Class<T> modelClass, Supplier<T> factory) {
    this.modelClass = modelClass;
    this.factory = factory;
    this.table = modelClass.getSimpleName().toLowerCase(Locale.ROOT) + "s";
  }

  /** Starts declaring the model class; {@code factory} makes an empty instance. */
  public static <T extends Model<T>> ModelType<T> of(Class<T> modelClass, Supplier<T> factory) {
    ModelType<T> type = new ModelType<>(modelClass, factory);
    ModelTypes.register(modelClass, type);
    return type;
  }

  // ---- declaration ---------------------------------------------------------------------------

  /** The table; by default the class name in lower case plus {@code s}. */
  public ModelType<T> table(String table) {
    open().table = table;
    return this;
  }

  /** The primary key column; {@code id} by default. */
  public ModelType<T> primaryKey(String column) {
    open().keyName = column;
    return this;
  }

  /** The primary key column and how its values are made. */
  public ModelType<T> primaryKey(String column, KeyType type) {
    open().keyName = column;
    this.keyType = type;
    return this;
  }

  /** How primary key values are made; {@link KeyType#AUTO_INCREMENT} by default. */
  public ModelType<T> keyType(KeyType type) {
    open().keyType = type;
    return this;
  }

  /**
   * The configured connection the model uses; the manager's default connection otherwise. A
   * relation to this model ({@code user.posts()}, {@code with("posts")}) reads it on this
   * connection of the parent's manager too.
   */
  public ModelType<T> connection(String name) {
    open().connectionName = name;
    return this;
  }

  /**
   * The connection a relation from a parent on {@code parent} reads this model on: the declared
   * connection of the parent's manager, or the parent's own when none is declared.
   */
  DatabaseConnection relatedConnection(DatabaseConnection parent) {
    return connectionName == null ? parent : parent.sibling(connectionName);
  }

  /** Maintains {@code created_at} and {@code updated_at}. */
  public ModelType<T> timestamps() {
    open().timestamps = true;
    return this;
  }

  /** Maintains the two timestamp columns; a {@code null} name leaves that column alone. */
  public ModelType<T> timestamps(String createdAtColumn, String updatedAtColumn) {
    open().timestamps = true;
    this.createdAt = createdAtColumn;
    this.updatedAt = updatedAtColumn;
    return this;
  }

  /** Deletes by setting {@code deleted_at}; reads skip such rows unless asked not to. */
  public ModelType<T> softDeletes() {
    return softDeletes("deleted_at");
  }

  /** Soft deletes with another column. */
  public ModelType<T> softDeletes(String column) {
    open().deletedAt = column;
    return this;
  }

  /** The only keys {@code fill} and {@code create} may assign (exact names). */
  public ModelType<T> fillable(String... columns) {
    open().fillable.addAll(Arrays.asList(columns));
    return this;
  }

  /**
   * Keys {@code fill} must never assign; when used without {@link #fillable}, every other plain
   * column name is fillable. By default everything is guarded.
   */
  public ModelType<T> guarded(String... columns) {
    open().guarded.clear();
    guarded.addAll(Arrays.asList(columns));
    return this;
  }

  /**
   * The system property that makes every model type strict about mass assignment, as if each had
   * called {@link #strictMassAssignment()}; read when a type freezes.
   */
  public static final String STRICT_PROPERTY = "ilana.model.strictMassAssignment";

  /**
   * Refuses non-fillable keys with {@link io.ilana.error.MassAssignmentException} instead of
   * dropping them. Setting the system property {@link #STRICT_PROPERTY} to {@code true} does this
   * for every type.
   */
  public ModelType<T> strictMassAssignment() {
    open().strict = true;
    return this;
  }

  /** Attributes left out of {@code toMap()} and JSON. */
  public ModelType<T> hidden(String... columns) {
    open().hidden.addAll(Arrays.asList(columns));
    return this;
  }

  /** When given, the only attributes {@code toMap()} and JSON show. */
  public ModelType<T> visible(String... columns) {
    open().visible.addAll(Arrays.asList(columns));
    return this;
  }

  /** Accessor values added to {@code toMap()} and JSON. */
  public ModelType<T> appends(String... accessorNames) {
    open().appends.addAll(Arrays.asList(accessorNames));
    return this;
  }

  /**
   * Declares a typed attribute converted by {@code cast} (as {@link #cast} does), for {@code
   * model.get(attribute)}, {@code set} and typed conditions.
   */
  public <V> Attribute<T, V> attribute(String column, Cast<V> cast) {
    cast(column, cast);
    return Attribute.cast(column, cast);
  }

  /** Declares a typed attribute without a cast; reads convert the stored value to {@code type}. */
  public <V> Attribute<T, V> attribute(String column, Class<V> type) {
    open();
    return new Attribute<>(column, type);
  }

  /** Converts the attribute with the cast on reading and on assigning. */
  public ModelType<T> cast(String column, Cast<?> cast) {
    open().casts.put(column, cast);
    return this;
  }

  /** Values a new instance starts with, in model form. */
  public ModelType<T> defaults(Map<String, ?> values) {
    open().defaults.putAll(values);
    return this;
  }

  /** Transforms a value assigned to the attribute (before its cast). */
  public ModelType<T> mutator(String column, UnaryOperator<Object> mutator) {
    open().mutators.put(column, mutator);
    return this;
  }

  /** A computed attribute, read with {@code get(name)}; it wins over a column of that name. */
  public ModelType<T> accessor(String name, Function<T, Object> accessor) {
    open().accessors.put(name, accessor);
    return this;
  }

  /** A local scope without parameters: {@code query.scope("active")}. */
  public ModelType<T> scope(String name, UnaryOperator<ModelQuery<T>> scope) {
    open().locals.put(name, (query, parameters) -> scope.apply(query));
    return this;
  }

  /** A local scope with parameters: {@code query.scope("popular", 500)}. */
  public ModelType<T> scope(String name, LocalScope<T> scope) {
    open().locals.put(name, scope);
    return this;
  }

  /** A global scope, added to every query of the model unless removed by name. */
  public ModelType<T> globalScope(String name, UnaryOperator<QueryBuilder> scope) {
    open().globals.put(name, scope);
    return this;
  }

  /** Listens to one event. */
  public ModelType<T> on(ModelEvent event, ModelListener<T> listener) {
    open().listeners.computeIfAbsent(event, e -> new ArrayList<>()).add(listener);
    return this;
  }

  /** Adds an observer. */
  public ModelType<T> observe(ModelObserver<T> observer) {
    open().observers.add(observer);
    return this;
  }

  /** Adds an observer made with its no-argument constructor. */
  public ModelType<T> observe(Class<? extends ModelObserver<T>> observer) {
    try {
      return observe(observer.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new InvalidDefinitionException(
          "Cannot create observer " + observer.getName() + ": " + cause, cause);
    }
  }

  /**
   * Marks the model prunable (Laravel's {@code Prunable}): {@code which} narrows a query to the
   * models that are no longer needed, e.g. {@code q -> q.where("created_at", "<", cutoff())}.
   * {@link ModelQuery#prune(int)} and {@code ilana model:prune} delete them.
   */
  public ModelType<T> prunable(UnaryOperator<ModelQuery<T>> which) {
    open().prunable = Objects.requireNonNull(which, "which");
    return this;
  }

  /** Whether the model declared which of its rows are prunable. */
  public boolean isPrunable() {
    return prunable != null;
  }

  /** The prunable models' query on {@code query}, or {@code null} when not prunable. */
  UnaryOperator<ModelQuery<T>> prunableQuery() {
    return prunable;
  }

  /** The declared casts by column, read-only: what tools such as {@code model:show} list. */
  public Map<String, Cast<?>> casts() {
    return Collections.unmodifiableMap(casts);
  }

  /** The classes of the registered observers, in order. */
  public List<Class<?>> observerClasses() {
    return observers.stream().<Class<?>>map(Object::getClass).toList();
  }

  /** The events with listeners declared through {@link #on}, in event order. */
  public Set<ModelEvent> listenedEvents() {
    return Collections.unmodifiableSet(listeners.keySet());
  }

  /**
   * Declares a relation under a name of your choosing: {@code .relation("posts", User::posts)}. Not
   * needed for a public method without parameters that returns the relation: {@code with}, {@code
   * has}, {@code load} find {@code posts()} by its name.
   */
  public ModelType<T> relation(String name, Function<T, ? extends Relation<?>> relation) {
    open().relations.put(Objects.requireNonNull(name, "name"), relation);
    return this;
  }

  /**
   * Relations (usually {@code belongsTo}) whose models get their {@code updated_at} set to now
   * whenever a model of this type is saved: {@code Comment.TYPE.touches("post")}.
   */
  public ModelType<T> touches(String... relations) {
    open().touches.addAll(List.of(relations));
    return this;
  }

  /**
   * Makes reading a relation that was not loaded ({@code with}, {@code load}) fail with {@link
   * io.ilana.error.LazyLoadingViolationException} instead of answering as if it were empty.
   */
  public ModelType<T> preventLazyLoading() {
    open().preventLazyLoading = true;
    return this;
  }

  /**
   * Makes reading an attribute the model does not have (a misspelt name, a column not selected)
   * fail with {@link io.ilana.error.MissingAttributeException} instead of answering {@code null}.
   */
  public ModelType<T> preventAccessingMissingAttributes() {
    open().preventMissingAttributes = true;
    return this;
  }

  /**
   * Eloquent's {@code shouldBeStrict()}: {@link #preventLazyLoading()}, {@link
   * #strictMassAssignment()} (unknown or guarded names in mass assignment fail instead of being
   * dropped) and {@link #preventAccessingMissingAttributes()}.
   */
  public ModelType<T> shouldBeStrict() {
    return preventLazyLoading().strictMassAssignment().preventAccessingMissingAttributes();
  }

  /** Whether reading a missing attribute fails ({@link #preventAccessingMissingAttributes()}). */
  boolean preventsMissingAttributes() {
    return preventMissingAttributes;
  }

  private ModelType<T> open() {
    if (frozen != null) {
      throw new InvalidDefinitionException(
          "The ModelType of "
              + modelClass.getName()
              + " is already in use; declare everything before the first query or instance.");
    }
    return this;
  }

  // ---- use -----------------------------------------------------------------------------------

  /** The model class. */
  public Class<T> modelClass() {
    return modelClass;
  }

  /** The table. */
  public String table() {
    return table;
  }

  /** The primary key column. */
  public String keyName() {
    return keyName;
  }

  /** How primary key values are made. */
  public KeyType keyType() {
    return keyType;
  }

  /** Whether the model soft-deletes. */
  public boolean softDeleting() {
    return deletedAt != null;
  }

  /** The declared relation, or {@link RelationNotFoundException} naming the model and relation. */
  Function<T, ? extends Relation<?>> relationFor(String name) {
    Function<T, ? extends Relation<?>> relation = relations.get(name);
    if (relation == null) {
      relation = relationMethods().get(name);
    }
    if (relation == null) {
      throw new RelationNotFoundException(modelClass, name);
    }
    return relation;
  }

  /**
   * The relation {@code name} of {@code model}, as its relation method returns it: what a factory's
   * {@code has("posts")} or {@code for("user")} writes through. {@link RelationNotFoundException}
   * naming the model class and relation when there is none.
   */
  public Relation<?> relationOf(T model, String name) {
    return relationFor(name).apply(model);
  }

  /** Whether the model declares the relation {@code name} (registered, or as a method). */
  public boolean hasRelation(String name) {
    return relations.containsKey(name) || relationMethods().containsKey(name);
  }

  /** The names of the declared relations (registered first, then methods), in order. */
  public List<String> relationNames() {
    Set<String> names = new LinkedHashSet<>(relations.keySet());
    names.addAll(relationMethods().keySet());
    return List.copyOf(names);
  }

  /** The model's public relation methods by name, found once: declared once, by the method. */
  private Map<String, Function<T, ? extends Relation<?>>> relationMethods() {
    Map<String, Function<T, ? extends Relation<?>>> found = relationMethods;
    if (found == null) {
      found = RelationMethods.of(modelClass);
      relationMethods = found;
    }
    return found;
  }

  /** The relations whose models are touched when a model of this type is saved. */
  List<String> touchedRelations() {
    return Collections.unmodifiableList(touches);
  }

  /** Whether reading a relation that was not loaded fails ({@link #preventLazyLoading()}). */
  public boolean preventsLazyLoading() {
    return preventLazyLoading;
  }

  /** The type the model class declares. */
  public static <T extends Model<T>> ModelType<T> forClass(Class<T> modelClass) {
    return ModelTypes.of(modelClass);
  }

  /** A query on the default {@link Database} manager. */
  public ModelQuery<T> query() {
    return query(Database.manager());
  }

  /** A query on the given manager, on the model's connection. */
  public ModelQuery<T> query(DatabaseManager manager) {
    return query(
        connectionName == null ? manager.connection() : manager.connection(connectionName));
  }

  /** A query on the given connection. */
  public ModelQuery<T> query(DatabaseConnection connection) {
    return ModelQuery.create(this, connection);
  }

  /** Same as {@link #query(DatabaseManager)}. */
  public ModelQuery<T> using(DatabaseManager manager) {
    return query(manager);
  }

  /** A query on a named connection of the default manager. */
  public ModelQuery<T> on(String connection) {
    return query(Database.manager().connection(connection));
  }

  /** A new, unsaved instance with the defaults. */
  public T newInstance() {
    return newInstance(null);
  }

  T newInstance(DatabaseConnection connection) {
    T model = blank(connection);
    // Generated keys exist from the start, so values bound to the row (encryption) can use them.
    if (keyType == KeyType.UUID || keyType == KeyType.ULID) {
      model.setRaw(keyName, Persister.newKey(this));
    }
    defaults.forEach((key, value) -> model.setRaw(key, frozen().transforms().castOnly(key, value)));
    return model;
  }

  /** A new, unsaved instance with the defaults, filled (mass assignment applies). */
  public T make(Map<String, ?> attributes) {
    return newInstance().fill(attributes);
  }

  /** Runs the work with every model event muted, for every model type. */
  public static <R> Mono<R> withoutEvents(Mono<R> work) {
    return work.contextWrite(context -> context.put(ModelEvents.MUTED, true));
  }

  /** {@link #withoutEvents(Mono)} for many values. */
  public static <R> Flux<R> withoutEvents(Flux<R> work) {
    return work.contextWrite(context -> context.put(ModelEvents.MUTED, true));
  }

  /** The connection a model not read through a query saves to. */
  DatabaseConnection defaultConnection() {
    DatabaseManager manager = Database.manager();
    return connectionName == null ? manager.connection() : manager.connection(connectionName);
  }

  T blank(DatabaseConnection connection) {
    T model = factory.get();
    model.attach(this, connection);
    return model;
  }

  Frozen<T> frozen() {
    Frozen<T> current = frozen;
    if (current == null) {
      synchronized (this) {
        if (frozen == null) {
          frozen = freeze();
        }
        current = frozen;
      }
    }
    return current;
  }

  private Frozen<T> freeze() {
    AttributeTransforms.requireRowKeys(modelClass.getSimpleName(), table, keyName, keyType, casts);
    return new Frozen<>(
        new MassAssignment(fillable, guarded, strict || Boolean.getBoolean(STRICT_PROPERTY)),
        new Visibility(hidden, visible, appends),
        new Timestamps(timestamps, createdAt, updatedAt),
        deletedAt == null ? null : new SoftDeletes(table, deletedAt),
        new AttributeTransforms<>(table, casts, mutators, accessors),
        new Scopes<>(locals, globalsWithSoftDeletes()),
        new ModelEvents<>(listeners, observers));
  }

  private Map<String, UnaryOperator<QueryBuilder>> globalsWithSoftDeletes() {
    Map<String, UnaryOperator<QueryBuilder>> all = new LinkedHashMap<>(globals);
    if (deletedAt != null) {
      SoftDeletes soft = new SoftDeletes(table, deletedAt);
      all.put(SoftDeletes.SCOPE, soft::withoutTrashed);
    }
    return all;
  }

  /** The concerns, built once when the declaration freezes. */
  record Frozen<T extends Model<T>>(
      MassAssignment massAssignment,
      Visibility visibility,
      Timestamps timestamps,
      SoftDeletes softDeletes,
      AttributeTransforms<T> transforms,
      Scopes<T> scopes,
      ModelEvents<T> events) {}

  @Override
  public String toString() {
    return "ModelType[" + modelClass.getSimpleName() + ", " + table + "]";
  }
}
