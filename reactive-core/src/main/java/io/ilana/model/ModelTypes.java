package io.ilana.model;

import io.ilana.error.InvalidDefinitionException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a model class's {@link ModelType}. Types register themselves when declared, which happens
 * when the model class initialises; looking a class up initialises it first.
 */
final class ModelTypes {
  private static final Map<Class<?>, ModelType<?>> TYPES = new ConcurrentHashMap<>();

  private ModelTypes() {}

  static void register(Class<?> modelClass, ModelType<?> type) {
    TYPES.put(modelClass, type);
  }

  @SuppressWarnings("unchecked") // registered by ModelType.of(modelClass, ...) with this class
  static <T extends Model<T>> ModelType<T> of(Class<T> modelClass) {
    ModelType<?> type = TYPES.get(modelClass);
    if (type == null) {
      initialise(modelClass);
      type = TYPES.get(modelClass);
    }
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
