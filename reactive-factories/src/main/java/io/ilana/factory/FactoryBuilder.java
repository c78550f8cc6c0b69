package io.ilana.factory;

import io.ilana.db.DatabaseManager;
import io.ilana.model.Model;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import net.datafaker.Faker;
import org.reactivestreams.Publisher;

/**
 * What {@link Factory} (one model) and {@link ManyFactory} (several) share: states, sequences,
 * hooks, relations and where models are saved. Every method returns a new factory; this one stays
 * as it was.
 *
 * <p>Attributes are resolved in this order: the definition, then states and sequences in the order
 * they were added (each sees the attributes so far), then {@code beforeMaking} hooks, then values
 * that are {@link java.util.function.Supplier}s or {@link DependentAttribute}s, then values that
 * are factories (a parent created for the model, its key used).
 *
 * @param <T> the model class
 * @param <F> the factory type methods return
 */
public abstract class FactoryBuilder<T extends Model<T>, F extends FactoryBuilder<T, F>> {
  final FactorySpec<T> spec;

  FactoryBuilder(FactorySpec<T> spec) {
    this.spec = spec;
  }

  /** A factory of this kind on {@code spec}. */
  abstract F with(FactorySpec<T> spec);

  private F change(Consumer<FactorySpec<T>> change) {
    FactorySpec<T> copy = spec.copy();
    change.accept(copy);
    return with(copy);
  }

  /** The model class this factory makes. */
  public Class<T> model() {
    return spec.model;
  }

  /** The factory's name in messages: its class name, or the model's name plus {@code Factory}. */
  public String name() {
    return spec.name;
  }

  /** The faker the definition and states receive. */
  public Faker faker() {
    return spec.faker;
  }

  // ---- states --------------------------------------------------------------------------------

  /**
   * Declares the named state {@code name}, applied later with {@link #state(String...)}. Declaring
   * a name again replaces it.
   */
  public F state(String name, Function<Faker, Map<String, ?>> attributes) {
    return change(copy -> copy.namedStates.put(name, attributes));
  }

  /**
   * Applies the named states in order; {@link FactoryException} when one was never declared, e.g.
   * {@code Unknown state [vip] on factory [UserFactory] for model [com.example.User]; its states
   * are admin, inactive.}
   */
  public F state(String... names) {
    for (String name : names) {
      if (!spec.namedStates.containsKey(name)) {
        throw new FactoryException(
            "Unknown state ["
                + name
                + "] on "
                + spec.describe()
                + "; its states are "
                + (spec.namedStates.isEmpty()
                    ? "none"
                    : String.join(", ", spec.namedStates.keySet()))
                + ".");
      }
    }
    return change(
        copy -> Arrays.stream(names).forEach(n -> copy.steps.add(new FactorySpec.NamedState(n))));
  }

  /** Applies fixed attributes, after the states before it. */
  public F state(Map<String, ?> attributes) {
    Map<String, ?> fixed = Map.copyOf(attributes);
    return change(copy -> copy.steps.add(new FactorySpec.AttributeState(attrs -> fixed)));
  }

  /** Applies attributes computed from those resolved so far (Laravel's state closure). */
  public F state(Function<Map<String, Object>, Map<String, ?>> attributes) {
    return change(copy -> copy.steps.add(new FactorySpec.AttributeState(attributes)));
  }

  /** Whether the named state was declared on this factory. */
  public boolean hasState(String name) {
    return spec.namedStates.containsKey(name);
  }

  /** Applies {@code trait} (a reusable group of states or hooks) to this factory. */
  public F configure(UnaryOperator<F> trait) {
    return trait.apply(self());
  }

  /** Applies {@code change} when {@code condition} holds. */
  public F when(boolean condition, UnaryOperator<F> change) {
    return condition ? change.apply(self()) : self();
  }

  /** Applies {@code change} unless {@code condition} holds. */
  public F unless(boolean condition, UnaryOperator<F> change) {
    return when(!condition, change);
  }

  @SuppressWarnings("unchecked")
  private F self() {
    return (F) this;
  }

  // ---- sequences -----------------------------------------------------------------------------

  /** States given in turn to the models, starting again after the last. */
  @SafeVarargs
  public final F sequence(Map<String, ?>... states) {
    return sequence(Sequence.cycle("sequence", states));
  }

  /** Attributes computed from each model's index in the sequence {@code name}. */
  public F sequence(String name, LongFunction<Map<String, ?>> byIndex) {
    return sequence(Sequence.indexed(name, byIndex));
  }

  /** Applies {@code sequence}, after the states before it. */
  public F sequence(Sequence sequence) {
    return change(copy -> copy.steps.add(new FactorySpec.SequenceState(sequence)));
  }

  /**
   * Starts the sequences named {@code name} again from their first value. The counter belongs to
   * the sequence, which factories derived from this one share, so they start again too.
   */
  public F resetSequence(String name) {
    spec.steps.stream()
        .filter(step -> step instanceof FactorySpec.SequenceState)
        .map(step -> ((FactorySpec.SequenceState) step).sequence())
        .filter(sequence -> sequence.name().equals(name))
        .forEach(Sequence::reset);
    return self();
  }

  // ---- hooks ---------------------------------------------------------------------------------

  /** Changes the resolved attributes before the model is made from them. */
  public F beforeMaking(UnaryOperator<Map<String, Object>> hook) {
    return change(copy -> copy.beforeMaking.add(hook));
  }

