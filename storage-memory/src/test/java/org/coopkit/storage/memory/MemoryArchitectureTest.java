package org.coopkit.storage.memory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter is one public factory over core's SPI, and nothing more. */
class MemoryArchitectureTest {
  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.coopkit.storage.memory");

  @Test
  void onlyTheFactoryIsPublic() {
    classes()
        .that()
        .doNotBelongToAnyOf(MemoryStorage.class)
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .check(ADAPTER);
  }

  @Test
  void theAdapterUsesCoreOnlyThroughTheSpiTheModelAndTheQueries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coopkit.internal..",
            "org.coopkit.model.internal..",
            "org.coopkit.service..",
            "org.coopkit.storage.jdbc..",
            "org.coopkit.json..")
        .check(ADAPTER);
  }

  @Test
  void theAdapterDependsOnNoFramework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "com.zaxxer..", "tools.jackson..", "com.fasterxml..", "org.slf4j..")
        .check(ADAPTER);
  }
}
