package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.ProjectQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CoopkitJsonModuleTest {
  private static final String ID = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d";
  private static final String PROJECT = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9e";

  private final JsonMapper mapper =
      JsonMapper.builder().addModule(CoopkitJsonModule.create()).build();

  // Round trips.

  @Test
  void everyAggregateAndEveryPartOfOneRoundTripsThroughAMapperWithTheModule() {
    Coopkit coopkit = DataSets.fullyPopulated();
    List<Object> values = new ArrayList<>();
    Organisation organisation =
        coopkit.organisations().search(OrganisationQuery.builder().build()).items().get(0);
    Project project =
        coopkit.projects().search(ProjectQuery.builder().build()).items().stream()
            .filter(p -> !p.components().isEmpty() && !p.funding().isEmpty())
            .findFirst()
            .orElseThrow();
    Event event =
        coopkit
            .events()
            .search(EventQuery.builder().series("octopus-conference").build())
            .items()
            .get(0);
    Contact contact = coopkit.contacts().search(ContactQuery.builder().build()).items().get(0);
    values.addAll(List.of(organisation, project, event, contact));
    values.addAll(
        List.of(
            project.dates(),
            project.framework(),
            project.countries().get(0),
            project.organisations().get(0),
            project.relations().get(0),
            project.budget(),
            project.components().get(0),
            project.links().get(0),
            project.externalIds().get(0),
            project.dates().extensions().get(0),
            project.funding().get(0),
            project.funding().get(1),
            project.budgets().get(1),
            project.sectors().get(0),
            project.policyMarkers().get(0),
            org.coopkit.model.ExchangeRates.builder(
                    java.util.Currency.getInstance("EUR"),
                    java.time.LocalDate.of(2024, 3, 1),
                    "InforEuro")
                .rate("USD", "0.9215")
                .rate("JPY", "0.0062")
                .build()));
    values.addAll(
        List.of(
            event.dates(),
            event.series(),
            event.externalIds().get(0),
            event.venue(),
            event.organisers().get(0),
            event.participation(),
            event.participation().total(),
            event.keyMessages().get(1),
            event.topics().iterator().next(),
            event.title()));
    values.addAll(
        List.of(contact.roles().get(0), contact.emails().get(0), contact.phones().get(0)));
    values.addAll(
        List.of(
            project.id(),
            project.components().get(0).id(),
            event.id(),
            contact.id(),
            contact.roles().get(0).id(),
            organisation.id(),
            CountryCode.of("XK"),
            PartialDate.ofYear(2011),
            PartialDate.ofMonth(2011, 5),
            PartialDate.of(2011, 5, 17)));

    values.add(coopkit.contacts().export(contact.id()));
    for (Object value : values) {
      String json = mapper.writeValueAsString(value);
      assertThat(mapper.readValue(json, value.getClass())).as(json).isEqualTo(value);
    }
  }

  @Test
  void everyConstantOfEveryModelEnumRoundTripsAsItsLowerCaseCode() {
    for (ModelReaderWriter<?> readerWriter : CoopkitJsonModule.MODEL_TYPES) {
      if (readerWriter.type().isEnum()) {
        for (Object constant : readerWriter.type().getEnumConstants()) {
          String json = mapper.writeValueAsString(constant);
          assertThat(json).isEqualTo("\"" + ((Enum<?>) constant).name().toLowerCase() + "\"");
          assertThat(mapper.readValue(json, readerWriter.type())).isEqualTo(constant);
        }
      }
    }
  }

  @Test
  void countriesAndIdsRoundTripAsMapKeys() {
    Map<CountryCode, ProjectId> map = new LinkedHashMap<>();
    map.put(CountryCode.of("AZ"), ProjectId.of(UUID.fromString(PROJECT)));

    String json = mapper.writeValueAsString(map);

    assertThat(json).isEqualTo("{\"AZ\":\"" + PROJECT + "\"}");
    assertThat(mapper.readValue(json, new TypeReference<Map<CountryCode, ProjectId>>() {}))
        .isEqualTo(map);
  }

  // The documented forms.

  @Test
  void valuesAreWrittenInTheirDocumentedForms() {
    assertThat(mapper.writeValueAsString(Money.of(new BigDecimal("1000"), "EUR")))
        .isEqualTo("{\"amount\":\"1000.00\",\"currency\":\"EUR\"}");
    assertThat(mapper.writeValueAsString(Money.of("1250000", "JPY")))
        .isEqualTo("{\"amount\":\"1250000\",\"currency\":\"JPY\"}");
    assertThat(
            mapper.writeValueAsString(
                List.of(
                    PartialDate.ofYear(2011),
                    PartialDate.ofMonth(2011, 5),
                    PartialDate.of(2011, 5, 17))))
        .isEqualTo("[\"2011\",\"2011-05\",\"2011-05-17\"]");
    assertThat(
            mapper.writeValueAsString(
                List.of(
                    EventFormat.IN_PERSON,
                    OrganiserRole.CO_ORGANISER,
                    RoleType.CONTACT_POINT_24_7)))
        .isEqualTo("[\"in_person\",\"co_organiser\",\"contact_point_24_7\"]");
    assertThat(mapper.writeValueAsString(CountryCode.of(" az"))).isEqualTo("\"AZ\"");
    assertThat(mapper.writeValueAsString(Topic.of("Digital  Forensics")))
        .isEqualTo("\"Digital Forensics\"");
    assertThat(mapper.writeValueAsString(LocalizedText.of(Map.of("fr", "Bonjour"))))
        .isEqualTo("{\"fr\":\"Bonjour\"}");
    assertThat(mapper.writeValueAsString(OrganisationId.of(UUID.fromString(ID))))
        .isEqualTo("\"" + ID + "\"");
    assertThat(mapper.writeValueAsString(EmailAddress.of("Ana@Example.ORG")))
        .isEqualTo("\"Ana@example.org\"");
    assertThat(mapper.writeValueAsString(PhoneNumber.of("+374 (91) 23-45.67")))
        .isEqualTo("\"+37491234567\"");
    assertThat(
            mapper.writeValueAsString(
                new ParticipantCount(500, ParticipantCount.Qualifier.MORE_THAN)))
        .isEqualTo("{\"value\":500,\"qualifier\":\"more_than\"}");
    assertThat(mapper.writeValueAsString(ExternalId.of("iati", "XM-DAC-1")))
        .isEqualTo("{\"scheme\":\"iati\",\"value\":\"XM-DAC-1\"}");
    assertThat(mapper.writeValueAsString(Link.of("https://example.org/a", Link.Kind.WEB_PAGE)))
        .isEqualTo("{\"uri\":\"https://example.org/a\",\"kind\":\"web_page\"}");
  }

  @Test
  void absentValuesAndEmptyListsAreLeftOutAndStampsAreWrittenOnceStored() {
    Organisation unstored =
        Organisation.builder()
            .id(OrganisationId.of(UUID.fromString(ID)))
            .name("Council of Europe")
            .build();
    Organisation stored =
        unstored.toBuilder()
            .version(3)
            .createdAt(Instant.parse("2025-05-14T09:30:00.123456Z"))
            .updatedAt(Instant.parse("2025-06-01T00:00:00Z"))
            .build();

    assertThat(mapper.writeValueAsString(unstored))
        .isEqualTo(
            "{\"id\":\"" + ID + "\",\"name\":{\"en\":\"Council of Europe\"},\"type\":\"other\"}");
    assertThat(mapper.writeValueAsString(stored))
        .endsWith(
            ",\"type\":\"other\",\"version\":3,"
                + "\"createdAt\":\"2025-05-14T09:30:00.123456Z\","
                + "\"updatedAt\":\"2025-06-01T00:00:00Z\"}");
  }

  @Test
  void nullReadsAsAbsent() {
    String json =
        "{\"id\": \""
            + ID
            + "\", \"name\": {\"en\": \"Council of Europe\"},"
            + " \"acronym\": null, \"parent\": null, \"links\": null, \"type\": null}";

    Organisation read = mapper.readValue(json, Organisation.class);

    assertThat(read)
        .isEqualTo(
            Organisation.builder()
                .id(OrganisationId.of(UUID.fromString(ID)))
                .name("Council of Europe")
                .build());
  }

  // Problems.

  @Test
  void aBadValueIsReportedAtItsPointerLineAndColumn() {
    String json =
        """
        {"id": "%s",
         "projects": ["%s"],
         "title": {"en": "Octopus"},
         "dates": {"start": "2011-13", "end": "2011"}}
        """
            .formatted(ID, PROJECT);

    assertThatThrownBy(() -> mapper.readValue(json, Event.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("/dates/start (4:21): Invalid PartialDate: text: must be a real date")
        .hasRootCauseInstanceOf(ValidationException.class);
  }

  @Test
  void aBrokenRuleOfAPartIsReportedAtTheFieldItsViolationNames() {
    String json =
        """
        {"id": "%s",
         "projects": ["%s"],
         "title": {"en": "Octopus"},
         "dates": {"start": "2011-05-17",
                   "end": "2011-05-16"}}
        """
            .formatted(ID, PROJECT);

    assertThatThrownBy(() -> mapper.readValue(json, Event.class))
        .hasMessageContaining(
            "/dates/end (5:19): Invalid EventDates: dates.end: must not be"
                + " before dates.start ('2011-05-16 < 2011-05-17')");
  }

  @Test
  void everyBrokenRuleOfAnAggregateIsReportedWithTheModelsPathRuleAndValue() {
    String json =
        """
        {"id": "%s", "projects": [], "title": {"en": "Octopus"},
         "status": "held", "format": "in_person",
         "dates": {"start": "2011", "end": "2011"},
         "components": ["%s", "%s"]}
        """
            .formatted(ID, ID, ID);

    assertThatThrownBy(() -> mapper.readValue(json, Event.class))
        .hasMessageContaining(
            "/projects (1:60): Invalid Event: projects: must name at least one"
                + " project ('none')")
        .hasMessageContaining("Invalid Event: components[1]: must not repeat the component");
  }

  @Test
  void aMissingRequiredFieldIsReportedAsTheModelReportsIt() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\": {\"en\": \"x\"}}", Organisation.class))
        .hasMessageContaining("/id (1:1): Invalid Organisation: id: is required (null)");
    assertThatThrownBy(() -> mapper.readValue("{\"end\": \"2011\"}", EventDates.class))
        .hasMessageContaining("Invalid EventDates: dates.end: must be absent without dates.start");
  }

  @Test
  void unknownFieldsAreRefusedNamingTheFieldsThereAre() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"scheme\": \"iati\", \"value\": \"1\", \"@class\": \"java.lang.Runtime\"}",
                    ExternalId.class))
        .hasMessageContaining(
            "/@class (1:34): Invalid ExternalId: unknown field '@class';"
                + " the fields are scheme, value");
  }

  @Test
  void anUnknownFieldOrCodeThatIsNoNameIsNotQuotedInTheMessage() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"scheme\": \"iati\", \"value\": \"1\", \"ana.secret@example.org\": 1}",
                    ExternalId.class))
        .hasMessageContaining("unknown field <a name of 22 characters>")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> mapper.readValue("\"ana\\u001b[31m@example.org\"", EventFormat.class))
        .hasMessageContaining("must be one of in_person, online, hybrid (<a name of")
        .hasMessageNotContaining("ana")
        .hasMessageNotContaining("\u001b");
  }

  @Test
  void aRepeatedFieldIsRefusedEvenByAMapperThatAllowsDuplicateKeys() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"scheme\": \"iati\", \"value\": \"1\", \"scheme\": \"other\"}",
                    ExternalId.class))
        .hasMessageContaining("/scheme (1:34): Invalid ExternalId: field 'scheme' appears twice");
    assertThatThrownBy(
            () -> mapper.readValue("{\"en\": \"a\", \"en\": \"b\"}", LocalizedText.class))
        .hasMessageContaining(
            "/en (1:13): Invalid LocalizedText: languages: must not repeat a" + " language ('en')");
  }

  @Test
  void wrongTypesAreRefusedWithoutEchoingTheValue() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\": \"" + ID + "\", \"displayName\": {\"secret\": \"Ana Secret\"}}",
                    Contact.class))
        .hasMessageContaining("/displayName (1:63): must be a string, not an object")
        .hasMessageNotContaining("Ana Secret");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"value\": 1.5, \"qualifier\": \"exact\"}", ParticipantCount.class))
        .hasMessageContaining("/value (1:11): must be an integer, not a number");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"value\": 3000000000, \"qualifier\": \"exact\"}", ParticipantCount.class))
        .hasMessageContaining("/value (1:11): must be an integer between");
  }

  @Test
  void enumsAcceptOnlyTheirLowerCaseCodes() {
    assertThatThrownBy(() -> mapper.readValue("\"IN_PERSON\"", EventFormat.class))
        .hasMessageContaining(
            "Invalid EventFormat: must be one of in_person, online, hybrid" + " ('IN_PERSON')");
  }

  @Test
  void idsMustBeCanonicalUuids() {
    assertThatThrownBy(() -> mapper.readValue("\"1-1-1-1-1\"", ProjectId.class))
        .hasMessageContaining("Invalid ProjectId: value: must be a UUID");
  }

  @Test
  void idsReadExactlyTheTextsThatTheModelsParseReads() {
    String canonical = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d";
    for (String text :
        List.of(
            canonical,
            canonical.toUpperCase(java.util.Locale.ROOT),
            "1-2-3-4-5",
            " " + canonical,
            canonical.replace("-", ""),
            canonical.replace('0', '\u0660'))) {
      Throwable fromModel = catchThrowable(() -> ProjectId.parse(text));
      Throwable fromJson =
          catchThrowable(() -> mapper.readValue("\"" + text + "\"", ProjectId.class));
      assertThat(fromJson == null).as("JSON accepts '%s'", text).isEqualTo(fromModel == null);
    }
  }

  @Test
  void amountsAreDecimalStringsWithoutExponent() {
    assertThat(mapper.readValue("{\"amount\": \"10.5\", \"currency\": \"EUR\"}", Money.class))
        .isEqualTo(Money.of("10.50", "EUR"));
    // An exponent could ask the model for a number with a billion digits.
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"amount\": \"1E+999999999\", \"currency\": \"EUR\"}", Money.class))
        .hasMessageContaining("/amount (1:12): Invalid Money: amount: must be a decimal number");
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\": 10.5, \"currency\": \"EUR\"}", Money.class))
        .hasMessageContaining("must be a string, not a number");
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\": \"10.555\", \"currency\": \"EUR\"}", Money.class))
        .hasMessageContaining("Invalid Money: amount: must have at most 2 decimal places for EUR");
  }

  @Test
  void theStampsComeAllThreeOrNone() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\": \"" + ID + "\", \"name\": {\"en\": \"x\"}, \"version\": 2}",
                    Organisation.class))
        .hasMessageContaining("/createdAt (1:1): Invalid Organisation: createdAt: is required")
        .hasMessageContaining("/updatedAt (1:1): Invalid Organisation: updatedAt: is required");
  }

  @Test
  void personalValuesNeverAppearInMessages() {
    String secretName = "Ana Secretname ".repeat(25);
    String json =
        """
        {"id": "%s", "displayName": "%s",
         "emails": ["ana.secret@@example.org"], "phones": ["+0 secret"]}
        """
            .formatted(ID, secretName);

    assertThatThrownBy(() -> mapper.readValue(json, Contact.class))
        .hasMessageContaining(
            "/emails/0 (2:13): Invalid EmailAddress: value: must contain exactly"
                + " one @ ("
                + Violation.REDACTED
                + ")")
        .hasMessageNotContaining("secret");

    String named =
        """
        {"id": "%s", "displayName": "%s"}
        """
            .formatted(ID, secretName);
    assertThatThrownBy(() -> mapper.readValue(named, Contact.class))
        .hasMessageContaining(
            "/displayName (1:63): Invalid Contact: displayName: must be at most"
                + " 300 characters long ("
                + Violation.REDACTED
                + ")")
        .hasMessageNotContaining("Secretname");
  }

  @Test
  void readingValidatesEveryModelRuleAndNormalisesAsTheModelDoes() {
    // A 24/7 contact point needs a country: the model's rule, enforced on reading.
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\": \""
                        + ID
                        + "\", \"type\": \"contact_point_24_7\", \"project\": \""
                        + PROJECT
                        + "\"}",
                    RoleAssignment.class))
        .hasMessageContaining(
            "/country (1:1): Invalid RoleAssignment: country: is required"
                + " for a 24/7 contact point (null)");
    assertThat(mapper.readValue("\" mk\"", CountryCode.class)).isEqualTo(CountryCode.of("MK"));
    assertThat(mapper.readValue("\"2011-05-17\"", PartialDate.class).earliest())
        .isEqualTo(LocalDate.of(2011, 5, 17));
  }
}
