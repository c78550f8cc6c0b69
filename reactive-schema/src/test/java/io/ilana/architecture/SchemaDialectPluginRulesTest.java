package io.ilana.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.Dialects;
import io.ilana.schema.grammar.SchemaGrammars;
import io.ilana.testkit.DialectPluginRules;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema module's side of the dialect plug-ins: schema grammars and migration locks live in the
 * dialects' packages, and the schema builder and the migrator name no database.
 */
class SchemaDialectPluginRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana.schema", "io.ilana.migration", "io.ilana.dialect");

  private static Set<String> dialectNames() {
    return Dialects.installed().stream()
        .flatMap(d -> Stream.concat(Stream.of(d.name()), d.clientNames().stream()))
        .collect(Collectors.toSet());
  }

  @Test
  void noClassOutsideADialectPackageUsesIt() {
    assertThat(DialectPluginRules.usesOfDialectPackagesFromOutside(MAIN)).isEmpty();
  }

  @Test
  void theSchemaBuilderAndTheMigratorNameNoDialect() {
    assertThat(
            DialectPluginRules.dialectNamesOutsideDialectPackages(MAIN, dialectNames(), Set.of()))
        .isEmpty();
  }

  @Test
  void everyInstalledDialectHasASchemaGrammar() {
    for (Dialect dialect : Dialects.installed()) {
      assertThat(SchemaGrammars.forDialect(dialect)).isNotNull();
    }
  }
}
