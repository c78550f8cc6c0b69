package io.ilana.factory;

import java.util.Set;
import net.datafaker.Faker;

/**
 * What a hook knows about the model being made: which named states were applied (Laravel's {@code
 * hasState} on the evaluator), its index among the models of one call, and the factory's faker.
 *
 * @param states the named states applied, in order
 * @param index 0 for the first model of a call
 * @param faker the factory's faker
 */
public record FactoryContext(Set<String> states, int index, Faker faker) {
  /** Whether the named state was applied to this model's factory. */
  public boolean hasState(String name) {
    return states.contains(name);
  }
}
