package io.ilana.model;

import io.ilana.error.InvalidDefinitionException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a model class's {@link ModelType}. Types register themselves when declared, which happens
 * when the model class initialises; looking a class up initialises it first.
 */
final class ModelTypes {
  private static final Map<Class<?>, ModelType<?>> TYPES = new ConcurrentHashMap<>();

  /** Classes whose initialiser has completed (or is running on the asking thread). */
  private static final Set<Class<?>> INITIALISED = ConcurrentHashMap.newKeySet();

  private ModelTypes() {}

  static void register(Class<?> modelClass, ModelType<?> type) {
    TYPES.put(modelClass, type);
  }

  @SuppressWarnings("unchecked") // registered by ModelType.of(modelClass, ...) with this class
  static <T extends Model<T>> ModelType<T> of(Class<T> modelClass) {
    if (!INITIALISED.contains(modelClass)) {
      // A type registers itself at the start of its class's initialiser and is configured by the
      // rest of it: initialising here waits (the JVM's class-init lock) until another thread has
      // finished, so no thread is handed a type whose declaration is still running. On the thread
      // running the initialiser this returns at once.
      initialise(modelClass);
      INITIALISED.add(modelClass);
    }
    ModelType<?> type = TYPES.get(modelClass);
    if (type == null) {
      throw new InvalidDefinitionException(
          modelClass.getName()
              + " declares no ModelType; add static final ModelType<"
              + modelClass.getSimpleName()
              + "> TYPE = ModelType.of(...).");
    }
    return (ModelType<T>) type;
  }

  private static void initialise(Class<?> modelClass) {
    try {
      Class.forName(modelClass.getName(), true, modelClass.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new InvalidDefinitionException("Cannot initialise " + modelClass.getName() + ".", e);
    }
  }
}
