package io.ilana.model.cast;

import java.util.Objects;

/** Enum constants stored by {@code name()}, which survives reordering the constants. */
final class EnumCast<E extends Enum<E>> implements Cast<E> {
  private static final String NAME = "enum";
  private final Class<E> enumType;

  EnumCast(Class<E> enumType) {
    this.enumType = Objects.requireNonNull(enumType, "enumType");
  }

  @Override
  public E get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(E value, CastContext context) {
    return value == null ? null : value.name();
  }

  @Override
  public E coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    if (enumType.isInstance(value)) {
      return enumType.cast(value);
    }
    if (!(value instanceof CharSequence text)) {
      throw CastErrors.cannotConvert(NAME, context, value);
    }
    String name = text.toString();
    try {
      return Enum.valueOf(enumType, name);
    } catch (IllegalArgumentException e) {
      throw CastErrors.cannotConvert(
          NAME,
          context,
          value,
          enumType.getSimpleName() + " has no constant named \"" + name + "\"");
    }
  }

  @Override
  public Class<?> type() {
    return enumType;
  }

  @Override
  public String toString() {
    return NAME + "(" + enumType.getSimpleName() + ")";
  }
}
