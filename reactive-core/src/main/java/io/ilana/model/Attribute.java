package io.ilana.model;

import io.ilana.model.cast.Cast;
import java.util.Objects;

/**
 * A typed attribute of a model, declared once on its type and used where a string name would be:
 * {@code user.get(EMAIL)}, {@code user.set(EMAIL, "a@b.c")}, {@code User.query().where(EMAIL,
 * "a@b.c")} — the compiler checks the model and the value's type.
 *
 * <pre>{@code
 * static final ModelType<User> TYPE = ModelType.of(User.class, User::new).table("users");
 * static final Attribute<User, String> EMAIL = TYPE.attribute("email", Casts.STRING);
 * static final Attribute<User, Instant> CREATED_AT = TYPE.attribute("created_at", Casts.DATETIME);
 * }</pre>
 *
 * @param <M> the model the attribute belongs to
 * @param <V> the attribute's type in model form
 */
public final class Attribute<M extends Model<M>, V> {
  private final String name;
  private final Class<V> type;

  Attribute(String name, Class<V> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Declares a typed attribute with the cast's type; the cast applies as with {@code cast}. */
  @SuppressWarnings("unchecked")
  static <M extends Model<M>, V> Attribute<M, V> cast(String name, Cast<V> cast) {
    return new Attribute<>(name, (Class<V>) cast.type());
  }

  /** The column name. */
  public String name() {
    return name;
  }

  /** The type of the attribute in model form. */
  public Class<V> type() {
    return type;
  }

  @Override
  public String toString() {
    return name + ": " + type.getSimpleName();
  }
}
