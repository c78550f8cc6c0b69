package io.ilana.factory;

import java.util.Map;
import java.util.function.Function;

/**
 * An attribute computed from the others once states, sequences and overrides are applied: {@code
 * "username", Factory.from(attrs -> ((String) attrs.get("email")).split("@")[0])}. Attributes are
 * resolved in definition order, so it sees the resolved values of those before it.
 */
@FunctionalInterface
public interface DependentAttribute {
  /** The value, given the attributes resolved so far. */
  Object resolve(Map<String, Object> attributes);

  /** Adapts a function of the attributes. */
  static DependentAttribute of(Function<Map<String, Object>, ?> function) {
    return function::apply;
  }
}
