package org.coopkit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The json module's boundary: a handful of public entry types over core's public API; the writers
 * and readers of each aggregate stay package-private, and no storage adapter is needed to read or
 * write.
 */
class JsonArchitectureTest {
  private static final JavaClasses JSON =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.coopkit.json");

  @Test
  void importsTheModulesMainClassesWithoutItsTests() {
    assertThat(JSON)
        .extracting(JavaClass::getName)
        .contains(CoopkitJson.class.getName(), EventJson.class.getName())
        .noneMatch(name -> name.endsWith("Test"));
  }

  @Test
  void onlyTheEntryPointsOptionsAndReportsArePublic() {
    classes()
        .that()
        .areTopLevelClasses()
        .and()
        .doNotBelongToAnyOf(
            CoopkitJson.class,
            CoopkitJsonModule.class,
            ImportOptions.class,
            ImportMode.class,
            ImportReport.class,
            ImportProblem.class,
            ExportReport.class)
        .should()
        .notBePublic()
        .check(JSON);
  }

  @Test
  void dependsOnNoStorageAdapterAndNoDatabaseLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coopkit.storage..", "org.jooq..", "com.zaxxer..", "org.flywaydb..", "java.sql..")
        .check(JSON);
  }

  @Test
  void usesNoneOfCoresImplementations() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.coopkit.internal..", "org.coopkit.model.internal..")
        .check(JSON);
  }

  @Test
  void itsPackageIsNullMarked() {
    assertThat(CoopkitJson.class.getPackage().getAnnotation(NullMarked.class)).isNotNull();
  }
}
