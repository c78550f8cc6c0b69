package io.ilana.factory;

import io.ilana.model.Model;
import java.util.function.UnaryOperator;

/**
 * A reusable change to a factory (states, hooks, relations), applied with {@code
 * factory.configure(trait)} or {@link #apply}.
 *
 * @param <T> the model class
 */
@FunctionalInterface
public interface Trait<T extends Model<T>> extends UnaryOperator<Factory<T>> {}
