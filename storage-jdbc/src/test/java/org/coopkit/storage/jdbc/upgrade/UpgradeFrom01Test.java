package org.coopkit.storage.jdbc.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.tck.TestClock;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upgrading from coopkit 0.1: a schema that 0.1's migrations made and 0.1's store filled (the rows
 * of {@link Release01Data}, inserted as plain SQL) is opened by this coopkit, which applies the
 * migrations since; then every record reads back as the model value it stood for, and searches and
 * updates work on it as on data written today.
 *
 * <p>The tests that only read share one upgraded schema per database; a test that writes makes its
 * own. The latest version is what Flyway finds among the scripts on the class path, never a number
 * written here, so a migration added later is applied and checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeFrom01Test {
  /** After every timestamp of the 0.1 rows: what the services stamp an update with. */
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

  private final Map<Database, Release01Schema> upgraded = new EnumMap<>(Database.class);

  @AfterAll
  void dropSchemas() {
    upgraded.values().forEach(Release01Schema::close);
    upgraded.clear();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theSchemaOf01IsMigratedToTheLatestVersionThisCoopkitShips(Database database) {
    Release01Schema schema = upgraded(database);

    List<MigrationVersion> applied = schema.pendingAfterRelease();
    assertThat(applied)
        .as("the migrations after 0.1's")
        .isNotEmpty()
        .allMatch(v -> v.isNewerThan(MigrationVersion.fromVersion(Release01Schema.VERSION)));
    assertThat(schema.storage().schemaVersion())
        .isEqualTo(applied.get(applied.size() - 1).getVersion());
    assertThat(schema.pendingNow()).isEmpty();
    assertThatCode(schema.storage()::validateSchema).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void organisationsOf01ReadBackWithTheirNamesParentAndIdentifiers(Database database) {
    Coopkit coopkit = upgraded(database).coopkit();

    assertThat(coopkit.organisations().get(Release01Data.COUNCIL))
        .isEqualTo(Release01Data.council());
    assertThat(coopkit.organisations().get(Release01Data.OFFICE)).isEqualTo(Release01Data.office());
    assertThat(
            coopkit
                .organisations()
                .findByExternalId(ExternalId.of("coe-entity", "C-PROC/Bucharest")))
        .contains(Release01Data.office());
    assertThat(coopkit.organisations().findByName("conseil de l’europe"))
        .containsExactly(Release01Data.council());
    assertThat(coopkit.organisations().findByName("c-proc"))
        .containsExactly(Release01Data.office());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void projectsOf01ReadBackWithComponentsCountriesOrganisationsAndRelations(Database database) {
    Coopkit coopkit = upgraded(database).coopkit();

    assertThat(coopkit.projects().get(Release01Data.PROJECT)).isEqualTo(Release01Data.project());
    assertThat(coopkit.projects().get(Release01Data.PREDECESSOR))
        .isEqualTo(Release01Data.predecessor());
    assertThat(coopkit.projects().findByCode("Cybercrime-EAP-II"))
        .contains(Release01Data.project());
    assertThat(coopkit.projects().findByExternalId(ExternalId.of("iati", "XM-DAC-47066-EAP-II")))
        .contains(Release01Data.project());
    assertThat(projects(coopkit, ProjectQuery.builder().text("Eastern Partnership").build()))
        .containsExactly(Release01Data.PROJECT);
    assertThat(projects(coopkit, ProjectQuery.builder().framework("PGG").build()))
        .containsExactly(Release01Data.PROJECT);
    assertThat(
            projects(coopkit, ProjectQuery.builder().relatedTo(Release01Data.PREDECESSOR).build()))
        .containsExactly(Release01Data.PROJECT);
    assertThat(
            projects(
                coopkit,
                ProjectQuery.builder()
                    .country(CountryCode.of("BY"))
                    .activeOn(LocalDate.of(2018, 6, 30))
                    .build()))
        .containsExactly(Release01Data.PROJECT);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theEventOf01ReadsBackWithItsLowerCaseTopicsCountsAndKeyMessages(Database database) {
    Event event = upgraded(database).coopkit().events().get(Release01Data.CONFERENCE);

    assertThat(event).isEqualTo(Release01Data.conference());
    // Topics equal by their lower-case key: compare the labels as stored too.
    assertThat(event.topics())
        .extracting(Topic::label)
        .containsExactlyElementsOf(Release01Data.TOPIC_LABELS);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aTopicSearchFindsTheEventOf01ByItsTopicInAnyCase(Database database) {
    Coopkit coopkit = upgraded(database).coopkit();

    for (String label :
        List.of("electronic evidence", "Electronic Evidence", "ELECTRONIC EVIDENCE", "DarkNet")) {
      assertThat(events(coopkit, EventQuery.builder().topic(Topic.of(label)).build()))
          .as("topic %s", label)
          .containsExactly(Release01Data.CONFERENCE);
    }
    assertThat(events(coopkit, EventQuery.builder().topic(Topic.of("Ransomware")).build()))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theEventOf01IsFoundInItsPeriodAndNotOutsideIt(Database database) {
    Coopkit coopkit = upgraded(database).coopkit();

    assertThat(events(coopkit, period(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31))))
        .containsExactly(Release01Data.CONFERENCE);
    assertThat(events(coopkit, period(LocalDate.of(2017, 10, 11), LocalDate.of(2017, 12, 31))))
        .containsExactly(Release01Data.CONFERENCE);
    assertThat(events(coopkit, period(LocalDate.of(2017, 10, 12), LocalDate.of(2017, 12, 31))))
        .isEmpty();
    // The derived rows 0.1 wrote for its countries: from Georgia, in October 2017.
    assertThat(
            events(
                coopkit,
                EventQuery.builder()
                    .country(CountryCode.of("GE"))
                    .between(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31))
                    .build()))
        .containsExactly(Release01Data.CONFERENCE);
    assertThat(events(coopkit, EventQuery.builder().text("follow the money").build()))
        .containsExactly(Release01Data.CONFERENCE);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theContactOf01ReadsBackWithItsRolesAndIsFoundByNameAndRole(Database database) {
    Coopkit coopkit = upgraded(database).coopkit();

    assertThat(coopkit.contacts().get(Release01Data.MANAGER)).isEqualTo(Release01Data.manager());
    assertThat(
            coopkit.contacts().search(ContactQuery.builder().namePrefix("muster").build()).items())
        .containsExactly(Release01Data.manager());
    assertThat(
            coopkit
                .contacts()
                .search(
                    ContactQuery.builder()
                        .role(RoleType.PROGRAMME_MANAGER)
                        .project(Release01Data.PROJECT)
                        .build())
                .items())
        .extracting(Contact::id)
        .containsExactly(Release01Data.MANAGER);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aProjectOf01TakesAnUpdateWithWhatLaterVersionsAllow(Database database) {
    try (Release01Schema schema = Release01Schema.open(database, TestClock.at(NOW))) {
      Coopkit coopkit = schema.coopkit();
      Project stored = coopkit.projects().get(Release01Data.PROJECT);
      Component assistance = stored.components().get(0);
      // given: an unknown status and a mentor, which 0.1's checks refused; the component the
      // event names renamed, the other one dropped
      Project changed =
          stored.toBuilder()
              .status(ProjectStatus.UNKNOWN)
              .addOrganisation(
                  ProjectOrganisation.of(Release01Data.COUNCIL, OrganisationRole.MENTOR))
              .components(
                  List.of(
                      assistance.toBuilder()
                          .title(LocalizedText.of("Mutual legal assistance and extradition"))
                          .build()))
              .build();

      // when
      Project updated = coopkit.projects().update(changed);

      // then
      Project expected = changed.toBuilder().version(4).updatedAt(NOW).build();
      assertThat(updated).isEqualTo(expected);
      assertThat(coopkit.projects().get(Release01Data.PROJECT)).isEqualTo(expected);
      assertThat(coopkit.events().get(Release01Data.CONFERENCE).components())
          .containsExactly(Release01Data.ASSISTANCE);
      assertThat(projects(coopkit, ProjectQuery.builder().status(ProjectStatus.UNKNOWN).build()))
          .containsExactly(Release01Data.PROJECT);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void anEventOf01TakesATopicInMixedCaseBesideItsLowerCaseOnes(Database database) {
    try (Release01Schema schema = Release01Schema.open(database, TestClock.at(NOW))) {
      Coopkit coopkit = schema.coopkit();
      Event stored = coopkit.events().get(Release01Data.CONFERENCE);

      // when
      Event updated =
          coopkit
              .events()
              .update(stored.toBuilder().addTopic(Topic.of("Budapest Convention")).build());

      // then
      assertThat(updated.version()).isEqualTo(stored.version() + 1);
      assertThat(coopkit.events().get(Release01Data.CONFERENCE).topics())
          .extracting(Topic::label)
          .containsExactly(
              "electronic evidence", "darknet", "virtual currencies", "Budapest Convention");
      assertThat(
              events(coopkit, EventQuery.builder().topic(Topic.of("budapest convention")).build()))
          .containsExactly(Release01Data.CONFERENCE);
      assertThat(
              events(coopkit, EventQuery.builder().topic(Topic.of("Virtual Currencies")).build()))
          .containsExactly(Release01Data.CONFERENCE);
    }
  }

  /** The shared upgraded schema of {@code database}, made on first use. */
  private synchronized Release01Schema upgraded(Database database) {
    Release01Schema schema = upgraded.get(database);
    if (schema == null) {
      schema = Release01Schema.open(database, TestClock.at(NOW));
      upgraded.put(database, schema);
    }
    return schema;
  }

  private static EventQuery period(LocalDate from, LocalDate to) {
    return EventQuery.builder().between(from, to).build();
  }

  private static List<ProjectId> projects(Coopkit coopkit, ProjectQuery query) {
    return coopkit.projects().search(query).items().stream().map(Project::id).toList();
  }

  private static List<EventId> events(Coopkit coopkit, EventQuery query) {
    return coopkit.events().search(query).items().stream().map(Event::id).toList();
  }
}
