package org.coopkit.storage.jdbc;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The adapter's boundary: three public types over core's SPI (the storage, its options and the
 * host's transactions it may join), its frameworks (jOOQ, HikariCP, Flyway) out of every public
 * signature, and no dependency on another adapter or on core's service implementations.
 */
class JdbcArchitectureTest {
  private static final String ADAPTER_PACKAGE = "org.coopkit.storage.jdbc";
  private static final String INTERNAL = "org.coopkit.storage.jdbc.internal..";
  private static final String[] FRAMEWORKS = {"org.jooq..", "com.zaxxer..", "org.flywaydb.."};

  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ADAPTER_PACKAGE);

  @Test
  void importsTheAdaptersMainClassesWithoutItsTests() {
    assertThat(ADAPTER)
        .extracting(JavaClass::getName)
        .contains(JdbcStorage.class.getName(), JdbcEventStore.class.getName())
        .noneMatch(name -> name.endsWith("Test"));
  }

  @Test
  void onlyTheStorageItsOptionsAndTheHostTransactionsArePublicOutsideInternal() {
    classes()
        .that()
        .resideInAPackage(ADAPTER_PACKAGE)
        .and()
        .areTopLevelClasses()
        .and()
        .doNotBelongToAnyOf(JdbcStorage.class, JdbcStorageOptions.class, HostTransactions.class)
        .should()
        .notBePublic()
        .check(ADAPTER);
  }

  @Test
  void noPublicSignatureOutsideInternalMentionsAFrameworkType() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(ADAPTER_PACKAGE)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .should()
        .haveRawParameterTypes(not(anyElementThat(resideInAnyPackage(FRAMEWORKS))))
        .andShould()
        .haveRawReturnType(not(resideInAnyPackage(FRAMEWORKS)))
        .check(ADAPTER);
  }

  @Test
  void theFrameworkRuleCanFailOnInternalSignatures() {
    // The internal settings do hand out jOOQ types: the rule above would see them.
    assertThatThrownBy(
            () ->
                codeUnits()
                    .that()
                    .areDeclaredInClassesThat()
                    .resideInAPackage(INTERNAL)
                    .and()
                    .arePublic()
                    .should()
                    .haveRawReturnType(not(resideInAnyPackage(FRAMEWORKS)))
                    .check(ADAPTER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.jooq");
  }

  @Test
  void usesCoreOnlyThroughItsSpiModelQueriesReportsAndErrors() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coopkit.internal..", "org.coopkit.model.internal..", "org.coopkit.service..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.coopkit.Coopkit")
        .check(ADAPTER);
  }

  @Test
  void dependsOnNoOtherAdapterAndNoJsonLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coopkit.storage.memory..",
            "org.coopkit.storage.tck..",
            "org.coopkit.json..",
            "tools.jackson..",
            "com.fasterxml..")
        .check(ADAPTER);
  }

  @Test
  void knowsNoTransactionFramework() {
    // The host's transactions come in through HostTransactions; Spring's adapter lives in the
    // starter.
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.transaction..")
        .check(ADAPTER);
  }

  @Test
  void everyHandWrittenPackageIsNullMarked() {
    for (String name : List.of(ADAPTER_PACKAGE, ADAPTER_PACKAGE + ".internal")) {
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
