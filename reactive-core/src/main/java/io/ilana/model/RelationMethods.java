package io.ilana.model;

import io.ilana.error.IlanaException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A model's relations found from its methods, so a relation is declared once — as the method
 * ({@code public HasMany<Post> posts()}) — and eager loading, {@code has} and touches find it by
 * name. Only public, non-static methods without parameters whose return type is a {@link Relation}
 * count.
 */
final class RelationMethods {
  private RelationMethods() {}

  static <T extends Model<T>> Map<String, Function<T, ? extends Relation<?>>> of(Class<T> model) {
    Map<String, Function<T, ? extends Relation<?>>> found = new LinkedHashMap<>();
    for (Method method : model.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && Relation.class.isAssignableFrom(method.getReturnType())
          && method.getDeclaringClass() != Model.class) {
        // Nested model classes are often not public; their public methods still may be called.
        method.setAccessible(true);
        found.putIfAbsent(method.getName(), instance -> call(method, instance));
      }
    }
    return Map.copyOf(found);
  }

  private static Relation<?> call(Method method, Object model) {
    try {
      return (Relation<?>) method.invoke(model);
    } catch (InvocationTargetException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IlanaException(
          "The relation method " + method + " failed: " + failed.getCause(), failed.getCause());
    } catch (IllegalAccessException notCallable) {
      throw new IlanaException(
          "The relation method " + method + " cannot be called: make it public.", notCallable);
    }
  }
}
