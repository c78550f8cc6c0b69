package io.ilana.model;

import io.ilana.error.RelationNotFoundException;
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
  BelongsTo(Model<?> parent, ModelQuery<R> related, String foreignKey, String ownerKey) {
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
  ModelQuery<R> constrain(ModelQuery<R> query) {
    // A parent without a foreign key has no owner, not every owner whose key is null.
    return query
        .where(qualifiedOwnerKey(), raw(parent(), foreignKey))
        .whereNotNull(qualifiedOwnerKey());
  }

  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return query
        .toBase()
        .whereColumn(query.qualifier() + "." + ownerKey, parentTable + "." + foreignKey);
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    List<Object> keys = Keys.distinct(parents.stream().map(p -> raw(p, foreignKey)).toList());
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(related().whereIn(qualifiedOwnerKey(), keys));
  }

  @Override
  void requireMatchable(R result, String name) {
    if (!result.attributes().containsKey(ownerKey)) {
      throw unmatchable(name, ownerKey);
    }
  }

  @Override
  void match(List<? extends Model<?>> parents, List<R> results, String name) {
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
   * parent. A loaded copy of this relation on the parent now holds {@code owner}.
   */
  public Model<?> associate(R owner) {
    parent().set(foreignKey, raw(owner, ownerKey));
    replaceLoaded(owner);
    return parent();
  }

  /**
   * Clears the parent's foreign key (does not save) and returns the parent; a loaded copy of this
   * relation now holds {@code null}.
   */
  public Model<?> dissociate() {
    parent().set(foreignKey, null);
    replaceLoaded(null);
    return parent();
  }

  /** Stores {@code owner} under every loaded relation of the parent that is this relation. */
  private void replaceLoaded(R owner) {
    for (String name : List.copyOf(parent().relations().keySet())) {
      if (declared(parent(), name) instanceof BelongsTo<?> same
          && same.foreignKey.equals(foreignKey)
          && same.relatedType() == relatedType()) {
        parent().setRelation(name, owner);
      }
    }
  }

  @SuppressWarnings("unchecked") // a model's class is the class its type was declared for
  private static <T extends Model<T>> Relation<?> declared(Model<?> model, String name) {
    T typed = (T) model;
    try {
      return ModelType.forClass((Class<T>) typed.getClass()).relationFor(name).apply(typed);
    } catch (RelationNotFoundException undeclared) {
      return null; // stored by hand or a pivot: not a relation of the type
    }
  }
}
