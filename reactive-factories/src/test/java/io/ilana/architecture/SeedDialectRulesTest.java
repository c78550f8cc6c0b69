package io.ilana.architecture;

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
 * Seeders ask the dialect (foreign key checks, DDL) and never name a database: no dialect package
 * is used and no string constant is a dialect's name.
 */
class SeedDialectRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana.seed");

  @Test
  void seedersUseNoDialectPackage() {
    assertThat(DialectPluginRules.usesOfDialectPackagesFromOutside(MAIN)).isEmpty();
  }

  @Test
  void seedersNameNoDialect() {
    Set<String> names =
        Dialects.installed().stream()
            .flatMap(d -> Stream.concat(Stream.of(d.name()), d.clientNames().stream()))
            .collect(Collectors.toSet());
    assertThat(DialectPluginRules.dialectNamesOutsideDialectPackages(MAIN, names, Set.of()))
        .isEmpty();
  }
}
