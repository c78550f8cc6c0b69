package io.ilana.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.Dialects;
import io.ilana.testkit.DialectPluginRules;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dialects are plug-ins: everything that differs for a database lives in its package under {@code
 * io.ilana.dialect}, registered through {@link java.util.ServiceLoader}, and the rest of the core
 * neither uses those packages nor names a database.
 */
class DialectPluginRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana")
          .that(not(resideInAPackage("io.ilana.testkit..")));

  /** Every name a connection's client setting can give an installed dialect. */
  static Set<String> dialectNames() {
    return Dialects.installed().stream()
        .flatMap(dialect -> clientNames(dialect).stream())
        .collect(Collectors.toSet());
  }

  private static List<String> clientNames(Dialect dialect) {
    return Stream.concat(Stream.of(dialect.name()), dialect.clientNames().stream()).toList();
  }

  @Test
  void theCoreShipsFourDialectsFoundThroughTheServiceLoader() {
    assertThat(Dialects.installed())
        .extracting(Dialect::name)
        .containsExactly("postgres", "mysql", "mariadb", "h2");
  }

  @Test
  void noClassOutsideADialectPackageUsesIt() {
    assertThat(DialectPluginRules.usesOfDialectPackagesFromOutside(MAIN)).isEmpty();
  }

  @Test
  void noClassOutsideTheDialectPackagesNamesADialect() {
    // The embedded default's client is configuration, as a user's ilana.yml would hold it.
    assertThat(
            DialectPluginRules.dialectNamesOutsideDialectPackages(
                MAIN, dialectNames(), Set.of("io.ilana.config.IlanaConfig")))
        .isEmpty();
  }

  /** What the rules catch, shown on classes that break them. */
  static final class SwitchesOnTheDialect {
    static boolean transactionalDdl(Dialect dialect) {
      return switch (dialect.name()) {
        case "postgres" -> true;
        default -> false;
      };
    }
  }

  static final class UsesAPluginClass {
    static Dialect postgres() {
      return new io.ilana.dialect.postgres.PostgresDialect();
    }
  }

  @Test
  void theRulesCatchASwitchOnADialectNameAndAUseOfAPluginClass() {
    JavaClasses breaking =
        new ClassFileImporter().importClasses(SwitchesOnTheDialect.class, UsesAPluginClass.class);
    assertThat(
            DialectPluginRules.dialectNamesOutsideDialectPackages(
                breaking, dialectNames(), Set.of()))
        .containsExactly(SwitchesOnTheDialect.class.getName() + " names the dialect \"postgres\"");
    assertThat(DialectPluginRules.usesOfDialectPackagesFromOutside(breaking))
        .isNotEmpty()
        .allMatch(d -> d.contains(UsesAPluginClass.class.getName()));
  }
}
