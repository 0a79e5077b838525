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
  /** Every codec, aggregates first; the exporter and importer use the same readers and writers. */
  static final ImmutableList<ModelCodec<?>> CODECS =
      ImmutableList.of(
          ModelCodec.of(Organisation.class, OrganisationJson::write, OrganisationJson::read),
          ModelCodec.of(Project.class, ProjectJson::write, ProjectJson::read),
          ModelCodec.of(Event.class, EventJson::write, EventJson::read),
          ModelCodec.of(Contact.class, ContactJson::write, ContactJson::read),
          ModelCodec.of(Logframe.class, LogframeJson::write, LogframeJson::read),
          // Parts.
          ModelCodec.of(Component.class, ProjectJson::write, ProjectJson::component),
          ModelCodec.of(ProjectDates.class, ProjectJson::write, ProjectJson::dates),
          ModelCodec.of(CooperationFramework.class, ProjectJson::write, ProjectJson::framework),
          ModelCodec.of(ParticipatingCountry.class, ProjectJson::write, ProjectJson::country),
          ModelCodec.of(ProjectOrganisation.class, ProjectJson::write, ProjectJson::organisation),
          ModelCodec.of(ProjectRelation.class, ProjectJson::write, ProjectJson::relation),
          ModelCodec.of(
              EndDateExtension.class, ProjectRecordJson::write, ProjectRecordJson::extension),
          ModelCodec.of(FundingLine.class, ProjectRecordJson::write, ProjectRecordJson::funding),
          ModelCodec.of(BudgetLine.class, ProjectRecordJson::write, ProjectRecordJson::budget),
          ModelCodec.of(Sector.class, ProjectRecordJson::write, ProjectRecordJson::sector),
          ModelCodec.of(PolicyMarker.class, ProjectRecordJson::write, ProjectRecordJson::marker),
          ModelCodec.of(ExchangeRates.class, ExchangeRatesJson::write, ExchangeRatesJson::read),
          ModelCodec.of(EventDates.class, EventJson::write, EventJson::dates),
          ModelCodec.of(EventSeries.class, EventJson::write, EventJson::series),
          ModelCodec.of(Venue.class, EventJson::write, EventJson::venue),
          ModelCodec.of(Organiser.class, EventJson::write, EventJson::organiser),
          ModelCodec.of(Participation.class, EventJson::write, EventJson::participation),
          ModelCodec.of(KeyMessage.class, EventJson::write, EventJson::keyMessage),
          ModelCodec.of(ReportedFigure.class, EventJson::write, EventJson::reportedFigure),
          ModelCodec.of(Source.class, SourceJson::write, SourceJson::read),
          ModelCodec.of(FactProvenance.class, ProvenanceJson::write, ProvenanceJson::read),
          ModelCodec.of(ReportedValue.class, ProvenanceJson::write, ProvenanceJson::value),
          ModelCodec.of(Adoption.class, ProvenanceJson::write, ProvenanceJson::adoption),
          ModelCodec.of(Fact.class, ProvenanceJson::write, ProvenanceJson::fact),
          ModelCodec.text(FactPath.class, ProvenanceJson::path),
          ModelCodec.of(RoleAssignment.class, ContactJson::write, ContactJson::role),
          ModelCodec.of(PersonalDataExport.class, ContactJson::write, ContactJson::export),
          ModelCodec.of(Result.class, LogframeJson::write, LogframeJson::result),
          ModelCodec.of(Indicator.class, LogframeJson::write, LogframeJson::indicator),
          ModelCodec.of(Measure.class, LogframeJson::write, LogframeJson::measure),
          ModelCodec.of(Baseline.class, LogframeJson::write, LogframeJson::baseline),
          ModelCodec.of(Target.class, LogframeJson::write, LogframeJson::target),
          ModelCodec.of(Actual.class, LogframeJson::write, LogframeJson::actual),
          ModelCodec.of(Breakdown.class, LogframeJson::write, LogframeJson::breakdown),
          ModelCodec.of(Period.class, LogframeJson::write, LogframeJson::period),
          // Values.
          ModelCodec.of(LocalizedText.class, ValueJson::write, ValueJson::localizedText),
          ModelCodec.of(Money.class, ValueJson::write, ValueJson::money),
          ModelCodec.of(Link.class, ValueJson::write, ValueJson::link),
          ModelCodec.of(ExternalId.class, ValueJson::write, ValueJson::externalId),
          ModelCodec.of(ParticipantCount.class, ValueJson::write, ValueJson::participantCount),
          ModelCodec.text(CountryCode.class, ValueJson::country),
          ModelCodec.text(Topic.class, ValueJson::topic),
          ModelCodec.text(PartialDate.class, ValueJson::partialDate),
          // toString() of these two is redacted: write the value itself.
          ModelCodec.of(EmailAddress.class, (g, e) -> g.writeString(e.value()), ValueJson::email),
          ModelCodec.of(PhoneNumber.class, (g, ph) -> g.writeString(ph.value()), ValueJson::phone),
          // Ids.
          ModelCodec.text(ProjectId.class, ValueJson::projectId),
          ModelCodec.text(ComponentId.class, ValueJson::componentId),
          ModelCodec.text(EventId.class, ValueJson::eventId),
          ModelCodec.text(ContactId.class, ValueJson::contactId),
          ModelCodec.text(RoleId.class, ValueJson::roleId),
          ModelCodec.text(OrganisationId.class, ValueJson::organisationId),
          ModelCodec.text(SourceId.class, ProvenanceJson::sourceId),
          ModelCodec.text(ResultId.class, p -> ResultId.of(ValueJson.uuid(p, "ResultId"))),
          ModelCodec.text(IndicatorId.class, p -> IndicatorId.of(ValueJson.uuid(p, "IndicatorId"))),
          // Enums.
          ModelCodec.enumeration(Link.Kind.class),
          ModelCodec.enumeration(ParticipantCount.Qualifier.class),
          ModelCodec.enumeration(PartialDate.Precision.class),
          ModelCodec.enumeration(CountryRole.class),
          ModelCodec.enumeration(OrganisationRole.class),
          ModelCodec.enumeration(ProjectStatus.class),
          ModelCodec.enumeration(RelationType.class),
          ModelCodec.enumeration(FundingKind.class),
          ModelCodec.enumeration(BudgetType.class),
          ModelCodec.enumeration(BudgetStatus.class),
          ModelCodec.enumeration(SectorVocabulary.class),
          ModelCodec.enumeration(PolicyMarkerCode.class),
          ModelCodec.enumeration(PolicySignificance.class),
          ModelCodec.enumeration(SourceKind.class),
          ModelCodec.enumeration(AggregateKind.class),
          ModelCodec.enumeration(AdoptionRule.class),
          ModelCodec.enumeration(EventType.class),
          ModelCodec.enumeration(EventStatus.class),
          ModelCodec.enumeration(EventFormat.class),
          ModelCodec.enumeration(OrganiserRole.class),
          ModelCodec.enumeration(RoleType.class),
          ModelCodec.enumeration(Visibility.class),
          ModelCodec.enumeration(OrganisationType.class),
          ModelCodec.enumeration(ResultLevel.class),
          ModelCodec.enumeration(MeasureKind.class),
          ModelCodec.enumeration(Direction.class),
          ModelCodec.enumeration(Disaggregation.class),
          ModelCodec.enumeration(Sex.class),
          ModelCodec.enumeration(EventCount.class));

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
    for (ModelCodec<?> codec : CODECS) {
      register(serializers, deserializers, codec);
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
      SimpleSerializers serializers, SimpleDeserializers deserializers, ModelCodec<T> codec) {
    serializers.addSerializer(codec.type(), codec.serializer());
    deserializers.addDeserializer(codec.type(), codec.deserializer());
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
