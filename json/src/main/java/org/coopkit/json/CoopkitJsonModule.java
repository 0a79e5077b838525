package org.coopkit.json;

import com.google.common.collect.ImmutableList;
import java.util.UUID;
import java.util.function.Function;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExchangeRates;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.ReportedFigure;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.BudgetStatus;
import org.coopkit.model.project.BudgetType;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.EndDateExtension;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.PolicyMarkerCode;
import org.coopkit.model.project.PolicySignificance;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.coopkit.model.project.Sector;
import org.coopkit.model.project.SectorVocabulary;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.MeasureKind;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.model.source.Adoption;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.model.source.SourceKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module for every type of coopkit's model: the aggregates ({@link Project}, {@link
 * Event}, {@link Contact}, {@link Organisation}), their parts, the value types, the typed ids and
 * the enums. The model carries no Jackson annotation; this module's serializers and deserializers
 * write and read the format described in the module's {@code README.md}:
 *
 * <ul>
 *   <li>objects have the record components' names (camelCase); absent values and empty lists are
 *       left out, and a {@code null} reads as absent;
 *   <li>ids are UUID strings, {@link CountryCode}s their alpha-2 code ({@code "AZ"}), {@link
 *       Topic}s their label, enums lower-case codes ({@code "in_person"}, {@code "co_organiser"},
 *       {@code "contact_point_24_7"});
 *   <li>{@link PartialDate}s ISO 8601 at their precision ({@code "2011"}, {@code "2011-05"}, {@code
 *       "2011-05-17"}), timestamps ISO 8601 instants, {@link LocalizedText} an object from language
 *       tag to text, {@link Money} {@code {"amount": "1000.00", "currency": "EUR"}}.
 * </ul>
 *
 * <p>Reading goes through the model's builders and constructors, so every model rule applies.
 * Unknown fields, wrong types and broken rules fail with a {@link
 * tools.jackson.databind.DatabindException} whose message gives each problem's JSON Pointer, line
 * and column, and the model's path, rule and value (personal values redacted); for a broken rule
 * its cause is the {@link ValidationException}.
 *
 * <p>The module cannot configure the parser. A mapper that reads untrusted input should also limit
 * nesting, string and number lengths and reject duplicate keys, as the mapper of {@link
 * CoopkitJson#mapper()} does; prefer that one.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(CoopkitJsonModule.create()).build();
 * String json = mapper.writeValueAsString(project);
 * Project read = mapper.readValue(json, Project.class);
 * }</pre>
 *
 * <p>Jackson's module discovery finds it too ({@code JsonMapper.builder().findAndAddModules()}):
 * the jar declares it a {@code tools.jackson.databind.JacksonModule} service.
 *
 * @since 0.1.0
 */
