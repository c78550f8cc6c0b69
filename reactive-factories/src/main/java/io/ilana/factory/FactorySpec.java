package io.ilana.factory;

import io.ilana.db.DatabaseManager;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.datafaker.Faker;
import org.reactivestreams.Publisher;

/**
 * Everything one factory declares. A builder method copies it, changes the copy and wraps it in a
 * new factory, so a factory never changes once built (Laravel's {@code newInstance}).
 */
final class FactorySpec<T extends Model<T>> {
  /** One step of attribute resolution after the definition, in the order they were added. */
  sealed interface Step permits NamedState, AttributeState, SequenceState {}

  /** A state declared by name. */
  record NamedState(String name) implements Step {}

  /** An anonymous state: overrides computed from the attributes so far. */
  record AttributeState(Function<Map<String, Object>, Map<String, ?>> state) implements Step {}

  /** The next values of a sequence. */
  record SequenceState(Sequence sequence) implements Step {}

  /** A belongs-to or morph-to parent: a model, or a factory creating one for all the models. */
  record ParentLink(String relation, Object source) {}

  /** Children created for each model through a has-one or has-many (or morph) relation. */
  record ChildLink(String relation, FactoryBuilder<?, ?> factory) {}

  /** Related models attached to each model through a belongs-to-many relation. */
  record AttachLink(String relation, Object source, Map<String, ?> pivot) {}

  final Class<T> model;
  String name;
  Faker faker;
  Function<Faker, Map<String, ?>> definition;
  Map<String, Function<Faker, Map<String, ?>>> namedStates = new LinkedHashMap<>();
  List<Step> steps = new ArrayList<>();
  List<UnaryOperator<Map<String, Object>>> beforeMaking = new ArrayList<>();
  List<BiConsumer<T, FactoryContext>> afterMaking = new ArrayList<>();
  List<BiFunction<T, FactoryContext, ? extends Publisher<?>>> beforeCreating = new ArrayList<>();
  List<BiFunction<T, FactoryContext, ? extends Publisher<?>>> afterCreating = new ArrayList<>();
  List<ParentLink> parents = new ArrayList<>();
  List<ChildLink> children = new ArrayList<>();
  List<AttachLink> attachments = new ArrayList<>();
  List<Model<?>> recycled = new ArrayList<>();
  DatabaseManager manager;
  String connection;
  int count = 1;

  FactorySpec(
      Class<T> model, String name, Function<Faker, Map<String, ?>> definition, Faker faker) {
    this.model = model;
    this.name = name;
    this.definition = definition;
    this.faker = faker;
  }

  FactorySpec<T> copy() {
    FactorySpec<T> copy = new FactorySpec<>(model, name, definition, faker);
    copy.namedStates = new LinkedHashMap<>(namedStates);
    copy.steps = new ArrayList<>(steps);
    copy.beforeMaking = new ArrayList<>(beforeMaking);
    copy.afterMaking = new ArrayList<>(afterMaking);
    copy.beforeCreating = new ArrayList<>(beforeCreating);
    copy.afterCreating = new ArrayList<>(afterCreating);
    copy.parents = new ArrayList<>(parents);
    copy.children = new ArrayList<>(children);
    copy.attachments = new ArrayList<>(attachments);
    copy.recycled = new ArrayList<>(recycled);
    copy.manager = manager;
    copy.connection = connection;
    copy.count = count;
    return copy;
  }

  ModelType<T> type() {
    return ModelType.forClass(model);
  }

  /** The query models are made and saved on: the chosen manager and connection, or the model's. */
  ModelQuery<T> query() {
    if (manager != null && connection != null) {
      // The name is the manager's: ModelQuery.connection(name) would look it up in the default one.
      return type().query(manager.connection(connection));
    }
    ModelQuery<T> query = manager != null ? type().query(manager) : type().query();
    return connection != null ? query.connection(connection) : query;
  }

  /** Whether a manager or connection was chosen for this factory. */
  boolean targeted() {
    return manager != null || connection != null;
  }

  /** "factory [UserFactory] for model [com.example.User]", for messages. */
  String describe() {
    return "factory [" + name + "] for model [" + model.getName() + "]";
  }
}
