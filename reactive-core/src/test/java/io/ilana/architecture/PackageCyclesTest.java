package io.ilana.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package of reactive-core depends, through others or directly, on a package that depends on it:
 * each package is a slice, and the slices form no cycle. The model layer holds its relations and
 * eager loading in one package because {@code Model}'s declaration helpers ({@code hasMany}, …)
 * name the relation types, which are themselves queries over {@code ModelQuery}.
 */
class PackageCyclesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.ilana");

  @Test
  void noPackageCycles() {
    slices().matching("io.ilana.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
