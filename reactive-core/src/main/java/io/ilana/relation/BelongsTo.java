package io.ilana.relation;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.query.QueryBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parent holds the key of its owner: a post belongs to a user ({@code posts.user_id =
 * users.id}). Loaded, the relation is the owner or {@code null}.
 *
 * @param <R> the owner's model type
 */
public final class BelongsTo<R extends Model<R>> extends Relation<R> {
  private final String foreignKey;
  private final String ownerKey;

  /** The foreign key column on the parent and the key column on the owner's table. */
  public BelongsTo(Model<?> parent, ModelQuery<R> related, String foreignKey, String ownerKey) {
    super(parent, related);
    this.foreignKey = foreignKey;
    this.ownerKey = ownerKey;
  }

  /** The foreign key column on the parent. */
  public String foreignKey() {
    return foreignKey;
  }

  /** The key column on the owner. */
  public String ownerKey() {
    return ownerKey;
  }

  private String qualifiedOwnerKey() {
    return relatedTable() + "." + ownerKey;
  }

  @Override
  protected ModelQuery<R> constrain(ModelQuery<R> query) {
    // A parent without a foreign key has no owner, not every owner whose key is null.
    return query
        .where(qualifiedOwnerKey(), raw(parent(), foreignKey))
        .whereNotNull(qualifiedOwnerKey());
  }

  @Override
  public QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return query.toBase().whereColumn(qualifiedOwnerKey(), parentTable + "." + foreignKey);
  }

  @Override
  public Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys = Keys.distinct(parents.stream().map(p -> raw(p, foreignKey)).toList());
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(related().whereIn(qualifiedOwnerKey(), keys));
  }

  @Override
  public void match(List<? extends Model<?>> parents, List<R> results, String name) {
    Map<Object, R> owners = new HashMap<>();
    for (R owner : results) {
      owners.putIfAbsent(Keys.normalise(raw(owner, ownerKey)), owner);
    }
    for (Model<?> parent : parents) {
      parent.setRelation(name, owners.get(Keys.normalise(raw(parent, foreignKey))));
    }
  }

  /**
   * Points the parent at {@code owner} (sets the foreign key; does not save) and returns the
   * parent.
   */
  public Model<?> associate(R owner) {
    return parent().set(foreignKey, raw(owner, ownerKey));
  }

  /** Clears the parent's foreign key (does not save) and returns the parent. */
  public Model<?> dissociate() {
    return parent().set(foreignKey, null);
  }
}
