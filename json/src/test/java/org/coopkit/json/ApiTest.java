package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The module's public surface: small, null-marked, and Jackson-free where it can be. */
class ApiTest {

  @Test
  void thePackageIsNullMarked() {
    assertThat(CoopkitJson.class.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
  }

  @Test
  void onlyTheDocumentedTypesArePublic() throws Exception {
    TreeSet<String> publicTypes = new TreeSet<>();
    for (Class<?> type : mainClasses()) {
      if (Modifier.isPublic(type.getModifiers())) {
        publicTypes.add(type.getName().substring(type.getPackageName().length() + 1));
      }
    }
    assertThat(publicTypes)
        .containsExactly(
            "CoopkitJson",
            "CoopkitJsonModule",
            "ExportReport",
            "ExportReport$Builder",
            "ImportMode",
            "ImportOptions",
            "ImportProblem",
            "ImportReport",
            "ImportReport$Builder",
            "ImportReport$Counts");
  }

  @Test
  void noJacksonTypeAppearsInAPublicSignatureButTheMapperAndTheModule() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : mainClasses()) {
      if (!Modifier.isPublic(type.getModifiers()) || type == CoopkitJsonModule.class) {
        continue;
      }
      List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
      members.addAll(List.of(type.getMethods()));
      for (Executable member : members) {
        if (member.getDeclaringClass() != type
            || (type == CoopkitJson.class && member.getName().equals("mapper"))) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        if (member instanceof Method method) {
          types.add(method.getGenericReturnType());
        }
        types.stream()
            .filter(t -> t.getTypeName().contains("tools.jackson"))
            .forEach(t -> leaks.add(type.getSimpleName() + "." + member.getName()));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theModuleWritesAndReadsEveryPublicTypeOfTheModel() throws Exception {
    TreeSet<String> modelTypes = new TreeSet<>();
    Path core =
        Path.of(
            org.coopkit.model.project.Project.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(core.toFile())) {
      for (String entry : jar.stream().map(java.util.zip.ZipEntry::getName).toList()) {
        if (entry.startsWith("org/coopkit/model/")
            && !entry.startsWith("org/coopkit/model/internal/")
            && entry.endsWith(".class")
            && !entry.endsWith("package-info.class")) {
          Class<?> type = Class.forName(entry.replace('/', '.').replace(".class", ""));
          boolean value =
              Modifier.isPublic(type.getModifiers())
                  && !type.isInterface()
                  && !type.isAnnotation()
                  && !type.getSimpleName().equals("Builder")
                  && type != org.coopkit.model.Limits.class;
          if (value) {
            modelTypes.add(type.getName());
          }
        }
      }
    }
    TreeSet<String> coded = new TreeSet<>();
    CoopkitJsonModule.MODEL_TYPES.forEach(t -> coded.add(t.type().getName()));

    assertThat(modelTypes).isNotEmpty().isEqualTo(coded);
  }

  @Test
  void everyRecordIsWrittenWithExactlyItsComponentsNames() {
    java.util.Map<Class<?>, ShapedObjectReader.Shape> shapes = new java.util.LinkedHashMap<>();
    shapes.put(org.coopkit.model.organisation.Organisation.class, OrganisationJson.SHAPE);
    shapes.put(org.coopkit.model.project.Project.class, ProjectJson.SHAPE);
    shapes.put(org.coopkit.model.project.ProjectDates.class, ProjectJson.DATES);
    shapes.put(org.coopkit.model.project.CooperationFramework.class, ProjectJson.FRAMEWORK);
    shapes.put(org.coopkit.model.project.ParticipatingCountry.class, ProjectJson.COUNTRY);
    shapes.put(org.coopkit.model.project.ProjectOrganisation.class, ProjectJson.ORGANISATION);
    shapes.put(org.coopkit.model.project.ProjectRelation.class, ProjectJson.RELATION);
    shapes.put(org.coopkit.model.project.Component.class, ProjectJson.COMPONENT);
    shapes.put(org.coopkit.model.project.EndDateExtension.class, ProjectRecordJson.EXTENSION);
    shapes.put(org.coopkit.model.project.FundingLine.class, ProjectRecordJson.FUNDING);
    shapes.put(org.coopkit.model.project.BudgetLine.class, ProjectRecordJson.BUDGET);
    shapes.put(org.coopkit.model.project.Sector.class, ProjectRecordJson.SECTOR);
    shapes.put(org.coopkit.model.project.PolicyMarker.class, ProjectRecordJson.MARKER);
    shapes.put(org.coopkit.model.ExchangeRates.class, ExchangeRatesJson.SHAPE);
    shapes.put(org.coopkit.model.event.Event.class, EventJson.SHAPE);
    shapes.put(org.coopkit.model.event.EventDates.class, EventJson.DATES);
    shapes.put(org.coopkit.model.event.Venue.class, EventJson.VENUE);
    shapes.put(org.coopkit.model.event.Organiser.class, EventJson.ORGANISER);
    shapes.put(org.coopkit.model.event.Participation.class, EventJson.PARTICIPATION);
    shapes.put(org.coopkit.model.event.KeyMessage.class, EventJson.KEY_MESSAGE);
    shapes.put(org.coopkit.model.contact.Contact.class, ContactJson.SHAPE);
    shapes.put(org.coopkit.model.contact.RoleAssignment.class, ContactJson.ROLE);
    shapes.put(org.coopkit.model.contact.PersonalDataExport.class, ContactJson.EXPORT);
    shapes.put(org.coopkit.model.Money.class, ValueJson.MONEY);
    shapes.put(org.coopkit.model.Link.class, ValueJson.LINK);
    shapes.put(org.coopkit.model.ExternalId.class, ValueJson.EXTERNAL_ID);
    shapes.put(org.coopkit.model.ParticipantCount.class, ValueJson.PARTICIPANT_COUNT);
    shapes.put(org.coopkit.model.source.Source.class, SourceJson.SHAPE);
    shapes.put(org.coopkit.model.source.ReportedValue.class, ProvenanceJson.VALUE);
    shapes.put(org.coopkit.model.source.Adoption.class, ProvenanceJson.ADOPTION);
    shapes.put(org.coopkit.model.source.Fact.class, ProvenanceJson.FACT);

    // Names a document uses beside the components: a project's one framework is written as 0.1
    // wrote it, "framework", where the model holds "frameworks" (since 0.2).
    java.util.Map<Class<?>, List<String>> documentOnly =
        java.util.Map.of(org.coopkit.model.project.Project.class, List.of("framework"));
    shapes.forEach(
        (type, shape) ->
            assertThat(
                    shape.names().stream()
                        .filter(n -> !documentOnly.getOrDefault(type, List.of()).contains(n))
                        .toList())
                .as(type.getSimpleName())
                .containsExactly(
                    type.isRecord()
                        ? Stream.of(type.getRecordComponents())
                            .map(java.lang.reflect.RecordComponent::getName)
                            .toArray(String[]::new)
                        : Stream.of(type.getDeclaredFields())
                            .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                            .map(java.lang.reflect.Field::getName)
                            .toArray(String[]::new)));
  }

  private static List<Class<?>> mainClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(CoopkitJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve("org/coopkit/json");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString();
        classes.add(Class.forName("org.coopkit.json." + name.substring(0, name.length() - 6)));
      }
    }
    return classes;
  }
}
