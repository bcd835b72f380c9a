package io.vivier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package-by-feature layout of DESIGN.md true: features talk through public ports and
 * services, never through each other's SQL adapters or tables; the shell does not depend on features.
 */
class ArchitectureTests {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.vivier");
  }

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    slices().matching("io.vivier.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void jdbcAdaptersAreOnlyUsedInsideTheirOwnFeature() {
    classes()
        .that().haveSimpleNameStartingWith("Jdbc")
        .should().notBePublic()
        .because("a feature reaches another through its port (People, Companies, Activities…), not its adapter")
        .check(classes);
  }

  @Test
  void onlyStorageAndAdaptersTouchJdbc() {
    noClasses()
        .that().haveSimpleNameNotStartingWith("Jdbc")
        .and().resideOutsideOfPackage("io.vivier.storage..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
        .because("SQL lives in each feature's Jdbc adapter, next to the code that maps it")
        .check(classes);
  }

  @Test
  void theShellDoesNotDependOnFeatures() {
    noClasses()
        .that().resideInAnyPackage("io.vivier.storage..", "io.vivier.web..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.vivier.prospect..", "io.vivier.activity..", "io.vivier.lifecycle..", "io.vivier.user..",
            "io.vivier.audit..", "io.vivier.consent..", "io.vivier.quality..", "io.vivier.cli..")
        .check(classes);
  }

  @Test
  void theCoreRulesDoNotNeedSpringWeb() {
    noClasses()
        .that().resideInAnyPackage("io.vivier.quality..", "io.vivier.lifecycle..", "io.vivier.consent..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
        .check(classes);
  }
}
