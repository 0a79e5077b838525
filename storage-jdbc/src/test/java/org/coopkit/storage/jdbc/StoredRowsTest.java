package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EMAIL;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_LANGUAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_PHONE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_KEY_MESSAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PARTICIPATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REACH;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TOPIC;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_COUNTRY_PERIOD;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_TEXT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the adapter leaves in the tables: an update replaces every list of an aggregate and leaves
 * no row of the old lists behind; a delete leaves no child row at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredRowsTest {
  private static final Instant NOW = Instant.parse("2025-03-17T08:30:00.123456Z");

  private final SchemaPerDatabase schemas = new SchemaPerDatabase();

  @AfterAll
  void dropSchemas() {
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theEventRowRefusesAParticipationFigureWithoutAKnownQualifier(Database database) {
    // given: an event with every participation figure, stored
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    Organisation organiser = stamped(Fixtures.fullyPopulatedOrganisation(null));
    Project project = stamped(Fixtures.projectWithComponents(3));
    Event event = stamped(Fixtures.fullyPopulatedEvent(project, organiser.id()));
    storage.inTransaction(
        s -> {
          s.organisations().insert(organiser);
          s.projects().insert(project);
          s.events().insert(event);
          return null;
        });
    String id = event.id().toString();

    // when, then: the CHECK constraints of V7 hold on every database
    assertThatThrownBy(
            () ->
                tables
                    .update(EVENT)
                    .set(EVENT.COUNTRY_COUNT_QUALIFIER, "ROUGHLY")
                    .where(EVENT.ID.eq(id))
                    .execute())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                tables
                    .update(EVENT)
                    .set(EVENT.ORGANISATION_COUNT_QUALIFIER, (String) null)
                    .where(EVENT.ID.eq(id))
                    .execute())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () -> tables.update(EVENT).set(EVENT.EXPERTS, -1).where(EVENT.ID.eq(id)).execute())
        .isInstanceOf(DataAccessException.class);
    assertThat(
            tables
                .select(EVENT.COUNTRY_COUNT, EVENT.EXPERTS_QUALIFIER, EVENT.PARTICIPATION_NOTE)
                .from(EVENT)
                .where(EVENT.ID.eq(id))
                .fetchOne()
                .intoArray())
        .containsExactly(7, "EXACT", "from the attendance list, annoncé");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void anEventUpdateReplacesEveryListAndADeleteLeavesNoChildRow(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    Organisation organiser = stamped(Fixtures.fullyPopulatedOrganisation(null));
    Project project = stamped(Fixtures.projectWithComponents(3));
    Event event = stamped(Fixtures.fullyPopulatedEvent(project, organiser.id()));
    storage.inTransaction(
        s -> {
          s.organisations().insert(organiser);
          s.projects().insert(project);
          s.events().insert(event);
          return null;
        });
    String id = event.id().toString();
    Map<Table<?>, Field<String>> children = eventChildren();
    Map<Table<?>, Integer> before = count(tables, children, id);
    Event changed =
        event.toBuilder()
            .title(LocalizedText.of("One title"))
            .description(null)
            .components(List.of(project.components().get(2).id()))
            .organisers(List.of())
            .venue(Venue.of("Chișinău", CountryCode.of("MD")))
            .participation(
                Participation.builder()
                    .countries(Set.of(CountryCode.of("AM")))
                    .byCountry(Map.of(CountryCode.of("AM"), ParticipantCount.exactly(3)))
                    .build())
            .topics(Set.of(Topic.of("one topic")))
            .keyMessages(List.of(KeyMessage.outcome("One message")))
            .links(List.of())
            .version(2)
            .build();

    // when
    storage.inTransaction(
        s -> {
          s.events().update(changed, 1);
          return null;
        });

    // then
    assertThat(before.values()).as("the first version had rows in every list").allMatch(n -> n > 0);
    Map<Table<?>, Integer> expected = new LinkedHashMap<>();
    expected.put(EVENT_TEXT, 2);
    expected.put(EVENT_PROJECT, 1);
    expected.put(EVENT_COMPONENT, 1);
    expected.put(EVENT_ORGANISER, 0);
    expected.put(EVENT_PARTICIPATION, 1);
    expected.put(EVENT_TOPIC, 1);
    expected.put(EVENT_KEY_MESSAGE, 1);
    expected.put(EVENT_LINK, 0);
    expected.put(EVENT_REACH, 2);
    assertThat(count(tables, children, id)).isEqualTo(expected);
    assertThat(
            tables
                .select(EVENT_REACH.COUNTRY)
                .from(EVENT_REACH)
                .where(EVENT_REACH.EVENT_ID.eq(id))
                .orderBy(EVENT_REACH.COUNTRY)
                .fetch(EVENT_REACH.COUNTRY))
        .containsExactly("AM", "MD");
    assertThat(storage.<Optional<Event>>inTransaction(s -> s.events().get(event.id())))
        .contains(changed);

    // and when
    storage.inTransaction(
        s -> {
          s.events().delete(event.id(), 2);
          return null;
        });

    // then
    assertThat(count(tables, children, id).values()).allMatch(n -> n == 0);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aProjectUpdateKeepsTheRowsOfKeptComponentsAndReplacesEverythingElse(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    Organisation funder = stamped(Fixtures.anyOrganisation());
    Organisation implementer = stamped(Fixtures.anyOrganisation());
    Project predecessor = stamped(Fixtures.anyProject());
    Project project =
        stamped(Fixtures.fullyPopulatedProject(funder.id(), implementer.id(), predecessor.id()));
    storage.inTransaction(
        s -> {
          s.organisations().insert(funder);
          s.organisations().insert(implementer);
          s.projects().insert(predecessor);
          s.projects().insert(project);
          return null;
        });
    List<Component> components = project.components();
    Component added = Fixtures.component("new", "Added component");
    Component renamed =
        components.get(0).toBuilder()
            .code("renamed")
            .title(LocalizedText.of("fr", "Renommé"))
            .objective(null)
            .expectedResults(List.of())
            .build();
    Project changed =
        project.toBuilder()
            .title(LocalizedText.of("One title"))
            .summary(null)
            .aims(null)
            .framework(null)
            .countries(List.of())
            .organisations(project.organisations().subList(0, 1))
            .relations(List.of())
            .links(List.of(Link.of("https://example.org/one", Link.Kind.OTHER)))
            .externalIds(List.of(ExternalId.of("one", "1")))
            .components(List.of(components.get(2), renamed, added))
            .version(2)
            .build();

    // when
    storage.inTransaction(
        s -> {
          s.projects().update(changed, 1);
          return null;
        });

    // then
    String id = project.id().toString();
    Map<Table<?>, Integer> expected = new LinkedHashMap<>();
    expected.put(PROJECT_TEXT, 1);
    expected.put(PROJECT_COUNTRY_PERIOD, 0);
    expected.put(PROJECT_ORGANISATION, 1);
    expected.put(PROJECT_RELATION, 0);
    expected.put(PROJECT_LINK, 1);
    expected.put(PROJECT_EXTERNAL_ID, 1);
    expected.put(COMPONENT, 3);
    assertThat(count(tables, projectChildren(), id)).isEqualTo(expected);
    assertThat(
            tables
                .select(COMPONENT.ID)
                .from(COMPONENT)
                .where(COMPONENT.PROJECT_ID.eq(id))
                .orderBy(COMPONENT.POSITION)
                .fetch(COMPONENT.ID))
        .containsExactly(
            components.get(2).id().toString(), renamed.id().toString(), added.id().toString());
    assertThat(
            tables.fetchCount(
                COMPONENT_TEXT, COMPONENT_TEXT.COMPONENT_ID.eq(components.get(1).id().toString())))
        .as("texts of the dropped component")
        .isZero();
    assertThat(
            tables.fetchCount(
                COMPONENT_TEXT, COMPONENT_TEXT.COMPONENT_ID.eq(renamed.id().toString())))
        .as("texts of the renamed component")
        .isEqualTo(1);
    assertThat(storage.<Optional<Project>>inTransaction(s -> s.projects().get(project.id())))
        .contains(changed);

    // and when
    storage.inTransaction(
        s -> {
          s.projects().delete(project.id(), 2);
          return null;
        });

    // then
    assertThat(count(tables, projectChildren(), id).values()).allMatch(n -> n == 0);
    assertThat(
            tables.fetchCount(
                COMPONENT_TEXT,
                COMPONENT_TEXT.COMPONENT_ID.in(
                    components.stream().map(c -> c.id().toString()).toList())))
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void contactAndOrganisationUpdatesReplaceTheirListsAndDeletesLeaveNoChildRow(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    Organisation employer = stamped(Fixtures.fullyPopulatedOrganisation(null));
    Project project = stamped(Fixtures.anyProject());
    Contact contact = stamped(Fixtures.fullyPopulatedContact(employer.id(), project.id()));
    storage.inTransaction(
        s -> {
          s.organisations().insert(employer);
          s.projects().insert(project);
          s.contacts().insert(contact);
          return null;
        });
    Contact changedContact =
        contact.toBuilder()
            .emails(contact.emails().subList(0, 1))
            .phones(List.of())
            .languages(List.of("ka"))
            .roles(contact.roles().subList(2, 3))
            .externalIds(List.of(ExternalId.of("staff", "one")))
            .version(2)
            .build();
    Organisation changedEmployer =
        employer.toBuilder()
            .name("Renamed")
            .links(List.of())
            .externalIds(List.of())
            .version(2)
            .build();

    // when
    storage.inTransaction(
        s -> {
          s.contacts().update(changedContact, 1);
          s.organisations().update(changedEmployer, 1);
          return null;
        });

    // then
    String contactId = contact.id().toString();
    String employerId = employer.id().toString();
    assertThat(count(tables, contactChildren(), contactId).values()).containsExactly(1, 0, 1, 1, 1);
    assertThat(count(tables, organisationChildren(), employerId).values()).containsExactly(1, 0, 0);

    // and when
    storage.inTransaction(
        s -> {
          s.contacts().delete(contact.id(), 2);
          s.organisations().delete(employer.id(), 2);
          return null;
        });

    // then
    assertThat(count(tables, contactChildren(), contactId).values()).allMatch(n -> n == 0);
    assertThat(count(tables, organisationChildren(), employerId).values()).allMatch(n -> n == 0);
  }

  private static Map<Table<?>, Integer> count(
      DSLContext tables, Map<Table<?>, Field<String>> of, String owner) {
    Map<Table<?>, Integer> counts = new LinkedHashMap<>();
    of.forEach((table, field) -> counts.put(table, tables.fetchCount(table, field.eq(owner))));
    return counts;
  }

  private static Map<Table<?>, Field<String>> eventChildren() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(EVENT_TEXT, EVENT_TEXT.EVENT_ID);
    children.put(EVENT_PROJECT, EVENT_PROJECT.EVENT_ID);
    children.put(EVENT_COMPONENT, EVENT_COMPONENT.EVENT_ID);
    children.put(EVENT_ORGANISER, EVENT_ORGANISER.EVENT_ID);
    children.put(EVENT_PARTICIPATION, EVENT_PARTICIPATION.EVENT_ID);
    children.put(EVENT_TOPIC, EVENT_TOPIC.EVENT_ID);
    children.put(EVENT_KEY_MESSAGE, EVENT_KEY_MESSAGE.EVENT_ID);
    children.put(EVENT_LINK, EVENT_LINK.EVENT_ID);
    children.put(EVENT_REACH, EVENT_REACH.EVENT_ID);
    return children;
  }

  private static Map<Table<?>, Field<String>> projectChildren() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(PROJECT_TEXT, PROJECT_TEXT.PROJECT_ID);
    children.put(PROJECT_COUNTRY_PERIOD, PROJECT_COUNTRY_PERIOD.PROJECT_ID);
    children.put(PROJECT_ORGANISATION, PROJECT_ORGANISATION.PROJECT_ID);
    children.put(PROJECT_RELATION, PROJECT_RELATION.PROJECT_ID);
    children.put(PROJECT_LINK, PROJECT_LINK.PROJECT_ID);
    children.put(PROJECT_EXTERNAL_ID, PROJECT_EXTERNAL_ID.PROJECT_ID);
    children.put(COMPONENT, COMPONENT.PROJECT_ID);
    return children;
  }

  private static Map<Table<?>, Field<String>> contactChildren() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID);
    children.put(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID);
    children.put(CONTACT_LANGUAGE, CONTACT_LANGUAGE.CONTACT_ID);
    children.put(CONTACT_ROLE, CONTACT_ROLE.CONTACT_ID);
    children.put(CONTACT_EXTERNAL_ID, CONTACT_EXTERNAL_ID.CONTACT_ID);
    return children;
  }

  private static Map<Table<?>, Field<String>> organisationChildren() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(ORGANISATION_TEXT, ORGANISATION_TEXT.ORGANISATION_ID);
    children.put(ORGANISATION_LINK, ORGANISATION_LINK.ORGANISATION_ID);
    children.put(ORGANISATION_EXTERNAL_ID, ORGANISATION_EXTERNAL_ID.ORGANISATION_ID);
    return children;
  }

  static Organisation stamped(Organisation o) {
    return o.toBuilder().version(1).createdAt(NOW).updatedAt(NOW).build();
  }

  static Project stamped(Project p) {
    return p.toBuilder().version(1).createdAt(NOW).updatedAt(NOW).build();
  }

  static Event stamped(Event e) {
    return e.toBuilder().version(1).createdAt(NOW).updatedAt(NOW).build();
  }

  static Contact stamped(Contact c) {
    return c.toBuilder().version(1).createdAt(NOW).updatedAt(NOW).build();
  }
}
