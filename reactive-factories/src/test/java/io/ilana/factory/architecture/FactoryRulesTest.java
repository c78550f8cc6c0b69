package io.ilana.factory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ilana.dialect.Dialects;
import io.ilana.testkit.DialectPluginRules;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Factories and seeders sit on top of the model layer: they write through models and model queries,
 * never by rendering SQL or asking a dialect by name, and the factory does not know the seeders
 * that use it.
 */
class FactoryRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana.factory", "io.ilana.seed");

  @Test
  void factoriesWriteThroughModelsNotThroughGrammarsOrTheExecutor() {
    noClasses()
        .that()
        .resideInAPackage("io.ilana.factory..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.ilana.query.grammar..",
            "io.ilana.query.parts..",
            "io.ilana.dialect..",
            "io.r2dbc..")
        .check(MAIN);
  }

  @Test
  void factoriesDoNotDependOnSeeders() {
    noClasses()
        .that()
        .resideInAPackage("io.ilana.factory..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.ilana.seed..")
        .check(MAIN);
  }

  @Test
  void noFactoryOrSeederNamesADialect() {
    Set<String> names =
        Dialects.installed().stream()
            .flatMap(d -> Stream.concat(Stream.of(d.name()), d.clientNames().stream()))
            .collect(Collectors.toSet());
    assertThat(DialectPluginRules.usesOfDialectPackagesFromOutside(MAIN)).isEmpty();
    assertThat(DialectPluginRules.dialectNamesOutsideDialectPackages(MAIN, names, Set.of()))
        .isEmpty();
  }
}
