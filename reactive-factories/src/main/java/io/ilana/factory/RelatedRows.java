package io.ilana.factory;

import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasOneOrMany;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.Relation;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The related rows of {@link Factory#createWithRelations}, written through each relation. */
final class RelatedRows {
  private RelatedRows() {}

  static <T extends Model<T>> Mono<T> create(
      FactorySpec<T> spec, T model, Map<String, List<Map<String, ?>>> relations) {
    return Flux.fromIterable(relations.entrySet())
        .concatMap(
            entry -> {
              String name = entry.getKey();
              if (!spec.type().hasRelation(name)) {
                return Mono.error(
                    new FactoryException(
                        "Unknown relation ["
                            + name
                            + "] in createWithRelations() on "
                            + spec.describe()
                            + "; its relations are "
                            + String.join(
                                ", ", spec.type().relationNames().stream().sorted().toList())
                            + "."));
              }
              Relation<?> relation = spec.type().relationOf(model, name);
              return write(model, name, relation, entry.getValue());
            })
        .then(Mono.just(model));
  }

  private static <T extends Model<T>> Mono<Void> write(
      T model, String name, Relation<?> relation, List<Map<String, ?>> rows) {
    if (relation instanceof HasOneOrMany<?> hasMany) {
      return children(hasMany, rows)
          .collectList()
          .doOnNext(created -> model.setRelation(name, created))
          .then();
    }
    if (relation instanceof BelongsToMany<?> belongsToMany) {
      return attached(belongsToMany, rows)
          .collectList()
          .flatMap(
              related ->
                  belongsToMany
                      .attach(related.stream().map(Model::getKey).toList())
                      .doOnNext(count -> model.setRelation(name, related)))
          .then();
    }
    if (relation instanceof BelongsTo<?> belongsTo) {
      return owner(belongsTo, rows).flatMap(owner -> model.save()).then();
    }
    return Mono.error(
        new FactoryException(
            "createWithRelations() cannot write the "
                + relation.getClass().getSimpleName()
                + " relation ["
                + name
                + "] of model ["
                + model.getClass().getName()
                + "]."));
  }

  private static <R extends Model<R>> Flux<R> children(
      HasOneOrMany<R> relation, List<Map<String, ?>> rows) {
    return Flux.fromIterable(rows)
        .concatMap(row -> relation.save(relation.make(Map.of()).forceFill(row)));
  }

  /** Each row's model: the existing one when the row holds a key that exists, else a new one. */
  private static <R extends Model<R>> Flux<R> attached(
      BelongsToMany<R> relation, List<Map<String, ?>> rows) {
    ModelQuery<R> related = relation.relatedType().query(relation.connection());
    String key = relation.relatedType().keyName();
    return Flux.fromIterable(rows)
        .concatMap(
            row ->
                (row.get(key) == null ? Mono.<R>empty() : related.find(row.get(key)))
                    .switchIfEmpty(Mono.defer(() -> related.forceCreate(row))));
  }

  private static <R extends Model<R>> Mono<R> owner(
      BelongsTo<R> relation, List<Map<String, ?>> rows) {
    ModelQuery<R> related = relation.relatedType().query(relation.connection());
    return Flux.fromIterable(rows)
        .concatMap(related::forceCreate)
        .last()
        .doOnNext(relation::associate);
  }
}
