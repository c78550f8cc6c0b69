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
 * Everything reactive-core throws through its public API is an {@code IlanaException}: no class
 * constructs a plain JDK runtime exception, except the internal invariants listed here (states no
 * caller can reach; each site carries an "internal invariant" comment). The plain ArchUnit API runs
 * inside an ordinary test, so no ArchUnit engine is needed on the JUnit 6 platform.
 */
class ExceptionRulesTest {
  /**
   * The internal-invariant sites, as class and method (a lambda counts as its enclosing method).
   * Keep it short: a failure a caller can cause gets a typed exception instead.
   */
  private static final Set<String> INTERNAL_INVARIANTS =
      Set.of(
          // Leases and Transactions make each Lease for exactly one acquire.
          "io.ilana.db.Lease.acquire",
          // A lease hands its connection back to the pool once (ending() runs once).
          "io.ilana.db.Lease.giveBack",
          // Every Java SE implementation must provide HmacSHA256.
          "io.ilana.pagination.CursorCodec.mac");

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(
              "io.ilana.collection",
              "io.ilana.config",
              "io.ilana.db",
              "io.ilana.dialect",
              "io.ilana.error",
              "io.ilana.model",
              "io.ilana.pagination",
              "io.ilana.query");

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
