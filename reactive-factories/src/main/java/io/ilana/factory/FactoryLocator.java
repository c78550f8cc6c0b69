package io.ilana.factory;

import io.ilana.model.Model;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a model's factory by convention, once per model class: the class named after the model plus
 * {@code Factory} beside it (for a nested model, nested in the same class), in a {@code factories}
 * package beside it, or in the {@code factories} package one level up (models in {@code
 * app.models}, factories in {@code app.factories}).
 */
final class FactoryLocator {
  private static final ClassValue<Factory<?>> FOUND =
      new ClassValue<>() {
        @Override
        protected Factory<?> computeValue(Class<?> model) {
          return locate(model);
        }
      };

  private FactoryLocator() {}

  @SuppressWarnings("unchecked")
  static <T extends Model<T>> Factory<T> find(Class<T> model) {
    return (Factory<T>) FOUND.get(model);
  }

  static List<String> candidates(Class<?> model) {
    String binary = model.getName();
    String simple = model.getSimpleName() + "Factory";
    int cut = Math.max(binary.lastIndexOf('.'), binary.lastIndexOf('$'));
    String beside = binary.substring(0, cut + 1);
    String pkg = model.getPackageName();
    Set<String> names = new LinkedHashSet<>();
    names.add(beside + simple);
    names.add(pkg.isEmpty() ? "factories." + simple : pkg + ".factories." + simple);
    int up = pkg.lastIndexOf('.');
    String parent = up < 0 ? "" : pkg.substring(0, up + 1);
    names.add(parent + "factories." + simple);
    // Where ilana make:factory writes them: app.models.User -> app.database.factories.UserFactory.
    names.add(parent + "database.factories." + simple);
    return new ArrayList<>(names);
  }

  private static Factory<?> locate(Class<?> model) {
    List<String> names = candidates(model);
    for (String name : names) {
      Class<?> candidate;
      try {
        candidate = Class.forName(name, true, model.getClassLoader());
      } catch (ClassNotFoundException absent) {
        continue;
      }
      Factory<?> factory = declared(candidate, model);
      if (factory != null) {
        return factory;
      }
    }
    throw new FactoryException(
        "No factory for model ["
            + model.getName()
            + "]: looked for "
            + String.join(", ", names)
            + "; declare one there (a ModelFactory subclass, or a static Factory from"
            + " Factory.define).");
  }

  private static Factory<?> declared(Class<?> candidate, Class<?> model) {
    try {
      if (ModelFactory.class.isAssignableFrom(candidate)) {
        ModelFactory<?> instance =
            (ModelFactory<?>) candidate.getDeclaredConstructor().newInstance();
        return instance.factory();
      }
      for (Field field : candidate.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Factory.class == field.getType()) {
          field.setAccessible(true);
          Factory<?> factory = (Factory<?>) field.get(null);
          if (factory != null && factory.model() == model) {
            return factory;
          }
        }
      }
      for (Method method : candidate.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0
            && Factory.class == method.getReturnType()) {
          method.setAccessible(true);
          Factory<?> factory = (Factory<?>) method.invoke(null);
          if (factory != null && factory.model() == model) {
            return factory;
          }
        }
      }
      return null;
    } catch (FactoryException failed) {
      throw failed;
    } catch (InvocationTargetException failed) {
      throw new FactoryException(
          "The factory " + candidate.getName() + " for model [" + model.getName() + "] failed.",
          failed.getCause());
    } catch (ReflectiveOperationException | RuntimeException unusable) {
      throw new FactoryException(
          "The factory "
              + candidate.getName()
              + " for model ["
              + model.getName()
              + "] cannot be used: "
              + unusable.getMessage(),
          unusable);
    }
  }
}
