package io.ilana.model;

import io.ilana.error.MassAssignmentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which keys {@code fill} may assign. It fails closed: with a fillable list only keys equal
 * to an entry pass; with only a guarded list a key passes when it is a plain column name whose
 * lower-case form is not guarded; with neither, nothing passes. Keys that are not plain column
 * names ({@code users.is_admin}, {@code meta->is_admin}, {@code "is_admin "}) never pass, since the
 * database may read them as another column than the one the lists name.
 */
final class MassAssignment {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Set<String> fillable;
  private final Set<String> guarded;
  private final Set<String> declared;
  private final boolean strict;

  MassAssignment(List<String> fillable, List<String> guarded, boolean strict) {
    this.fillable = Set.copyOf(fillable);
    Set<String> names = new LinkedHashSet<>(fillable);
    names.addAll(guarded);
    names.remove("*");
    this.declared = Collections.unmodifiableSet(names);
    this.guarded = Set.copyOf(guarded.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList());
    this.strict = strict;
  }

  /** The column names the fillable and guarded lists declare, as written there. */
  Set<String> declaredColumns() {
    return declared;
  }

  boolean isFillable(String key) {
    if (key == null || !PLAIN.matcher(key).matches()) {
      return false;
    }
    if (!fillable.isEmpty()) {
      return fillable.contains(key);
    }
    if (guarded.isEmpty() || guarded.contains("*")) {
      return false;
    }
    return !guarded.contains(key.toLowerCase(Locale.ROOT));
  }

  /** The fillable part of {@code attributes}; in strict mode the first other key throws. */
  Map<String, Object> fillableOf(Map<String, ?> attributes, Class<?> model) {
    Map<String, Object> out = new LinkedHashMap<>();
    attributes.forEach(
        (key, value) -> {
          if (isFillable(key)) {
            out.put(key, value);
          } else if (strict) {
            throw new MassAssignmentException(key, model);
          }
        });
    return out;
  }
}