public final class CoopkitJsonModule extends JacksonModule {
  /**
   * Every model type with its writer and reader, aggregates first; the exporter and importer use
   * the same writers and readers.
   */
  static final ImmutableList<ModelReaderWriter<?>> MODEL_TYPES =
      ImmutableList.of(
          ModelReaderWriter.of(Organisation.class, OrganisationJson::write, OrganisationJson::read),
          ModelReaderWriter.of(Project.class, ProjectJson::write, ProjectJson::read),
          ModelReaderWriter.of(Event.class, EventJson::write, EventJson::read),
          ModelReaderWriter.of(Contact.class, ContactJson::write, ContactJson::read),
          ModelReaderWriter.of(Logframe.class, LogframeJson::write, LogframeJson::read),
          // Parts.
          ModelReaderWriter.of(Component.class, ProjectJson::write, ProjectJson::component),
          ModelReaderWriter.of(ProjectDates.class, ProjectJson::write, ProjectJson::dates),
          ModelReaderWriter.of(
              CooperationFramework.class, ProjectJson::write, ProjectJson::framework),
          ModelReaderWriter.of(
              ParticipatingCountry.class, ProjectJson::write, ProjectJson::country),
          ModelReaderWriter.of(
              ProjectOrganisation.class, ProjectJson::write, ProjectJson::organisation),
          ModelReaderWriter.of(ProjectRelation.class, ProjectJson::write, ProjectJson::relation),
          ModelReaderWriter.of(
              EndDateExtension.class, ProjectRecordJson::write, ProjectRecordJson::extension),
          ModelReaderWriter.of(
              FundingLine.class, ProjectRecordJson::write, ProjectRecordJson::funding),
          ModelReaderWriter.of(
              BudgetLine.class, ProjectRecordJson::write, ProjectRecordJson::budget),
          ModelReaderWriter.of(Sector.class, ProjectRecordJson::write, ProjectRecordJson::sector),
          ModelReaderWriter.of(
              PolicyMarker.class, ProjectRecordJson::write, ProjectRecordJson::marker),
          ModelReaderWriter.of(
              ExchangeRates.class, ExchangeRatesJson::write, ExchangeRatesJson::read),
          ModelReaderWriter.of(EventDates.class, EventJson::write, EventJson::dates),
          ModelReaderWriter.of(EventSeries.class, EventJson::write, EventJson::series),
          ModelReaderWriter.of(Venue.class, EventJson::write, EventJson::venue),
          ModelReaderWriter.of(Organiser.class, EventJson::write, EventJson::organiser),
          ModelReaderWriter.of(Participation.class, EventJson::write, EventJson::participation),
          ModelReaderWriter.of(KeyMessage.class, EventJson::write, EventJson::keyMessage),
          ModelReaderWriter.of(ReportedFigure.class, EventJson::write, EventJson::reportedFigure),
          ModelReaderWriter.of(Source.class, SourceJson::write, SourceJson::read),
          ModelReaderWriter.of(FactProvenance.class, ProvenanceJson::write, ProvenanceJson::read),
          ModelReaderWriter.of(ReportedValue.class, ProvenanceJson::write, ProvenanceJson::value),
          ModelReaderWriter.of(Adoption.class, ProvenanceJson::write, ProvenanceJson::adoption),
          ModelReaderWriter.of(Fact.class, ProvenanceJson::write, ProvenanceJson::fact),
          ModelReaderWriter.text(FactPath.class, ProvenanceJson::path),
          ModelReaderWriter.of(RoleAssignment.class, ContactJson::write, ContactJson::role),
          ModelReaderWriter.of(PersonalDataExport.class, ContactJson::write, ContactJson::export),
          ModelReaderWriter.of(Result.class, LogframeJson::write, LogframeJson::result),
          ModelReaderWriter.of(Indicator.class, LogframeJson::write, LogframeJson::indicator),
          ModelReaderWriter.of(Measure.class, LogframeJson::write, LogframeJson::measure),
          ModelReaderWriter.of(Baseline.class, LogframeJson::write, LogframeJson::baseline),
          ModelReaderWriter.of(Target.class, LogframeJson::write, LogframeJson::target),
          ModelReaderWriter.of(Actual.class, LogframeJson::write, LogframeJson::actual),
          ModelReaderWriter.of(Breakdown.class, LogframeJson::write, LogframeJson::breakdown),
          ModelReaderWriter.of(Period.class, LogframeJson::write, LogframeJson::period),
          // Values.
          ModelReaderWriter.of(LocalizedText.class, ValueJson::write, ValueJson::localizedText),
          ModelReaderWriter.of(Money.class, ValueJson::write, ValueJson::money),
          ModelReaderWriter.of(Link.class, ValueJson::write, ValueJson::link),
          ModelReaderWriter.of(ExternalId.class, ValueJson::write, ValueJson::externalId),
          ModelReaderWriter.of(
              ParticipantCount.class, ValueJson::write, ValueJson::participantCount),
          ModelReaderWriter.text(CountryCode.class, ValueJson::country),
          ModelReaderWriter.text(Topic.class, ValueJson::topic),
          ModelReaderWriter.text(PartialDate.class, ValueJson::partialDate),
          // toString() of these two is redacted: write the value itself.
          ModelReaderWriter.of(
              EmailAddress.class, (g, e) -> g.writeString(e.value()), ValueJson::email),
          ModelReaderWriter.of(
              PhoneNumber.class, (g, ph) -> g.writeString(ph.value()), ValueJson::phone),
          // Ids.
          ModelReaderWriter.text(ProjectId.class, ValueJson::projectId),
          ModelReaderWriter.text(ComponentId.class, ValueJson::componentId),
          ModelReaderWriter.text(EventId.class, ValueJson::eventId),
          ModelReaderWriter.text(ContactId.class, ValueJson::contactId),
          ModelReaderWriter.text(RoleId.class, ValueJson::roleId),
          ModelReaderWriter.text(OrganisationId.class, ValueJson::organisationId),
          ModelReaderWriter.text(SourceId.class, ProvenanceJson::sourceId),
          ModelReaderWriter.text(ResultId.class, p -> ResultId.of(ValueJson.uuid(p, "ResultId"))),
          ModelReaderWriter.text(
              IndicatorId.class, p -> IndicatorId.of(ValueJson.uuid(p, "IndicatorId"))),
          // Enums.
          ModelReaderWriter.enumeration(Link.Kind.class),
          ModelReaderWriter.enumeration(ParticipantCount.Qualifier.class),
          ModelReaderWriter.enumeration(PartialDate.Precision.class),
          ModelReaderWriter.enumeration(CountryRole.class),
          ModelReaderWriter.enumeration(OrganisationRole.class),
          ModelReaderWriter.enumeration(ProjectStatus.class),
          ModelReaderWriter.enumeration(RelationType.class),
          ModelReaderWriter.enumeration(FundingKind.class),
          ModelReaderWriter.enumeration(BudgetType.class),
          ModelReaderWriter.enumeration(BudgetStatus.class),
          ModelReaderWriter.enumeration(SectorVocabulary.class),
          ModelReaderWriter.enumeration(PolicyMarkerCode.class),
          ModelReaderWriter.enumeration(PolicySignificance.class),
          ModelReaderWriter.enumeration(SourceKind.class),
          ModelReaderWriter.enumeration(AggregateKind.class),
          ModelReaderWriter.enumeration(AdoptionRule.class),
          ModelReaderWriter.enumeration(EventType.class),
          ModelReaderWriter.enumeration(EventStatus.class),
          ModelReaderWriter.enumeration(EventFormat.class),
          ModelReaderWriter.enumeration(OrganiserRole.class),
          ModelReaderWriter.enumeration(RoleType.class),
          ModelReaderWriter.enumeration(Visibility.class),
          ModelReaderWriter.enumeration(OrganisationType.class),
          ModelReaderWriter.enumeration(ResultLevel.class),
          ModelReaderWriter.enumeration(MeasureKind.class),
          ModelReaderWriter.enumeration(Direction.class),
          ModelReaderWriter.enumeration(Disaggregation.class),
          ModelReaderWriter.enumeration(Sex.class),
          ModelReaderWriter.enumeration(EventCount.class));

