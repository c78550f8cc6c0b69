package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.CrossConnectionRelationException;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link HasManyThrough} and {@link HasOneThrough} share: the related models are reached
 * through an intermediate table. A country has many posts through its users: {@code
 * users.country_id = countries.id} and {@code posts.user_id = users.id}. When the intermediate
 * model soft-deletes, its trashed rows connect nothing.
 *
 * <p>The relation query joins the intermediate table, so a column both tables have must be
 * qualified in conditions ({@code "posts.created_at"}).
 *
 * @param <R> the related model type
 */
public abstract class HasOneOrManyThrough<R extends Model<R>> extends Relation<R> {
  /**
   * The attribute carrying the parent key while eager results are matched; removed from the related
   * models once they are matched.
   */
  static final String THROUGH_KEY = "ilana_through_key";

  private final Through through;

  /**
   * The intermediate type and the four key columns.
   *
   * @param query an unconstrained query of the intermediate type
   * @param firstKey the column of the intermediate table holding the parent's key
   * @param secondKey the column of the related table holding the intermediate model's key
   * @param localKey the parent's column the first key holds
   * @param secondLocalKey the intermediate model's column the second key holds
   */
  private record Through(
      ModelQuery<?> query,
      String firstKey,
      String secondKey,
      String localKey,
      String secondLocalKey) {}

  /**
   * A relation from {@code parent} to the {@code related} models through {@code through}: {@code
   * through.firstKey = parent.localKey} and {@code related.secondKey = through.secondLocalKey}.
   */
  HasOneOrManyThrough(
      Model<?> parent,
      ModelQuery<R> related,
      ModelQuery<?> through,
      String firstKey,
      String secondKey,
      String localKey,
      String secondLocalKey) {
    super(parent, related);
    this.through = new Through(through, firstKey, secondKey, localKey, secondLocalKey);
  }

  /** The intermediate table. */
  public String throughTable() {
    return through.query().type().table();
  }

  /** The column of the intermediate table holding the parent's key. */
  public String firstKey() {
    return through.firstKey();
  }

  /** The column of the related table holding the intermediate model's key. */
  public String secondKey() {
    return through.secondKey();
  }

  /** The parent's column the first key holds. */
  public String localKey() {
    return through.localKey();
  }

  /** The intermediate model's column the second key holds. */
  public String secondLocalKey() {
    return through.secondLocalKey();
  }

  /** The alias the intermediate table is joined under when its name is already taken. */
  static final String THROUGH_ALIAS = "ilana_through";

  /**
   * The name the relation's own queries read the intermediate table under: its name, or {@link
   * #THROUGH_ALIAS} when it is the related table too (a node's grandchildren through its children).
   */
  private String throughName() {
    return throughTable().equals(relatedTable()) ? THROUGH_ALIAS : throughTable();
  }

  private String qualifiedFirstKey() {
    return throughName() + "." + through.firstKey();
  }

  /**
   * Joins the intermediate table, read under {@code throughName} (its name or an alias), to the
   * related rows, read under {@code relatedName}. A soft-deleting intermediate type is joined as
   * its own scoped query under that name, so trashed rows drop out and qualified columns still
   * read.
   */
  private QueryBuilder joinThrough(QueryBuilder query, String throughName, String relatedName) {
    requireOneDatabase();
    String first = throughName + "." + through.secondLocalKey();
    String second = relatedName + "." + through.secondKey();
    ModelType<?> type = through.query().type();
    if (!type.softDeleting()) {
      String joined =
          throughName.equals(throughTable()) ? throughName : throughTable() + " as " + throughName;
      return query.join(joined, first, second);
    }
    QueryBuilder live = through.query().withoutGlobalScopes().withoutTrashed().toBase();
    return query.joinSub(live, throughName, first, "=", second);
  }

  /**
   * The intermediate table is joined into the related query's one statement, so it must be on that
   * query's database: checked when a query is built, not when the relation is declared, so that
   * listing a model's relations never fails.
   */
  private void requireOneDatabase() {
    DatabaseConnection own = connection();
    DatabaseConnection other = through.query().connection();
    if (!own.sameDatabaseAs(other)) {
      throw new CrossConnectionRelationException(
          parent().getClass().getSimpleName()
              + " to "
              + relatedType().modelClass().getSimpleName()
              + " through "
              + through.query().type().modelClass().getSimpleName(),
          "a join through " + throughTable(),
          own.name(),
          through.query().type().modelClass().getSimpleName(),
          other.name());
    }
  }

  private QueryBuilder joinThrough(QueryBuilder query) {
    return joinThrough(query, throughName(), relatedTable());
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    // A parent without a key would otherwise match every intermediate row whose key is null.
    return query
        .query(builder -> joinThrough(builder).select(relatedTable() + ".*"))
        .where(qualifiedFirstKey(), raw(parent(), through.localKey()))
        .whereNotNull(qualifiedFirstKey());
  }

  /**
   * The related rows joined with the intermediate ones, tied to the parent row. When the
   * intermediate table is also the parent's or the related one (a node's grandchildren through its
   * children), it is joined under {@link #THROUGH_ALIAS} so that each name means one table.
   */
  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    String relatedName = query.qualifier();
    String throughName =
        throughTable().equals(parentTable) || throughTable().equals(relatedName)
            ? THROUGH_ALIAS
            : throughTable();
    return joinThrough(query.toBase(), throughName, relatedName)
        .whereColumn(
            throughName + "." + through.firstKey(), parentTable + "." + through.localKey());
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys =
        Keys.distinct(parents.stream().map(p -> raw(p, through.localKey())).toList());
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        related()
            .query(
                builder ->
                    joinThrough(builder)
                        .select(relatedTable() + ".*", qualifiedFirstKey() + " as " + THROUGH_KEY))
            .whereIn(qualifiedFirstKey(), keys));
  }

  @Override
  void requireMatchable(R result, String name) {
    if (!result.attributes().containsKey(THROUGH_KEY)) {
      throw unmatchable(name, THROUGH_KEY);
    }
  }

  /**
   * The results grouped by the parent key they were read for; the key attribute is removed from
   * each, so it shows neither in {@code toMap()} nor in JSON.
   */
  Map<Object, List<R>> byParentKey(List<R> results) {
    Map<Object, List<R>> groups = new HashMap<>();
    for (R result : results) {
      Object key = Keys.normalise(raw(result, THROUGH_KEY));
      result.forgetAttribute(THROUGH_KEY);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
    }
    return groups;
  }

  /** The related models of one parent among the grouped results; empty when it has none. */
  List<R> of(Map<Object, List<R>> groups, Model<?> parent) {
    return groups.getOrDefault(Keys.normalise(raw(parent, through.localKey())), List.of());
  }
}
