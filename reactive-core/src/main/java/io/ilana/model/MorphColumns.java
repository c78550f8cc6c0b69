package io.ilana.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pair of columns through which a model points at an owner of any class: the type column
 * holding a morph map alias or class name, the id column holding the owner's key. Reads resolve the
 * stored type with {@link MorphRegistry#classFor}, writes store {@link MorphRegistry#aliasFor}, in
 * the map of the manager the model runs on.
 */
final class MorphColumns {
  private final String typeColumn;
  private final String idColumn;

  MorphColumns(String typeColumn, String idColumn) {
    this.typeColumn = typeColumn;
    this.idColumn = idColumn;
  }

  String typeColumn() {
    return typeColumn;
  }

  String idColumn() {
    return idColumn;
  }

  /** The stored owner key, as read. */
  Object id(Model<?> model) {
    return Relation.raw(model, idColumn);
  }

  /** The class the stored type names, or empty when no type is stored. */
  Optional<Class<? extends Model<?>>> storedClass(Model<?> model) {
    Object type = Relation.raw(model, typeColumn);
    return type == null
        ? Optional.empty()
        : Optional.of(MorphRegistry.of(model).classFor(type.toString()));
  }

  /** The owner's class when the model stores both a type and a key to look for. */
  Optional<Class<? extends Model<?>>> pointedAt(Model<?> model) {
    return id(model) == null ? Optional.empty() : storedClass(model);
  }

  /** The models pointing at an owner, by the owner's class, in first-seen order. */
  Map<Class<?>, List<Model<?>>> byOwnerClass(List<? extends Model<?>> models) {
    Map<Class<?>, List<Model<?>>> groups = new LinkedHashMap<>();
    for (Model<?> model : models) {
      pointedAt(model)
          .ifPresent(owner -> groups.computeIfAbsent(owner, key -> new ArrayList<>()).add(model));
    }
    return groups;
  }

  /** Stores an owner's alias and key on the model (not saved). */
  void point(Model<?> model, String alias, Object key) {
    model.set(typeColumn, alias).set(idColumn, key);
  }

  /** Clears both columns on the model (not saved). */
  void clear(Model<?> model) {
    model.set(typeColumn, null).set(idColumn, null);
  }
}
