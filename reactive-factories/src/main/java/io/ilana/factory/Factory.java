package io.ilana.factory;

import io.ilana.model.Model;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.datafaker.Faker;
import reactor.core.publisher.Mono;

/**
 * A factory for one model at a time: {@code User.factory().state("admin").create()}. {@link
 * #times(int)} turns it into a {@link ManyFactory} for several.
 *
 * <p>Define one with {@link #define(Class, Function)} (kept in a static field), or extend {@link
 * ModelFactory}; the model reaches it with one static line, as it does its query:
 *
 * <pre>{@code
 * public static Factory<User> factory() { return Factory.of(User.class); }
 * }</pre>
 *
 * @param <T> the model class
 */
public final class Factory<T extends Model<T>> extends FactoryBuilder<T, Factory<T>> {

  Factory(FactorySpec<T> spec) {
    super(spec);
  }

  @Override
  Factory<T> with(FactorySpec<T> spec) {
    return new Factory<>(spec);
  }

  /**
   * A factory whose models start from {@code definition}'s attributes; it gets its own {@link
   * Faker}. Values may be plain, {@link java.util.function.Supplier}s (called per model), {@link
   * DependentAttribute}s, or factories (a parent created per model, its key used).
   */
  public static <T extends Model<T>> Factory<T> define(
      Class<T> model, Function<Faker, Map<String, ?>> definition) {
    return new Factory<>(
        new FactorySpec<>(model, model.getSimpleName() + "Factory", definition, new Faker()));
  }

  /**
   * The factory of {@code model}, found by convention: a class named after the model plus {@code
   * Factory} next to it, in a {@code factories} package beside it, or in the {@code factories}
   * package one level up; it either extends {@link ModelFactory} or holds the factory in a static
   * field or a static no-argument method. Found once per model class. {@link FactoryException}
   * naming the model and the places looked in when there is none.
   */
  public static <T extends Model<T>> Factory<T> of(Class<T> model) {
    return FactoryLocator.find(model);
  }

  /** The next value (1, 2, ...) of the process-wide sequence {@code name}. */
  public static long globalSequence(String name) {
    return GlobalSequences.next(name);
  }

  /** Starts the process-wide sequence {@code name} again from 1. */
  public static void resetGlobalSequence(String name) {
    GlobalSequences.reset(name);
  }

  /** An attribute computed from the others once states are applied. */
  public static DependentAttribute from(Function<Map<String, Object>, ?> attribute) {
    return DependentAttribute.of(attribute);
  }

  /** A factory for large volumes: batches streamed with backpressure, events optional. */
  public static <T extends Model<T>> BulkFactory<T> bulk(
      Class<T> model, Function<Faker, Map<String, ?>> definition) {
    return new BulkFactory<>(define(model, definition));
  }

  /** A reusable change to a factory, applied with {@link #configure}. */
  public static <T extends Model<T>> Trait<T> trait(Trait<T> trait) {
    return trait;
  }

  /** A factory for {@code count} models. */
  public ManyFactory<T> times(int count) {
    return count(count);
  }

  /** A factory for {@code count} models (Laravel's {@code count}). */
  public ManyFactory<T> count(int count) {
    return new ManyFactory<T>(spec).count(count);
  }

  /** A model with the factory's attributes, not saved (parents that are factories left out). */
  public T make() {
    return new FactoryRun<>(spec).make(1).get(0);
  }

  /** {@link #make()} with {@code overrides} applied last. */
  public T make(Map<String, ?> overrides) {
    return state(overrides).make();
  }

  /** The attributes a model would get, no database involved. */
  public Map<String, Object> raw() {
    return new FactoryRun<>(spec).raw(1).get(0);
  }

  /** {@link #raw()} with {@code overrides} applied last. */
  public Map<String, Object> raw(Map<String, ?> overrides) {
    return state(overrides).raw();
  }

  /** Makes and saves a model with its parents, children and attachments; runs the hooks. */
  public Mono<T> create() {
    // single(), not next(): next() would cancel the transaction before it commits.
    return new FactoryRun<>(spec).create(1).single();
  }

  /** {@link #create()} with {@code overrides} applied last. */
  public Mono<T> create(Map<String, ?> overrides) {
    return state(overrides).create();
  }

  /**
   * Creates a model, then for each relation the related rows given as attribute maps: created
   * through a has-one or has-many relation, created (or, when a map holds an existing key, found)
   * and attached through a belongs-to-many one, created and associated through a belongs-to one.
   * All in one transaction.
   */
  public Mono<T> createWithRelations(
      Map<String, ?> overrides, Map<String, List<Map<String, ?>>> relations) {
    return Mono.defer(
        () ->
            spec.query()
                .connection()
                .transaction(
                    trx ->
                        create(overrides)
                            .flatMap(model -> RelatedRows.create(spec, model, relations))));
  }
}
