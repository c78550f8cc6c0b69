package io.ilana.factory;

import io.ilana.model.Model;
import java.util.Map;
import net.datafaker.Faker;

/**
 * A factory as a class, Laravel style: {@link #definition} gives a model's attributes and {@link
 * #configure} declares states and hooks. {@link Factory#of(Class)} finds a subclass named after the
 * model ({@code UserFactory} for {@code User}) by convention, with no registration.
 *
 * <pre>{@code
 * public final class UserFactory extends ModelFactory<User> {
 *   public UserFactory() { super(User.class); }
 *
 *   protected Map<String, ?> definition(Faker faker) {
 *     return Map.of("name", faker.name().fullName(), "email", faker.internet().emailAddress());
 *   }
 *
 *   protected Factory<User> configure(Factory<User> factory) {
 *     return factory.state("admin", faker -> Map.of("role", "admin"));
 *   }
 * }
 * }</pre>
 *
 * @param <T> the model class
 */
public abstract class ModelFactory<T extends Model<T>> {
  private final Class<T> model;

  /** A factory class for {@code model}. */
  protected ModelFactory(Class<T> model) {
    this.model = model;
  }

  /** A model's attributes, before states; called once per model. */
  protected abstract Map<String, ?> definition(Faker faker);

  /** Declares states and hooks on the base factory; by default none. */
  protected Factory<T> configure(Factory<T> factory) {
    return factory;
  }

  /** The faker the definition receives; by default a new one per factory class. */
  protected Faker faker() {
    return new Faker();
  }

  /** The factory this class declares. */
  public final Factory<T> factory() {
    return configure(
        new Factory<>(
            new FactorySpec<>(model, getClass().getSimpleName(), this::definition, faker())));
  }
}
