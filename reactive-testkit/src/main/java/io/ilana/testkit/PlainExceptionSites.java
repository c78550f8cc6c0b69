package io.ilana.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds where main code constructs a plain JDK runtime exception ({@code new
 * IllegalArgumentException(...)} and the like) instead of a typed {@code IlanaException}. A
 * subclass's {@code super(...)} call is no such site: {@code IlanaException} itself extends {@code
 * RuntimeException}. Each module's architecture test uses it with its own allow-list of internal
 * invariants, given as class and method names.
 */
public final class PlainExceptionSites {
  /** The exceptions the library must not throw through its API. */
  public static final List<Class<?>> FORBIDDEN =
      List.of(
          RuntimeException.class,
          IllegalArgumentException.class,
          IllegalStateException.class,
          UnsupportedOperationException.class,
          NoSuchElementException.class,
          IndexOutOfBoundsException.class,
          ClassCastException.class);

  private static final String MARK = "internal invariant";

  private final Set<String> allowed;

  /**
   * Sites finder with an allow-list.
   *
   * @param allowed class and method names ({@code io.ilana.db.Lease.acquire}) where constructing
   *     one is an internal invariant
   */
  public PlainExceptionSites(Set<String> allowed) {
    this.allowed = allowed;
  }

  /** The condition: a class constructs no forbidden exception outside the allowed sites. */
  public ArchCondition<JavaClass> constructNone() {
    return new ArchCondition<>("construct no plain JDK runtime exception") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaConstructorCall call : plainConstructions(item)) {
          if (!allowed.contains(site(call))) {
            events.add(
                SimpleConditionEvent.violated(
                    call,
                    call.getDescription()
                        + ": throw a typed IlanaException, or list the site as an internal"
                        + " invariant"));
          }
        }
      }
    };
  }

  /** The allowed sites that still construct a forbidden exception. */
  public Set<String> allowedSitesFound(JavaClasses classes) {
    Set<String> found = new TreeSet<>();
    for (JavaClass item : classes) {
      for (JavaConstructorCall call : plainConstructions(item)) {
        if (allowed.contains(site(call))) {
          found.add(site(call));
        }
      }
    }
    return found;
  }

  /** The allowed sites whose source line, or the two lines above it, do not say why. */
  public Set<String> allowedSitesWithoutComment(JavaClasses classes, String sourceRoot) {
    Set<String> missing = new TreeSet<>();
    for (JavaClass item : classes) {
      for (JavaConstructorCall call : plainConstructions(item)) {
        if (allowed.contains(site(call)) && !commented(item, call.getLineNumber(), sourceRoot)) {
          missing.add(site(call) + ":" + call.getLineNumber());
        }
      }
    }
    return missing;
  }

  private static List<JavaConstructorCall> plainConstructions(JavaClass item) {
    return item.getConstructorCallsFromSelf().stream()
        .filter(call -> FORBIDDEN.stream().anyMatch(call.getTargetOwner()::isEquivalentTo))
        .filter(call -> !isSuperCall(item, call))
        .toList();
  }

  private static boolean isSuperCall(JavaClass item, JavaConstructorCall call) {
    return call.getOrigin() instanceof JavaConstructor
        && item.getRawSuperclass().filter(call.getTargetOwner()::equals).isPresent();
  }

  /** Class and method of a call; a lambda's synthetic method is named after its enclosing one. */
  private static String site(JavaConstructorCall call) {
    String method = call.getOrigin().getName().replaceFirst("^lambda\\$(.+)\\$\\d+$", "$1");
    String owner = call.getOriginOwner().getName().replaceFirst("\\$.*$", "");
    return owner + "." + method;
  }

  private static boolean commented(JavaClass item, int line, String sourceRoot) {
    String outer = item.getName().replaceFirst("\\$.*$", "");
    Path source = Path.of(sourceRoot, outer.replace('.', '/') + ".java");
    try {
      List<String> lines = Files.readAllLines(source);
      for (int i = Math.max(0, line - 3); i < Math.min(lines.size(), line); i++) {
        if (lines.get(i).contains(MARK)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
