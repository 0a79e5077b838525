package org.coopkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.Coopkit;
import org.coopkit.Ids;
import org.coopkit.internal.Services;
import org.coopkit.model.internal.Validator;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The layering of core's packages: the model at the bottom, queries over it, the service interfaces
 * and the storage SPI over both, the implementations in {@code internal}, and {@link Coopkit}
 * wiring them together.
 */
class ArchitectureTest {
  private static final String INTERNAL = "org.coopkit.internal..";
  private static final String QUERY_INTERNAL = "org.coopkit.query.internal..";

  private static final JavaClasses CORE = importCore();

  private static JavaClasses importCore() {
    // The rules need the names of the classes core depends on, not their bytecode: leaving
    // Guava and the JDK out of the import makes it several times faster.
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("org.coopkit");
    } finally {
      ArchConfiguration.get().reset();
    }
  }

  @Test
  void importsCoresMainClasses() {
    // Guards every rule below against passing on an empty import.
    assertThat(CORE)
        .extracting(JavaClass::getName)
        .contains(
            Coopkit.class.getName(),
            Validator.class.getName(),
            "org.coopkit.model.project.Project",
            "org.coopkit.spi.Storage")
        .noneMatch(name -> name.endsWith("Test"));
  }

  @Test
  void seesDependenciesAndSignaturesSoThatTheRulesCanFail() {
    // Queries do use the validator, and the entry point's builder does take a model type.
    assertThatThrownBy(
            () ->
                noClasses()
                    .that()
                    .resideInAPackage("org.coopkit.query..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.coopkit.model.internal..")
                    .check(CORE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Validator");
    assertThatThrownBy(
            () ->
                codeUnits()
                    .that()
                    .areDeclaredInClassesThat()
                    .belongToAnyOf(Coopkit.class)
                    .should(notInvolveTypesIn("org.coopkit.model.."))
                    .check(CORE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("IdGenerator");
  }

  @Test
  void coreDependsOnlyOnTheJdkGuavaJSpecifyAndItself() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.common..", "org.jspecify..", "org.coopkit..")
        .check(CORE);
  }

  @Test
  void theModelKnowsNothingOfQueriesServicesTheSpiOrTheEntryPoint() {
    noClasses()
        .that()
        .resideInAPackage("org.coopkit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.coopkit.query..", "org.coopkit.service..", "org.coopkit.spi..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(Coopkit.class, Ids.class)
        .check(CORE);
  }

  @Test
  void queriesKnowNothingOfServicesOrTheSpi() {
    noClasses()
        .that()
        .resideInAPackage("org.coopkit.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.coopkit.service..", "org.coopkit.spi..")
        .check(CORE);
  }

  @Test
  void theSharedSearchTextStandsOnTheModelAlone() {
    // Queries and stores both build on it, so it may reach down only: never up into the queries,
    // the SPI or the services, which would make the layering circular.
    classes()
        .that()
        .belongToAnyOf(SearchText.class)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.coopkit..")
                .or(resideInAPackage(QUERY_INTERNAL))
                .or(resideInAPackage("org.coopkit.model"))
                .or(resideInAPackage("org.coopkit.model.contact.."))
                .or(resideInAPackage("org.coopkit.model.event.."))
                .or(resideInAPackage("org.coopkit.model.organisation.."))
                .or(resideInAPackage("org.coopkit.model.project..")))
        .check(CORE);
  }

  @Test
  void howStoresCarryOutQueriesStandsOnTheQueriesAndTheModelAlone() {
    // What a store needs of a query beyond its values (matching, sort keys, cursors) lives beside
    // the search text, out of the API; it reads the queries' accessors but never reaches up into
    // the SPI, the services or core's implementations.
    classes()
        .that()
        .resideInAPackage(QUERY_INTERNAL)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.coopkit..")
                .or(resideInAPackage("org.coopkit.query.."))
                .or(resideInAPackage("org.coopkit.model"))
                .or(resideInAPackage("org.coopkit.model.contact.."))
                .or(resideInAPackage("org.coopkit.model.event.."))
                .or(resideInAPackage("org.coopkit.model.organisation.."))
                .or(resideInAPackage("org.coopkit.model.project.."))
                .or(resideInAPackage("org.coopkit.model.source..")))
        .check(CORE);
  }

  @Test
  void withinCoreOnlyTheQueriesTheSpiAndTheServicesImplementationsUseTheQueryInternals() {
    // Stores use them too, from their own modules, and so do the SPI's default methods, which
    // carry out a query as a store would; the model, the service interfaces and the reports stay
    // clear of them.
    noClasses()
        .that()
        .resideOutsideOfPackages("org.coopkit.query..", "org.coopkit.spi..", INTERNAL)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(QUERY_INTERNAL)
        .check(CORE);
  }

  @Test
  void theSpiKnowsNothingOfServicesOrTheirImplementations() {
    noClasses()
        .that()
        .resideInAPackage("org.coopkit.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(INTERNAL, "org.coopkit.service..")
        .check(CORE);
  }

  @Test
  void serviceInterfacesSpeakOnlyOfTheModelQueriesReportsAndErrors() {
    classes()
        .that()
        .resideInAPackage("org.coopkit.service..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.jspecify..",
            "org.coopkit.service..",
            "org.coopkit.model..",
            "org.coopkit.query..",
            "org.coopkit.report..",
            "org.coopkit.history..",
            "org.coopkit.error..")
        .check(CORE);
  }

  @Test
  void reportsSpeakOnlyOfTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.coopkit.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.coopkit.spi..", "org.coopkit.service..", "org.coopkit.query..")
        .check(CORE);
  }

  @Test
  void errorsDependOnNoOtherPartOfCoopkit() {
    classes()
        .that()
        .resideInAPackage("org.coopkit.error..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.coopkit..").or(resideInAPackage("org.coopkit.error..")))
        .check(CORE);
  }

  @Test
  void theValidationTheModelUsesKnowsOnlyTheErrorsAndTheLimits() {
    // The bottom of the house: the model stands on it, so it may not reach up into anything
    // but the errors it throws and the limits it checks (constants that import nothing).
    classes()
        .that()
        .resideInAPackage("org.coopkit.model.internal..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.coopkit..")
                .or(resideInAPackage("org.coopkit.model.internal.."))
                .or(resideInAPackage("org.coopkit.error.."))
                .or(equivalentTo(org.coopkit.model.Limits.class)))
        .check(CORE);
  }

  @Test
  void onlyTheEntryPointReachesIntoInternalBeyondTheValidator() {
    noClasses()
        .that()
        .resideOutsideOfPackage(INTERNAL)
        .and()
        .doNotBelongToAnyOf(Coopkit.class)
        .should()
        .dependOnClassesThat(resideInAPackage(INTERNAL).and(not(equivalentTo(Validator.class))))
        .check(CORE);
  }

  @Test
  void onlyTheModelQueriesAndReportFiltersUseTheValidatorFromOutsideInternal() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            INTERNAL, "org.coopkit.model..", "org.coopkit.query..", "org.coopkit.report..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Validator.class)
        .check(CORE);
  }

  @Test
  void theEntryPointReachesIntoInternalOnlyThroughServices() {
    classes()
        .that()
        .belongToAnyOf(Coopkit.class)
        .should()
        .onlyDependOnClassesThat(resideOutsideOfPackage(INTERNAL).or(equivalentTo(Services.class)))
        .check(CORE);
  }

  @Test
  void noPublicSignatureOutsideInternalMentionsAnInternalType() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage(INTERNAL)
        .and()
        .arePublic()
        .should(notInvolveTypesIn(INTERNAL))
        .check(CORE);
  }

  @Test
  void noPublicSignatureMentionsAGuavaType() {
    // Guava is an implementation detail: a user's code must not need it, nor break when it moves.
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .or()
        .areProtected()
        .should(notInvolveTypesIn("com.google.."))
        .check(CORE);
  }

  @Test
  void serviceSignaturesMentionNoInternalType() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.coopkit.service..")
        .should(notInvolveTypesIn(INTERNAL))
        .check(CORE);
  }

  @Test
  void internalExposesOnlyTheValidatorAndTheServicesWiring() {
    classes()
        .that()
        .resideInAPackage(INTERNAL)
        .and()
        .arePublic()
        .should()
        .be(Validator.class)
        .orShould()
        .be(Services.class)
        .check(CORE);
  }

  @Test
  void serviceImplementationsArePackagePrivateAndFinal() {
    classes()
        .that()
        .resideInAPackage(INTERNAL)
        .and()
        .haveSimpleNameStartingWith("Default")
        .should()
        .notBePublic()
        .andShould()
        .haveModifier(JavaModifier.FINAL)
        .andShould()
        .implement(resideInAPackage("org.coopkit.service.."))
        .check(CORE);
  }

  @Test
  void everyPackageIsNullMarkedInItsPackageInfo() {
    Set<String> packages = new TreeSet<>();
    CORE.forEach(c -> packages.add(c.getPackageName()));
    assertThat(packages)
        .contains(
            "org.coopkit",
            "org.coopkit.error",
            "org.coopkit.history",
            "org.coopkit.internal",
            "org.coopkit.model.internal",
            "org.coopkit.model",
            "org.coopkit.model.contact",
            "org.coopkit.model.event",
            "org.coopkit.model.organisation",
            "org.coopkit.model.project",
            "org.coopkit.query",
            "org.coopkit.query.internal",
            "org.coopkit.service",
            "org.coopkit.spi");

    List<String> notNullMarked = new ArrayList<>();
    for (String name : packages) {
      Class<?> packageInfo;
      try {
        packageInfo = Class.forName(name + ".package-info");
      } catch (ClassNotFoundException e) {
        notNullMarked.add(name + " (no package-info)");
        continue;
      }
      if (packageInfo.getPackage().getAnnotation(NullMarked.class) == null) {
        notNullMarked.add(name);
      }
    }
    assertThat(notNullMarked).as("packages not @NullMarked").isEmpty();
  }

  private static ArchCondition<JavaCodeUnit> notInvolveTypesIn(String packageIdentifier) {
    return new ArchCondition<>("not involve types in " + packageIdentifier) {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaClass type : unit.getAllInvolvedRawTypes()) {
          if (type.getPackage().getName().startsWith(packageIdentifier.replace("..", ""))) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " involves " + type.getName()));
          }
        }
      }
    };
  }
}
