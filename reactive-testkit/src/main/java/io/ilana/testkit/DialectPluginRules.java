package io.ilana.testkit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that keep dialects plug-ins, as findings an architecture test asserts to be empty: a
 * dialect package ({@code io.ilana.dialect.<name>}, in whichever module) is used by no class
 * outside it, and no class outside the dialect packages names a dialect in a string constant (which
 * is how a {@code switch} on a dialect's name, or an {@code equals("postgres")}, compiles).
 */
public final class DialectPluginRules {
  private static final String PLUGINS = "io.ilana.dialect.";

  private DialectPluginRules() {}

  /** Dependencies on a dialect package from a class outside that package, as text. */
  public static List<String> usesOfDialectPackagesFromOutside(JavaClasses classes) {
    List<String> found = new ArrayList<>();
    for (JavaClass type : classes) {
      String own = plugin(type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String target = plugin(dependency.getTargetClass());
        if (target != null && !target.equals(own)) {
          found.add(dependency.getDescription());
        }
      }
    }
    return found;
  }

  /**
   * Classes outside the dialect packages with a string constant that is, ignoring case, one of
   * {@code names}.
   *
   * @param allowed fully qualified names of classes allowed to hold such a constant
   */
  public static List<String> dialectNamesOutsideDialectPackages(
      JavaClasses classes, Collection<String> names, Set<String> allowed) {
    Set<String> lower =
        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> found = new ArrayList<>();
    for (JavaClass type : classes) {
      if (plugin(type) != null || allowed.contains(type.getName()) || type.getSource().isEmpty()) {
        continue;
      }
      for (String constant : ClassConstants.strings(type.getSource().get().getUri())) {
        if (lower.contains(constant.toLowerCase(Locale.ROOT))) {
          found.add(type.getName() + " names the dialect \"" + constant + "\"");
        }
      }
    }
    return found;
  }

  /** The dialect package a class is in ({@code postgres}), or {@code null}. */
  private static String plugin(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(PLUGINS)) {
      return null;
    }
    String rest = name.substring(PLUGINS.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