  /** Runs after each model is made (also before it is created). */
  public F afterMaking(Consumer<T> hook) {
    return afterMaking((model, context) -> hook.accept(model));
  }

  /** Runs after each model is made, knowing the applied states. */
  public F afterMaking(BiConsumer<T, FactoryContext> hook) {
    return change(copy -> copy.afterMaking.add(hook));
  }

  /** Runs before each model is saved; the save waits for the returned publisher. */
  public F beforeCreating(Function<T, ? extends Publisher<?>> hook) {
    return beforeCreating((model, context) -> hook.apply(model));
  }

  /** Runs before each model is saved, knowing the applied states. */
  public F beforeCreating(BiFunction<T, FactoryContext, ? extends Publisher<?>> hook) {
    return change(copy -> copy.beforeCreating.add(hook));
  }

  /** Runs after each model is saved (with its relations); the result waits for it. */
  public F afterCreating(Function<T, ? extends Publisher<?>> hook) {
    return afterCreating((model, context) -> hook.apply(model));
  }

  /** Runs after each model is saved, knowing the applied states. */
  public F afterCreating(BiFunction<T, FactoryContext, ? extends Publisher<?>> hook) {
    return change(copy -> copy.afterCreating.add(hook));
  }

  // ---- relations -----------------------------------------------------------------------------

  /**
   * Gives every model the parent {@code parent} creates (once, for all of them) through the
   * belongs-to or morph-to relation {@code relation} (Laravel's {@code for}; {@code for} is a Java
   * keyword).
   */
  public F forRelation(String relation, FactoryBuilder<?, ?> parent) {
    requireRelation(relation, "forRelation");
    return change(copy -> copy.parents.add(new FactorySpec.ParentLink(relation, parent)));
  }

  /** Gives every model the saved {@code parent} through the belongs-to or morph-to relation. */
  public F forRelation(String relation, Model<?> parent) {
    requireRelation(relation, "forRelation");
    return change(copy -> copy.parents.add(new FactorySpec.ParentLink(relation, parent)));
  }

  /**
   * Creates the models of {@code children} for each model through the has-one, has-many, morph-one
   * or morph-many relation {@code relation}, their foreign keys set to it.
   */
  public F has(FactoryBuilder<?, ?> children, String relation) {
    requireRelation(relation, "has");
    return change(copy -> copy.children.add(new FactorySpec.ChildLink(relation, children)));
  }

  /** Creates the models of {@code related} and attaches them to each model. */
  public F hasAttached(FactoryBuilder<?, ?> related, String relation) {
    return hasAttached(related, relation, Map.of());
  }

  /**
   * Creates the models of {@code related} for each model and attaches them through the
   * belongs-to-many relation {@code relation}, with {@code pivot} on every pivot row.
   */
  public F hasAttached(FactoryBuilder<?, ?> related, String relation, Map<String, ?> pivot) {
    requireRelation(relation, "hasAttached");
    Map<String, ?> fixed = Map.copyOf(pivot);
    return change(
        copy -> copy.attachments.add(new FactorySpec.AttachLink(relation, related, fixed)));
  }

  /** Attaches the saved {@code related} models to each model, with {@code pivot} on each row. */
  public F hasAttached(
      Collection<? extends Model<?>> related, String relation, Map<String, ?> pivot) {
    requireRelation(relation, "hasAttached");
    List<Model<?>> models = List.copyOf(related);
    Map<String, ?> fixed = Map.copyOf(pivot);
    return change(
        copy -> copy.attachments.add(new FactorySpec.AttachLink(relation, models, fixed)));
  }

  /**
   * Uses these saved models wherever this factory, or a factory it creates parents or children
   * with, would create a parent of their class: {@code forRelation} parents and attribute values
   * that are factories. Several of one class are picked from at random.
   */
  public F recycle(Model<?>... models) {
    return recycle(Arrays.asList(models));
  }

  /** {@link #recycle(Model...)} for a collection. */
  public F recycle(Collection<? extends Model<?>> models) {
    return change(copy -> copy.recycled.addAll(models));
  }

  private void requireRelation(String relation, String method) {
    if (!spec.type().hasRelation(relation)) {
      throw new FactoryException(
          "Unknown relation ["
              + relation
              + "] in "
              + method
              + "() on "
              + spec.describe()
              + "; its relations are "
              + String.join(", ", spec.type().relationNames().stream().sorted().toList())
              + ".");
    }
  }

  // ---- where -----------------------------------------------------------------------------------

  /**
   * Saves on {@code manager}'s connection for the model (a factory creating parents or children
   * passes it on unless they chose their own).
   */
  public F on(DatabaseManager manager) {
    return change(copy -> copy.manager = manager);
  }

  /** Saves on the named connection. */
  public F connection(String name) {
    return change(copy -> copy.connection = name);
  }

  /** Uses {@code faker} (for example one with a seed, for repeatable data). */
  public F withFaker(Faker faker) {
    return change(copy -> copy.faker = faker);
  }

  /** This factory's spec as a child of {@code parent}: its target and recycled models. */
  FactorySpec<?> inheriting(FactorySpec<?> parent) {
    FactorySpec<T> copy = spec.copy();
    if (!copy.targeted()) {
      copy.manager = parent.manager;
      copy.connection = parent.connection;
    }
    copy.recycled.addAll(parent.recycled);
    return copy;
  }
}