  /**
   * A new module, for Jackson's module discovery: the jar lists this class as a {@code
   * tools.jackson.databind.JacksonModule} service, so {@code
   * JsonMapper.builder().findAndAddModules()} registers it, and so does any framework that
   * registers the modules on the class path. In code, call {@link #create()}. Registered twice, the
   * module counts once.
   */
  public CoopkitJsonModule() {}

  /**
   * Returns the module; register it with {@code JsonMapper.builder().addModule(…)}.
   *
   * @return a new module
   */
  public static CoopkitJsonModule create() {
    return new CoopkitJsonModule();
  }

  @Override
  public String getModuleName() {
    return "coopkit";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ModelReaderWriter<?> readerWriter : MODEL_TYPES) {
      register(serializers, deserializers, readerWriter);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);

    // Countries and ids may be map keys (a participation's counts per country are).
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    key(keySerializers, keyDeserializers, CountryCode.class, CountryCode::of);
    key(keySerializers, keyDeserializers, ProjectId.class, t -> ProjectId.of(uuid(t)));
    key(keySerializers, keyDeserializers, ComponentId.class, t -> ComponentId.of(uuid(t)));
    key(keySerializers, keyDeserializers, EventId.class, t -> EventId.of(uuid(t)));
    key(keySerializers, keyDeserializers, ContactId.class, t -> ContactId.of(uuid(t)));
    key(keySerializers, keyDeserializers, RoleId.class, t -> RoleId.of(uuid(t)));
    key(keySerializers, keyDeserializers, OrganisationId.class, t -> OrganisationId.of(uuid(t)));
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static <T> void register(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      ModelReaderWriter<T> readerWriter) {
    serializers.addSerializer(readerWriter.type(), readerWriter.serializer());
    deserializers.addDeserializer(readerWriter.type(), readerWriter.deserializer());
  }

  private static <T> void key(
      SimpleSerializers serializers,
      SimpleKeyDeserializers deserializers,
      Class<T> type,
      Function<String, T> parse) {
    serializers.addSerializer(type, new KeySerializer<>(type));
    deserializers.addDeserializer(type, new KeyReader<>(type, parse));
  }

  private static UUID uuid(String text) {
    UUID uuid = ValueJson.parseUuid(text);
    if (uuid == null) {
      throw new IllegalArgumentException("must be a UUID in canonical form");
    }
    return uuid;
  }

  /** Writes a country or id as a property name. */
  private static final class KeySerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    KeySerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      g.writeName(value.toString());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads a country or id from a property name. */
  private static final class KeyReader<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    KeyReader(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return parse.apply(key);
      } catch (ValidationException | IllegalArgumentException e) {
        throw context.weirdKeyException(type, key, "must be a valid " + type.getSimpleName());
      }
    }
  }
}
