package io.ilana.collection;

import java.math.BigDecimal;

/** A model stand-in: reads its fields through {@link Attributes} as a model will. */
record Person(long id, String name, String role, Integer age, BigDecimal salary)
    implements Attributes {

  @Override
  public Object attribute(String key) {
    return switch (key) {
      case "id" -> id;
      case "name" -> name;
      case "role" -> role;
      case "age" -> age;
      case "salary" -> salary;
      default -> null;
    };
  }

  static Person of(long id, String name, String role, Integer age, String salary) {
    return new Person(id, name, role, age, salary == null ? null : new BigDecimal(salary));
  }
}
