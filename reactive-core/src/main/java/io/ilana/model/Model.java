package io.ilana.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ilana.collection.Attributes;
import io.ilana.db.DatabaseConnection;
import io.ilana.error.InvalidCastException;
import io.ilana.error.LazyLoadingViolationException;
import io.ilana.error.MissingAttributeException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * An active-record model: one row of its table, with typed access to its attributes, dirty tracking
 * and reactive persistence. What a model class declares lives in its {@link ModelType}; the model
 * keeps only its data and delegates every concern to the type's composed parts.
 *
 * <pre>{@code
 * public class User extends Model<User> {
 *   static final ModelType<User> TYPE = ModelType.of(User.class, User::new).table("users");
 *   public static ModelQuery<User> query() { return TYPE.query(); }
 * }
 * }</pre>
 *
 * <p>Writes return Monos: {@link #save()} emits the model, or completes empty when a {@code
 * saving}, {@code creating} or {@code updating} listener cancelled it; {@link #delete()} emits
 * {@code false} when cancelled. Models serialise to JSON as {@link #toMap()} (see {@link
 * #toJsonMap()}), under Jackson 2 and Jackson 3 alike.
 *
 * @param <T> the model class itself
 */
// Both annotations come from jackson-annotations, which Jackson 2 and Jackson 3 share: a mapper of
// either version writes the model as toJsonMap(), and finds no bean property to fall back on.
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
public abstract class Model<T extends Model<T>> implements Attributes {
  private final ModelState state = new ModelState();
  private final Map<String, Object> relations = new LinkedHashMap<>();
  private ModelType<T> type;
  private DatabaseConnection connection;

  /** For subclasses; instances come from {@link ModelType#newInstance()} or queries. */
  protected Model() {}

  /** A query for the model class, through its registered {@link ModelType}. */
  public static <M extends Model<M>> ModelQuery<M> query(Class<M> modelClass) {
    return ModelTypes.of(modelClass).query();
  }

  void attach(ModelType<T> type, DatabaseConnection connection) {
    this.type = type;
    this.connection = connection;
  }

  @SuppressWarnings("unchecked") // getClass() of a Model<T> subclass is Class<T> by declaration
  ModelType<T> type() {
    if (type == null) {
      type = ModelTypes.of((Class<T>) getClass());
    }
    return type;
  }

  @SuppressWarnings("unchecked") // T is this class by declaration
  T self() {
    return (T) this;
  }

  ModelState state() {
    return state;
  }

  DatabaseConnection connection() {
    if (connection == null) {
      connection = type().defaultConnection();
    }
    return connection;
  }

  /** Saves this model on the given connection from now on. */
  public T setConnection(DatabaseConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
    return self();
  }

  // ---- attributes ----------------------------------------------------------------------------

  /**
   * The attribute in model form: through its accessor or cast; {@code null} when absent, or a
   * {@link io.ilana.error.MissingAttributeException} when the type prevents that ({@code
   * shouldBeStrict()}).
   */
  public Object get(String key) {
    AttributeTransforms<T> transforms = type().frozen().transforms();
    Object stored = state.attributes().get(key);
    if (stored == null
        && type().preventsMissingAttributes()
        && !state.attributes().containsKey(key)
        && !transforms.hasAccessor(key)) {
      throw new MissingAttributeException(getClass(), key);
    }
    return transforms.read(self(), key, stored);
  }

  /** The typed attribute in model form. */
  public <V> V get(Attribute<T, V> attribute) {
    return get(attribute.name(), attribute.type());
  }

  /** Assigns the typed attribute through its mutator and cast; no mass-assignment check. */
  public <V> T set(Attribute<T, V> attribute, V value) {
    return set(attribute.name(), value);
  }

  /** Same as {@link #get(String)}, for {@link io.ilana.collection.Items} plucking and grouping. */
  @Override
  public Object attribute(String key) {
    return get(key);
  }

  /**
   * The attribute converted to {@code kind} (numbers, booleans, dates, strings), exactly: a value
   * that is not one of {@code kind} ({@code 3.7} read as a {@code Long}, {@code "abc"} as a number)
   * is an {@link InvalidCastException} naming the model, the attribute and the value.
   */
  public <V> V get(String key, Class<V> kind) {
    Object value = get(key);
    try {
      return Conversions.to(value, kind);
    } catch (RuntimeException notOfKind) {
      throw new InvalidCastException(
          getClass().getSimpleName()
              + "."
              + key
              + " is "
              + (value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value))
              + ", which is not a "
              + kind.getSimpleName()
              + ".");
    }
  }

  /** The attribute as a string. */
  public String getString(String key) {
    Object value = get(key);
    return value == null ? null : value.toString();
  }

  /** The attribute as a Long; a value with a fraction is an {@link InvalidCastException}. */
  public Long getLong(String key) {
    return get(key, Long.class);
  }

  /** The attribute as an Integer; exact, as {@link #getLong}. */
  public Integer getInteger(String key) {
    return get(key, Integer.class);
  }

  /** The attribute as a Double. */
  public Double getDouble(String key) {
    return get(key, Double.class);
  }

  /** The attribute as a BigDecimal. */
  public BigDecimal getBigDecimal(String key) {
    return get(key, BigDecimal.class);
  }

  /** The attribute as a Boolean; numbers are true when not zero. */
  public Boolean getBoolean(String key) {
    return get(key, Boolean.class);
  }

  /** The attribute as an Instant; a date-time without zone is read as UTC. */
  public Instant getInstant(String key) {
    return get(key, Instant.class);
  }

  /** The attribute as a LocalDate. */
  public LocalDate getLocalDate(String key) {
    return get(key, LocalDate.class);
  }

  /** The primary key's value, or {@code null} before the first save. */
  public Object getKey() {
    return state.attributes().get(type().keyName());
  }

  /** Every attribute as stored (casts not applied), read-only. */
  public Map<String, Object> attributes() {
    return state.readOnlyAttributes();
  }

  /** Assigns the attribute through its mutator and cast; no mass-assignment check. */
  public T set(String key, Object value) {
    state.attributes().put(key, type().frozen().transforms().write(self(), key, value));
    return self();
  }

  void setRaw(String key, Object value) {
    state.attributes().put(key, value);
  }

  /**
   * Assigns the fillable attributes; see {@link ModelType#fillable} and {@link ModelType#guarded}.
   */
  public T fill(Map<String, ?> attributes) {
    type().frozen().massAssignment().fillableOf(attributes, getClass()).forEach(this::set);
    return self();
  }

  /** Assigns every attribute, fillable or not. Only for trusted input. */
  public T forceFill(Map<String, ?> attributes) {
    attributes.forEach(this::set);
    return self();
  }

  // ---- dirty tracking ------------------------------------------------------------------------

  /** Whether any attribute differs from what was last read or saved. */
  public boolean isDirty() {
    return !state.dirty().isEmpty();
  }

  /** Whether any of the attributes differ from what was last read or saved. */
  public boolean isDirty(String... keys) {
    for (String key : keys) {
      if (state.dirty(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether nothing changed since the last read or save. */
  public boolean isClean() {
    return !isDirty();
  }

  /** The changed attributes, as stored. */
  public Map<String, Object> dirty() {
    return state.dirty();
  }

  /** The attributes as last read or saved. */
  public Map<String, Object> original() {
    return state.original();
  }

  /** One attribute as last read or saved, in model form. */
  public Object getOriginal(String key) {
    return type().frozen().transforms().read(self(), key, state.original().get(key));
  }

  /** Whether the last save changed anything. */
  public boolean wasChanged() {
    return !state.changes().isEmpty();
  }

  /** Whether the last save changed any of the attributes. */
  public boolean wasChanged(String... keys) {
    return Arrays.stream(keys).anyMatch(state.changes()::containsKey);
  }

  /** What the last save changed. */
  public Map<String, Object> changes() {
    return state.changes();
  }

  /** Whether the model has a row in the database. */
  public boolean exists() {
    return state.exists();
  }

  /** Whether this model was inserted by its last save. */
  public boolean wasRecentlyCreated() {
    return state.recentlyCreated();
  }

  // ---- persistence ---------------------------------------------------------------------------

  /** Inserts or updates (only dirty columns; nothing when clean); empty when an event cancels. */
  public Mono<T> save() {
    return Persister.save(self());
  }

  /** Fills the attributes (mass assignment applies) and saves. */
  public Mono<T> update(Map<String, ?> attributes) {
    return Mono.defer(() -> fill(attributes).save());
  }

  /** Deletes (soft when the model soft-deletes); {@code false} when cancelled or not saved. */
  public Mono<Boolean> delete() {
    return Persister.delete(self(), false);
  }

  /** Deletes the row even when the model soft-deletes. */
  public Mono<Boolean> forceDelete() {
    return Persister.delete(self(), true);
  }

  /** Clears {@code deleted_at} and saves; empty when an event cancels. */
  public Mono<T> restore() {
    return Persister.restore(self());
  }

  /** Whether the model is soft-deleted. */
  public boolean trashed() {
    SoftDeletes soft = type().frozen().softDeletes();
    return soft != null && state.attributes().get(soft.column()) != null;
  }

  /** Adds one to the column in the database and on the model. */
  public Mono<T> increment(String column) {
    return increment(column, 1);
  }

  /** Adds {@code amount} to the column in the database and on the model. */
  public Mono<T> increment(String column, Number amount) {
    return Persister.increment(self(), column, amount, true);
  }

  /** Subtracts one from the column in the database and on the model. */
  public Mono<T> decrement(String column) {
    return decrement(column, 1);
  }

  /** Subtracts {@code amount} from the column in the database and on the model. */
  public Mono<T> decrement(String column, Number amount) {
    return Persister.increment(self(), column, amount, false);
  }

  /** Sets {@code updated_at} to now and saves. */
  public Mono<T> touch() {
    return Mono.defer(
        () -> {
          Timestamps timestamps = type().frozen().timestamps();
          if (!timestamps.enabled() || timestamps.updatedAtColumn() == null) {
            return Mono.just(self());
          }
          setRaw(timestamps.updatedAtColumn(), Timestamps.now());
          return save();
        });
  }

  /** Reloads this model's attributes from the database (soft-deleted rows included). */
  public Mono<T> refresh() {
    return Persister.reload(self())
        .map(
            row -> {
              Hydrator.load(type(), self(), row);
              return self();
            });
  }

  /** A new instance read again from the database; empty when the row is gone. */
  public Mono<T> fresh() {
    return Persister.reload(self()).map(row -> Hydrator.hydrate(type(), connection(), row));
  }

  /** An unsaved copy without the key and timestamps, or the given attributes. */
  public T replicate(String... except) {
    T copy = type().blank(connection);
    Map<String, Object> attributes = new LinkedHashMap<>(state.attributes());
    attributes.remove(type().keyName());
    attributes.keySet().removeAll(Persister.timestampColumns(type()));
    attributes.keySet().removeAll(Arrays.asList(except));
    attributes.forEach(copy::setRaw);
    return copy;
  }

  /** Whether the other model is the same row: same class, table, connection and key. */
  public boolean is(Model<?> other) {
    return other != null
        && getKey() != null
        && other.getClass() == getClass()
        && Conversions.same(getKey(), other.getKey())
        && type().table().equals(other.type().table())
        && connection().name().equals(other.connection().name());
  }

  /** The opposite of {@link #is}. */
  public boolean isNot(Model<?> other) {
    return !is(other);
  }

  // ---- relations (declared by the model class) -------------------------------------------

  /** This model has many {@code related} models whose {@code foreignKey} holds this model's key. */
  protected <R extends Model<R>> HasMany<R> hasMany(Class<R> related, String foreignKey) {
    return hasMany(related, foreignKey, type().keyName());
  }

  /** {@link #hasMany(Class, String)} with the parent column the foreign key points at. */
  protected <R extends Model<R>> HasMany<R> hasMany(
      Class<R> related, String foreignKey, String localKey) {
    return new HasMany<>(this, relatedQuery(related), foreignKey, localKey);
  }

  /** This model has one {@code related} model whose {@code foreignKey} holds this model's key. */
  protected <R extends Model<R>> HasOne<R> hasOne(Class<R> related, String foreignKey) {
    return hasOne(related, foreignKey, type().keyName());
  }

  /** {@link #hasOne(Class, String)} with the parent column the foreign key points at. */
  protected <R extends Model<R>> HasOne<R> hasOne(
      Class<R> related, String foreignKey, String localKey) {
    return new HasOne<>(this, relatedQuery(related), foreignKey, localKey);
  }

  /**
   * This model has many {@code related} models through {@code through} models: the through table's
   * {@code firstKey} holds this model's key and the related table's {@code secondKey} holds the
   * through model's key. A country has many posts through users: {@code hasManyThrough(Post.class,
   * User.class, "country_id", "user_id")}.
   */
  protected <R extends Model<R>, M extends Model<M>> HasManyThrough<R> hasManyThrough(
      Class<R> related, Class<M> through, String firstKey, String secondKey) {
    return hasManyThrough(
        related, through, firstKey, secondKey, type().keyName(), ModelTypes.of(through).keyName());
  }

  /**
   * {@link #hasManyThrough(Class, Class, String, String)} with the columns the keys hold: {@code
   * localKey} on this model, {@code secondLocalKey} on the through model.
   */
  protected <R extends Model<R>, M extends Model<M>> HasManyThrough<R> hasManyThrough(
      Class<R> related,
      Class<M> through,
      String firstKey,
      String secondKey,
      String localKey,
      String secondLocalKey) {
    return new HasManyThrough<>(
        this,
        relatedQuery(related),
        throughQuery(through, related),
        firstKey,
        secondKey,
        localKey,
        secondLocalKey);
  }

  /**
   * This model has one {@code related} model through a {@code through} model; the keys are those of
   * {@link #hasManyThrough(Class, Class, String, String)}.
   */
  protected <R extends Model<R>, M extends Model<M>> HasOneThrough<R> hasOneThrough(
      Class<R> related, Class<M> through, String firstKey, String secondKey) {
    return hasOneThrough(
        related, through, firstKey, secondKey, type().keyName(), ModelTypes.of(through).keyName());
  }

  /** {@link #hasOneThrough(Class, Class, String, String)} with the columns the keys hold. */
  protected <R extends Model<R>, M extends Model<M>> HasOneThrough<R> hasOneThrough(
      Class<R> related,
      Class<M> through,
      String firstKey,
      String secondKey,
      String localKey,
      String secondLocalKey) {
    return new HasOneThrough<>(
        this,
        relatedQuery(related),
        throughQuery(through, related),
        firstKey,
        secondKey,
        localKey,
        secondLocalKey);
  }

  /**
   * Drops an attribute that was read but is not part of the model, such as the key a through
   * relation reads to match eager results: it leaves the attributes and the original alike, so the
   * model stays clean and neither {@code toMap()} nor JSON show it.
   */
  T forgetAttribute(String key) {
    state.forget(key);
    return self();
  }

  /** This model's {@code foreignKey} holds the key of its {@code related} owner. */
  protected <R extends Model<R>> BelongsTo<R> belongsTo(Class<R> related, String foreignKey) {
    return belongsTo(related, foreignKey, ModelTypes.of(related).keyName());
  }

  /** {@link #belongsTo(Class, String)} with the owner column the foreign key points at. */
  protected <R extends Model<R>> BelongsTo<R> belongsTo(
      Class<R> related, String foreignKey, String ownerKey) {
    return new BelongsTo<>(this, relatedQuery(related), foreignKey, ownerKey);
  }

  // ---- polymorphic relations (MorphMap aliases name the parent's type) ----------------------

  /**
   * This model belongs to an owner of any model class: its {@code <name>_type} column names the
   * owner's class (a {@link io.ilana.model.MorphMap} alias or the class name) and {@code <name>_id}
   * holds the owner's key. Declare it as {@code MorphTo<?>}: the class is read per row.
   */
  protected MorphTo<?> morphTo(String name) {
    return morphTo(name, name + "_type", name + "_id");
  }

  /** {@link #morphTo(String)} with the type and id columns named explicitly. */
  protected MorphTo<?> morphTo(String name, String typeColumn, String idColumn) {
    return MorphTo.of(this, name, typeColumn, idColumn, this::relatedQuery);
  }

  /**
   * This model has one {@code related} model whose {@code <name>_id} holds this model's key and
   * whose {@code <name>_type} holds this model's morph alias (or class name): one table of images
   * serving posts and users alike.
   */
  protected <R extends Model<R>> MorphOne<R> morphOne(Class<R> related, String name) {
    return morphOne(related, name + "_type", name + "_id", type().keyName());
  }

  /**
   * {@link #morphOne(Class, String)} with the related type and id columns and the parent column the
   * id column points at named explicitly.
   */
  protected <R extends Model<R>> MorphOne<R> morphOne(
      Class<R> related, String typeColumn, String idColumn, String localKey) {
    return new MorphOne<>(this, relatedQuery(related), typeColumn, idColumn, localKey);
  }

  /**
   * This model has many {@code related} models whose {@code <name>_id} holds this model's key and
   * whose {@code <name>_type} holds this model's morph alias (or class name): one table of comments
   * serving posts and videos alike.
   */
  protected <R extends Model<R>> MorphMany<R> morphMany(Class<R> related, String name) {
    return morphMany(related, name + "_type", name + "_id", type().keyName());
  }

  /**
   * {@link #morphMany(Class, String)} with the related type and id columns and the parent column
   * the id column points at named explicitly.
   */
  protected <R extends Model<R>> MorphMany<R> morphMany(
      Class<R> related, String typeColumn, String idColumn, String localKey) {
    return new MorphMany<>(this, relatedQuery(related), typeColumn, idColumn, localKey);
  }

  /**
   * This model and {@code related} models are tied by rows of {@code pivotTable}: its {@code
   * foreignPivotKey} holds this model's key, its {@code relatedPivotKey} the related model's key.
   */
  protected <R extends Model<R>> BelongsToMany<R> belongsToMany(
      Class<R> related, String pivotTable, String foreignPivotKey, String relatedPivotKey) {
    return new BelongsToMany<>(
        this,
        relatedQuery(related),
        pivotTable,
        foreignPivotKey,
        relatedPivotKey,
        type().keyName(),
        ModelTypes.of(related).keyName());
  }

  // ---- many-to-many: custom keys and polymorphic pivots -------------------------------------

  /**
   * {@link #belongsToMany(Class, String, String, String)} where the pivot keys point at {@code
   * parentKey} on this model and {@code relatedKey} on the related model instead of the primary
   * keys.
   */
  protected <R extends Model<R>> BelongsToMany<R> belongsToMany(
      Class<R> related,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey,
      String parentKey,
      String relatedKey) {
    return new BelongsToMany<>(
        this,
        relatedQuery(related),
        pivotTable,
        foreignPivotKey,
        relatedPivotKey,
        parentKey,
        relatedKey);
  }

  /**
   * This model is one of several types tied to {@code related} models through a polymorphic pivot
   * named after {@code name}: {@code morphToMany(Tag.class, "taggable")} reads {@code taggables
   * (taggable_id, taggable_type, tag_id)}, the type column holding this class's {@link
   * io.ilana.model.MorphMap} alias.
   */
  protected <R extends Model<R>> MorphToMany<R> morphToMany(Class<R> related, String name) {
    return morphToMany(related, name, name + "s");
  }

  /** {@link #morphToMany(Class, String)} through another pivot table. */
  protected <R extends Model<R>> MorphToMany<R> morphToMany(
      Class<R> related, String name, String pivotTable) {
    return morphToMany(related, name, pivotTable, name + "_id", foreignKeyFor(related));
  }

  /** {@link #morphToMany(Class, String, String)} with the pivot's key columns named. */
  protected <R extends Model<R>> MorphToMany<R> morphToMany(
      Class<R> related,
      String name,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey) {
    return new MorphToMany<>(
        this,
        relatedQuery(related),
        pivotTable,
        foreignPivotKey,
        relatedPivotKey,
        type().keyName(),
        ModelTypes.of(related).keyName(),
        name + "_type",
        getClass(),
        false);
  }

  /**
   * The inverse of {@link #morphToMany(Class, String)}: the {@code related} models of one type tied
   * to this model through the polymorphic pivot ({@code morphedByMany(Post.class, "taggable")} on
   * {@code Tag}); the type column holds {@code related}'s alias.
   */
  protected <R extends Model<R>> MorphToMany<R> morphedByMany(Class<R> related, String name) {
    return morphedByMany(related, name, name + "s");
  }

  /** {@link #morphedByMany(Class, String)} through another pivot table. */
  protected <R extends Model<R>> MorphToMany<R> morphedByMany(
      Class<R> related, String name, String pivotTable) {
    return morphedByMany(related, name, pivotTable, foreignKeyFor(getClass()), name + "_id");
  }

  /** {@link #morphedByMany(Class, String, String)} with the pivot's key columns named. */
  protected <R extends Model<R>> MorphToMany<R> morphedByMany(
      Class<R> related,
      String name,
      String pivotTable,
      String foreignPivotKey,
      String relatedPivotKey) {
    return new MorphToMany<>(
        this,
        relatedQuery(related),
        pivotTable,
        foreignPivotKey,
        relatedPivotKey,
        type().keyName(),
        ModelTypes.of(related).keyName(),
        name + "_type",
        related,
        true);
  }

  /** The default column pointing at a model class: {@code BlogPost} with key id → blog_post_id. */
  @SuppressWarnings("unchecked") // a model class is a Model<T> subclass by declaration
  private static <M extends Model<M>> String foreignKeyFor(Class<?> modelClass) {
    String snake =
        modelClass
            .getSimpleName()
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toLowerCase(java.util.Locale.ROOT);
    return snake + "_" + ModelTypes.of((Class<M>) modelClass).keyName();
  }

  /**
   * The intermediate query of a through relation: its table is joined into the related query's
   * statement, so it is read on the related connection unless the through model declares its own
   * (which must then reach the same database; the relation checks).
   */
  private <R extends Model<R>, M extends Model<M>> ModelQuery<M> throughQuery(
      Class<M> through, Class<R> related) {
    ModelType<M> type = ModelTypes.of(through);
    return type.query(
        type.relatedConnection(ModelTypes.of(related).relatedConnection(connection())));
  }

  // The related model's declared connection wins over this model's: see ModelType.connection.
  private <R extends Model<R>> ModelQuery<R> relatedQuery(Class<R> related) {
    ModelType<R> type = ModelTypes.of(related);
    return type.query(type.relatedConnection(connection()));
  }

  /**
   * A loaded relation: a {@code List} of models for to-many relations, the model or {@code null}
   * for to-one relations; {@code null} when not loaded (see {@link #relationLoaded}).
   */
  public Object relation(String name) {
    return loaded(name);
  }

  /** A loaded to-many relation as a list of {@code related}; empty when not loaded. */
  public <R extends Model<R>> List<R> relationList(String name, Class<R> related) {
    Object loaded = loaded(name);
    if (!(loaded instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(related::cast).toList();
  }

  /** A loaded to-one relation as {@code related}; {@code null} when none or not loaded. */
  public <R extends Model<R>> R relationModel(String name, Class<R> related) {
    return related.cast(loaded(name));
  }

  /** The loaded relation; when not loaded, fails if the type prevents lazy loading. */
  private Object loaded(String name) {
    if (!relations.containsKey(name) && type().preventsLazyLoading()) {
      throw new LazyLoadingViolationException(getClass(), name);
    }
    return relations.get(name);
  }

  /** Whether the relation was loaded (possibly empty). */
  public boolean relationLoaded(String name) {
    return relations.containsKey(name);
  }

  /**
   * Stores a loaded relation, as eager loading does: a list for a to-many relation, the model (or
   * {@code null}) for a to-one. Factories use it to hand back the models they created with the
   * parent.
   */
  public T setRelation(String name, Object value) {
    relations.put(name, value);
    return self();
  }

  /** Every loaded relation by name, read-only. */
  public Map<String, Object> relations() {
    return Collections.unmodifiableMap(relations);
  }

  /** Loads the named relations (dotted paths for nested ones) onto this model. */
  public Mono<T> load(String... relationPaths) {
    return EagerLoader.load(type(), List.of(self()), EagerLoadPlan.of(relationPaths))
        .thenReturn(self());
  }

  /** Loads the named relations not loaded yet. */
  public Mono<T> loadMissing(String... relationPaths) {
    return EagerLoader.loadMissing(type(), List.of(self()), EagerLoadPlan.of(relationPaths))
        .thenReturn(self());
  }

  /** The attributes as shown: casts and accessors applied, hidden left out, appends added. */
  public Map<String, Object> toMap() {
    return type().frozen().visibility().toMap(this);
  }

  /**
   * What JSON shows of the model: {@link #toMap()} (hidden attributes left out) with every point in
   * time as its UTC instant ({@code "2024-01-15T12:34:56.123Z"}, to the precision the column has)
   * and other dates and times as ISO-8601 text, so that a mapper without a Java time module writes
   * it too. Jackson 2 and 3 serialise a model as this map.
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    return ModelJson.ready(toMap());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + toMap();
  }
}
