package io.ilana.dialect;

import io.ilana.error.InvalidDefinitionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The extensions of one kind (a query grammar, a schema grammar, a migration lock…) that dialect
 * packages register as {@link DialectExtension}s, each for a dialect class. A dialect gets the
 * extension registered for its own class, or else the one for the nearest superclass: a dialect
 * that extends {@code H2Dialect} uses H2's grammars until it registers its own. Built from the
 * extensions {@link Dialects} loaded, then read-only, so lookups need no lock and read no file.
 *
 * @param <P> the kind of extension
 */
public final class DialectExtensions<P extends DialectExtension> {
  private final Map<Class<?>, P> byDialect;

  private DialectExtensions(Map<Class<?>, P> byDialect) {
    this.byDialect = Map.copyOf(byDialect);
  }

  /**
   * Every installed extension of the given kind.
   *
   * @throws InvalidDefinitionException when two of them claim one dialect class
   */
  public static <P extends DialectExtension> DialectExtensions<P> of(Class<P> kind) {
    Map<Class<?>, P> found = new HashMap<>();
    for (DialectExtension extension : Dialects.extensions()) {
      if (!kind.isInstance(extension)) {
        continue;
      }
      P provider = kind.cast(extension);
      P previous = found.putIfAbsent(provider.dialect(), provider);
      if (previous != null) {
        throw new InvalidDefinitionException(
            "Two "
                + kind.getSimpleName()
                + " extensions are registered for "
                + provider.dialect().getName()
                + ": "
                + previous.getClass().getName()
                + " and "
                + provider.getClass().getName()
                + ".");
      }
    }
    return new DialectExtensions<>(found);
  }

  /** The extension for the dialect's class or its nearest superclass, if any is registered. */
  public Optional<P> find(Dialect dialect) {
    for (Class<?> type = dialect.getClass(); type != null; type = type.getSuperclass()) {
      P provider = byDialect.get(type);
      if (provider != null) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }
}
