package org.coopkit.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.coopkit.spring.boot.test.AutoConfigureCoopkitMemory;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The starter's boundary: three public types (the auto-configuration, its properties, the test
 * annotation), coopkit reached only through its API, and every package {@code @NullMarked}.
 */
class StarterArchitectureTest {
  private static final String STARTER = "org.coopkit.spring.boot";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(STARTER);

  @Test
  void importsTheStartersMainClassesWithoutItsTests() {
    assertThat(MAIN.contain(CoopkitAutoConfiguration.class)).isTrue();
    assertThat(MAIN.contain(StarterArchitectureTest.class)).isFalse();
  }

  @Test
  void onlyTheAutoConfigurationItsPropertiesAndTheTestAnnotationArePublic() {
    classes()
        .that()
        .areTopLevelClasses()
        .and()
        .doNotBelongToAnyOf(
            CoopkitAutoConfiguration.class,
            CoopkitProperties.class,
            AutoConfigureCoopkitMemory.class)
        .should()
        .notBePublic()
        .check(MAIN);
  }

  @Test
  void usesCoopkitOnlyThroughItsApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coopkit.internal..",
            "org.coopkit.model.internal..",
            "org.coopkit.storage.jdbc.internal..",
            "org.coopkit.json.internal..",
            "org.jooq..",
            "org.flywaydb..",
            "com.zaxxer..")
        .check(MAIN);
  }

  @Test
  void everyPackageIsNullMarked() {
    for (String name : List.of(STARTER, STARTER + ".test")) {
      assertThat(packageOf(name).getAnnotation(NullMarked.class))
          .as("@NullMarked on %s", name)
          .isNotNull();
    }
  }

  private static Package packageOf(String name) {
    try {
      return Class.forName(name + ".package-info").getPackage();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " has no package-info", e);
    }
  }
}
