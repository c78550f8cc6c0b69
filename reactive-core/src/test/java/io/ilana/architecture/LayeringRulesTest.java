package io.ilana.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow below the query builder, enforced: the driver is reached only from the executor
 * package, and the executor, the dialects and the neutral SQL values never reach back up into the
 * builder, the models or the relations; grammars render the query's parts without knowing the
 * builders.
 */
class LayeringRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana");

  @Test
  void onlyTheExecutorPackageUsesTheDriversConnectionStatementAndResult() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.ilana.db")
        .and()
        .resideOutsideOfPackage("io.ilana.testkit..") // test set-up creates databases directly
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.r2dbc.spi.Connection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.r2dbc.spi.Statement")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.r2dbc.spi.Result")
        .check(MAIN);
  }

  @Test
  void theExecutorDialectsAndSqlValuesDoNotReachUpIntoBuildersOrModels() {
    noClasses()
        .that()
        // The dialect contract, not the plug-in packages under it, which build on the grammars.
        .resideInAnyPackage("io.ilana.db..", "io.ilana.dialect", "io.ilana.sql..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.ilana.query..", "io.ilana.model..", "io.ilana.json..")
        .check(MAIN);
  }

  @Test
  void theNeutralSqlValuesDependOnNothingButErrors() {
    noClasses()
        .that()
        .resideInAPackage("io.ilana.sql")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.ilana.db..", "io.ilana.dialect..", "io.ilana.config..", "io.ilana.query..")
        .check(MAIN);
  }

  @Test
  void grammarsAndDialectsRenderQueryPartsWithoutReachingTheBuilders() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.ilana.query.parts..", "io.ilana.query.grammar..", "io.ilana.dialect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.ilana.query", "io.ilana.model..")
        .check(MAIN);
  }

  @Test
  void queryPartsDependOnlyOnSqlValuesAndErrors() {
    noClasses()
        .that()
        .resideInAPackage("io.ilana.query.parts")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.ilana.query", "io.ilana.query.grammar..", "io.ilana.dialect..", "io.ilana.db..")
        .check(MAIN);
  }
}
