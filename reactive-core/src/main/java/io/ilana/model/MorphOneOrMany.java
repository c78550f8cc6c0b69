package io.ilana.model;

import io.ilana.query.QueryBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * What {@link MorphMany} and {@link MorphOne} share: the related table points at its parent with
 * two columns, the parent's key ({@code commentable_id}) and the parent's type ({@code
 * commentable_type}), so one table can hold the children of several parent types. The type stored
 * is the parent class's {@link MorphMap} alias, or its class name when it has none.
 *
 * @param <R> the related model type
 */
public abstract class MorphOneOrMany<R extends Model<R>> extends HasOneOrMany<R> {
  private final String typeColumn;

  /**
   * The type and id columns on the related table and the key column on the parent the id column
   * holds.
   */
  MorphOneOrMany(
      Model<?> parent, ModelQuery<R> related, String typeColumn, String idColumn, String localKey) {
    super(parent, related, idColumn, localKey);
    this.typeColumn = typeColumn;
  }

  /** The column on the related table naming the parent's type. */
  public String typeColumn() {
    return typeColumn;
  }

  /**
   * The value the type column holds for this parent: its {@link MorphMap} alias or class name;
   * fails with {@link io.ilana.error.MorphTypeException} when the map is enforced and the parent's
   * class is not in it.
   */
  public String morphAlias() {
    return MorphRegistry.of(parent()).aliasFor(parent().getClass());
  }

  private String qualifiedTypeColumn() {
    return relatedTable() + "." + typeColumn;
  }

  @Override
  ModelQuery<R> constrain(ModelQuery<R> query) {
    return super.constrain(query).where(qualifiedTypeColumn(), morphAlias());
  }

  @Override
  QueryBuilder correlated(ModelQuery<R> query, String parentTable) {
    return super.correlated(query, parentTable)
        .where(query.qualifier() + "." + typeColumn, morphAlias());
  }

  @Override
  Optional<ModelQuery<R>> eagerQuery(List<? extends Model<?>> parents) {
    // Every parent of a batch is of one class: the relation was declared on it.
    return super.eagerQuery(parents).map(query -> query.where(qualifiedTypeColumn(), morphAlias()));
  }

  /** A new related model with the id and type columns set, filled (mass assignment applies). */
  @Override
  public R make(Map<String, ?> attributes) {
    String alias = morphAlias();
    return super.make(attributes).set(typeColumn, alias);
  }

  /** Sets the model's id and type columns to point at the parent and saves it. */
  @Override
  public Mono<R> save(R model) {
    return Mono.defer(() -> super.save(model.set(typeColumn, morphAlias())));
  }
}
