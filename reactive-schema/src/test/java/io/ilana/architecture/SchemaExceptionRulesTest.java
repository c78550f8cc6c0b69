package io.ilana.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ilana.testkit.PlainExceptionSites;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * reactive-schema's half of reactive-core's {@code ExceptionRulesTest}: schema building and
 * migrations construct no plain JDK runtime exception outside the internal invariants listed here.
 */
class SchemaExceptionRulesTest {
  private static final Set<String> INTERNAL_INVARIANTS =
      Set.of(
          // TableCommand is sealed and compileCommand handles every permitted kind.
          "io.ilana.schema.grammar.SchemaGrammar.compileCommand");

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana.schema", "io.ilana.migration");

  @Test
  void mainCodeConstructsNoPlainJdkRuntimeException() {
    PlainExceptionSites sites = new PlainExceptionSites(INTERNAL_INVARIANTS);
    classes().should(sites.constructNone()).check(MAIN_CLASSES);
  }

  @Test
  void everyAllowedSiteStillExistsAndSaysItIsAnInternalInvariant() {
    PlainExceptionSites sites = new PlainExceptionSites(INTERNAL_INVARIANTS);
    assertThat(sites.allowedSitesFound(MAIN_CLASSES)).isEqualTo(INTERNAL_INVARIANTS);
    assertThat(sites.allowedSitesWithoutComment(MAIN_CLASSES, "src/main/java")).isEmpty();
  }
}
