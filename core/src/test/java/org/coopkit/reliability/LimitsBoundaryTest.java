package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Paging;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented limit, exactly at it and one past it, for every field it applies to: the
 * constants of {@link Limits} (texts in UTF-16 characters, once in characters of the Basic
 * Multilingual Plane and once with characters of four UTF-8 bytes, which count two), and the
 * documented bounds of e-mail addresses, phone numbers, participant counts, years, query texts and
 * page sizes. A value at its limit is kept whole; one past it is rejected naming the field.
 */
class LimitsBoundaryTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void aValueAtItsLimitIsKeptWholeAndOnePastItIsRejectedNamingTheField(Boundary boundary) {
    // when
    Object accepted = boundary.build().apply(boundary.accepted());
    Throwable rejected = catchThrowable(() -> boundary.build().apply(boundary.rejected()));

    // then
    assertThat(boundary.measure().applyAsInt(accepted))
        .as("the size kept at the limit")
        .isEqualTo(boundary.accepted());
    assertThat(rejected).as("one past the limit").isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) rejected).paths())
        .as(rejected.getMessage())
        .contains(boundary.path());
  }

  /**
   * One limit of one field.
   *
   * @param path the field the violation names
   * @param accepted the size at the limit
   * @param rejected the size one past it
   * @param build makes the object with a value of the given size
   * @param measure reads the size back from the object made
   */
  record Boundary(
      String path,
      int accepted,
      int rejected,
      IntFunction<Object> build,
      ToIntFunction<Object> measure) {}

  static Stream<Arguments> boundaries() {
    List<Arguments> all = new ArrayList<>();
    texts(all);
    counts(all);
    documentedBounds(all);
    return all.stream();
  }

  // Texts, in both kinds of characters.

  private static void texts(List<Arguments> all) {
    for (boolean wide : new boolean[] {false, true}) {
      String kind = wide ? " (with 4-byte characters)" : "";
      // Limits.CODE
      text(
          all,
          "project acronym" + kind,
          Limits.CODE,
          wide,
          "acronym",
          t -> project().acronym(t).build(),
          o -> ((Project) o).acronym().length());
      text(
          all,
          "component code" + kind,
          Limits.CODE,
          wide,
          "code",
          t -> ProjectFixture.aComponent().code(t).build(),
          o -> ((Component) o).code().length());
      text(
          all,
          "framework acronym" + kind,
          Limits.CODE,
          wide,
          "acronym",
          t -> CooperationFramework.of("pcf", "Framework", t),
          o -> ((CooperationFramework) o).acronym().length());
      text(
          all,
          "contact honorific" + kind,
          Limits.CODE,
          wide,
          "honorific",
          t -> contact().honorific(t).build(),
          o -> ((Contact) o).honorific().length());
      text(
          all,
          "organisation acronym" + kind,
          Limits.CODE,
          wide,
          "acronym",
          t -> organisation().acronym(t).build(),
          o -> ((Organisation) o).acronym().length());
      // Limits.NAME
      text(
          all,
          "contact display name" + kind,
          Limits.NAME,
          wide,
          "displayName",
          t -> contact().displayName(t).sortName("Sorted").build(),
          o -> ((Contact) o).displayName().length());
      text(
          all,
          "contact sort name" + kind,
          Limits.NAME,
          wide,
          "sortName",
          t -> contact().sortName(t).build(),
          o -> ((Contact) o).sortName().length());
      text(
          all,
          "contact unit" + kind,
          Limits.NAME,
          wide,
          "unit",
          t -> contact().unit(t).build(),
          o -> ((Contact) o).unit().length());
      text(
          all,
          "venue name" + kind,
          Limits.NAME,
          wide,
          "venue.name",
          t -> new Venue(t, null, null),
          o -> ((Venue) o).name().length());
      text(
          all,
          "venue city" + kind,
          Limits.NAME,
          wide,
          "venue.city",
          t -> new Venue(null, t, null),
          o -> ((Venue) o).city().length());
      text(
          all,
          "organisation name" + kind,
          Limits.NAME,
          wide,
          "name",
          t -> organisation().name(t).build(),
          o -> ((Organisation) o).name().maxLength());
      // Limits.TITLE
      text(
          all,
          "project title" + kind,
          Limits.TITLE,
          wide,
          "title",
          t -> project().title(t).build(),
          o -> ((Project) o).title().maxLength());
      text(
          all,
          "component title" + kind,
          Limits.TITLE,
          wide,
          "title",
          t -> ProjectFixture.aComponent().title(t).build(),
          o -> ((Component) o).title().maxLength());
      text(
          all,
          "event title" + kind,
          Limits.TITLE,
          wide,
          "title",
          t -> event().title(t).build(),
          o -> ((Event) o).title().maxLength());
      text(
          all,
          "link title" + kind,
          Limits.TITLE,
          wide,
          "title",
          t -> Link.of("https://example.org", t, Link.Kind.OTHER),
          o -> ((Link) o).title().length());
      text(
          all,
          "contact job title" + kind,
          Limits.TITLE,
          wide,
          "jobTitle",
          t -> contact().jobTitle(t).build(),
          o -> ((Contact) o).jobTitle().length());
      text(
          all,
          "topic" + kind,
          Limits.TITLE,
          wide,
          "label",
          Topic::of,
          o -> ((Topic) o).label().length());
      text(
          all,
          "role title" + kind,
          Limits.TITLE,
          wide,
          "title",
          t -> role().title(t).build(),
          o -> ((RoleAssignment) o).title().length());
      // Limits.TEXT
      text(
          all,
          "project summary" + kind,
          Limits.TEXT,
          wide,
          "texts[en]",
          t -> project().summary(LocalizedText.of(t)).build(),
          o -> ((Project) o).summary().maxLength());
      text(
          all,
          "project aims in Armenian" + kind,
          Limits.TEXT,
          wide,
          "texts[hy]",
          t -> project().aims(LocalizedText.of("hy", t)).build(),
          o -> ((Project) o).aims().maxLength());
      text(
          all,
          "component objective" + kind,
          Limits.TEXT,
          wide,
          "texts[en]",
          t -> ProjectFixture.aComponent().objective(LocalizedText.of(t)).build(),
          o -> ((Component) o).objective().maxLength());
      text(
          all,
          "event description" + kind,
          Limits.TEXT,
          wide,
          "texts[en]",
          t -> event().description(LocalizedText.of(t)).build(),
          o -> ((Event) o).description().maxLength());
      text(
          all,
          "key message" + kind,
          Limits.TEXT,
          wide,
          "texts[en]",
          KeyMessage::adopted,
          o -> ((KeyMessage) o).text().maxLength());
      text(
          all,
          "framework name" + kind,
          Limits.TEXT,
          wide,
          "texts[en]",
          t -> CooperationFramework.of("pcf", t, null),
          o -> ((CooperationFramework) o).name().maxLength());
      // Limits.IDENTIFIER
      text(
          all,
          "external identifier value" + kind,
          Limits.IDENTIFIER,
          wide,
          "value",
          t -> ExternalId.of("iati", t),
          o -> ((ExternalId) o).value().length());
    }
    Random random = new Random(Limits.CODE);
    all.add(
        boundary(
            "project code",
            "code",
            Limits.CODE,
            n -> project().code(ExactLengthTexts.code(random, n)).build(),
            o -> ((Project) o).code().length()));
    all.add(
        boundary(
            "framework code",
            "code",
            Limits.CODE,
            n -> CooperationFramework.of(ExactLengthTexts.code(random, n), "Framework", null),
            o -> ((CooperationFramework) o).code().length()));
    all.add(
        boundary(
            "external identifier scheme",
            "scheme",
            Limits.IDENTIFIER,
            n -> ExternalId.of(ExactLengthTexts.code(random, n), "value"),
            o -> ((ExternalId) o).scheme().length()));
    all.add(
        boundary(
            "link address",
            "uri",
            Limits.URI,
            n -> Link.of("https://example.org/" + "a".repeat(n - 20), Link.Kind.OTHER),
            o -> ((Link) o).uri().toString().length()));
    all.add(
        boundary(
            "e-mail address",
            "value",
            Limits.EMAIL,
            n -> EmailAddress.of(emailOfLength(n)),
            o -> ((EmailAddress) o).value().length()));
  }

  private static void text(
      List<Arguments> all,
      String name,
      int limit,
      boolean wide,
      String path,
      Function<String, Object> build,
      ToIntFunction<Object> measure) {
    Random random = new Random(limit * 31L + name.length());
    all.add(
        boundary(
            name, path, limit, n -> build.apply(ExactLengthTexts.text(random, n, wide)), measure));
  }

  // Counts of lists and languages.

  private static void counts(List<Arguments> all) {
    all.add(
        boundary(
            "languages of a text",
            "languages",
            Limits.LANGUAGES,
            n -> LocalizedText.of(languagesOf(n)),
            o -> ((LocalizedText) o).languages().size()));
    all.add(
        boundary(
            "languages of a contact",
            "languages",
            Limits.LANGUAGES,
            n -> contact().languages(ExactLengthTexts.languages(n)).build(),
            o -> ((Contact) o).languages().size()));
    all.add(
        boundary(
            "project components",
            "components",
            Limits.COMPONENTS,
            n ->
                project()
                    .components(
                        list(
                            n,
                            i ->
                                ProjectFixture.aComponent()
                                    .id(ComponentId.of(new UUID(1, i)))
                                    .build()))
                    .build(),
            o -> ((Project) o).components().size()));
    all.add(
        boundary(
            "project organisations",
            "organisations",
            Limits.LIST,
            n ->
                project()
                    .organisations(
                        list(
                            n,
                            i ->
                                ProjectOrganisation.of(
                                    OrganisationId.of(new UUID(2, i)), OrganisationRole.FUNDING)))
                    .build(),
            o -> ((Project) o).organisations().size()));
    all.add(
        boundary(
            "project relations",
            "relations",
            Limits.LIST,
            n ->
                project()
                    .relations(
                        list(
                            n,
                            i ->
                                ProjectRelation.of(
                                    ProjectId.of(new UUID(3, i)), RelationType.RELATED)))
                    .build(),
            o -> ((Project) o).relations().size()));
    all.add(
        boundary(
            "project links",
            "links",
            Limits.LIST,
            n -> project().links(links(n)).build(),
            o -> ((Project) o).links().size()));
    all.add(
        boundary(
            "project external identifiers",
            "externalIds",
            Limits.LIST,
            n -> project().externalIds(externalIds(n)).build(),
            o -> ((Project) o).externalIds().size()));
    all.add(
        boundary(
            "component expected results",
            "expectedResults",
            Limits.LIST,
            n ->
                ProjectFixture.aComponent()
                    .expectedResults(list(n, i -> LocalizedText.of("R" + i)))
                    .build(),
            o -> ((Component) o).expectedResults().size()));
    all.add(
        boundary(
            "event projects",
            "projects",
            Limits.LIST,
            n -> event().projects(list(n, i -> ProjectId.of(new UUID(4, i)))).build(),
            o -> ((Event) o).projects().size()));
    all.add(
        boundary(
            "event components",
            "components",
            Limits.LIST,
            n -> event().components(list(n, i -> ComponentId.of(new UUID(5, i)))).build(),
            o -> ((Event) o).components().size()));
    all.add(
        boundary(
            "event organisers",
            "organisers",
            Limits.LIST,
            n ->
                event()
                    .organisers(
                        list(
                            n,
                            i ->
                                Organiser.of(
                                    OrganisationId.of(new UUID(6, i)), OrganiserRole.HOST)))
                    .build(),
            o -> ((Event) o).organisers().size()));
    all.add(
        boundary(
            "event topics",
            "topics",
            Limits.LIST,
            n -> event().topics(new LinkedHashSet<>(list(n, i -> Topic.of("topic " + i)))).build(),
            o -> ((Event) o).topics().size()));
    all.add(
        boundary(
            "event key messages",
            "keyMessages",
            Limits.LIST,
            n -> event().keyMessages(list(n, i -> KeyMessage.outcome("Message " + i))).build(),
            o -> ((Event) o).keyMessages().size()));
    all.add(
        boundary(
            "event links",
            "links",
            Limits.LIST,
            n -> event().links(links(n)).build(),
            o -> ((Event) o).links().size()));
    all.add(
        boundary(
            "contact e-mail addresses",
            "emails",
            Limits.LIST,
            n -> contact().emails(list(n, i -> EmailAddress.of("p" + i + "@example.org"))).build(),
            o -> ((Contact) o).emails().size()));
    all.add(
        boundary(
            "contact phone numbers",
            "phones",
            Limits.LIST,
            n -> contact().phones(list(n, i -> PhoneNumber.of("+3741" + (1_000_000 + i)))).build(),
            o -> ((Contact) o).phones().size()));
    all.add(
        boundary(
            "contact roles",
            "roles",
            Limits.LIST,
            n ->
                contact().roles(list(n, i -> role().id(RoleId.of(new UUID(7, i))).build())).build(),
            o -> ((Contact) o).roles().size()));
    all.add(
        boundary(
            "organisation links",
            "links",
            Limits.LIST,
            n -> organisation().links(links(n)).build(),
            o -> ((Organisation) o).links().size()));
    all.add(
        boundary(
            "organisation external identifiers",
            "externalIds",
            Limits.LIST,
            n -> organisation().externalIds(externalIds(n)).build(),
            o -> ((Organisation) o).externalIds().size()));
  }

  // Bounds documented outside Limits.

  private static void documentedBounds(List<Arguments> all) {
    all.add(
        boundary(
            "e-mail local part",
            "value",
            64,
            n -> EmailAddress.of("l".repeat(n) + "@example.org"),
            o -> ((EmailAddress) o).value().indexOf('@')));
    all.add(
        boundary(
            "e-mail domain label",
            "value",
            63,
            n -> EmailAddress.of("someone@" + "d".repeat(n) + ".org"),
            o -> ((EmailAddress) o).value().length() - "someone@".length() - ".org".length()));
    all.add(
        boundary(
            "phone number, most digits",
            "value",
            15,
            n -> PhoneNumber.of("+3" + "1".repeat(n - 1)),
            o -> ((PhoneNumber) o).value().length() - 1));
    all.add(
        lowerBoundary(
            "phone number, fewest digits",
            "value",
            7,
            n -> PhoneNumber.of("+3" + "1".repeat(n - 1)),
            o -> ((PhoneNumber) o).value().length() - 1));
    all.add(
        boundary(
            "participant count, largest",
            "value",
            ParticipantCount.MAX,
            ParticipantCount::exactly,
            o -> ((ParticipantCount) o).value()));
    all.add(
        lowerBoundary(
            "participant count, smallest",
            "value",
            0,
            ParticipantCount::approximately,
            o -> ((ParticipantCount) o).value()));
    all.add(
        boundary(
            "latest year",
            "year",
            PartialDate.MAX_YEAR,
            PartialDate::ofYear,
            o -> ((PartialDate) o).year()));
    all.add(
        lowerBoundary(
            "earliest year",
            "year",
            PartialDate.MIN_YEAR,
            PartialDate::ofYear,
            o -> ((PartialDate) o).year()));
    all.add(
        boundary(
            "event query text",
            "text",
            200,
            n -> EventQuery.builder().text("q".repeat(n)).build(),
            o -> ((EventQuery) o).text().length()));
    all.add(
        boundary(
            "contact name prefix",
            "namePrefix",
            200,
            n -> ContactQuery.builder().namePrefix("n".repeat(n)).build(),
            o -> ((ContactQuery) o).namePrefix().length()));
    all.add(
        boundary(
            "largest page",
            "limit",
            Paging.MAX_LIMIT,
            n -> EventQuery.builder().limit(n).build(),
            o -> ((EventQuery) o).limit()));
    all.add(
        lowerBoundary(
            "smallest page",
            "limit",
            1,
            n -> ContactQuery.builder().limit(n).build(),
            o -> ((ContactQuery) o).limit()));
    all.add(
        lowerBoundary(
            "a role's last day",
            "validUntil",
            0,
            n ->
                role()
                    .validFrom(LocalDate.of(2020, 1, 1))
                    .validUntil(LocalDate.of(2020, 1, 1).plusDays(n))
                    .build(),
            o ->
                (int)
                    (((RoleAssignment) o).validUntil().toEpochDay()
                        - LocalDate.of(2020, 1, 1).toEpochDay())));
  }

  // Helpers.

  private static Arguments boundary(
      String name,
      String path,
      int limit,
      IntFunction<Object> build,
      ToIntFunction<Object> measure) {
    return Arguments.of(
        Named.of(name + " at " + limit, new Boundary(path, limit, limit + 1, build, measure)));
  }

  private static Arguments lowerBoundary(
      String name,
      String path,
      int limit,
      IntFunction<Object> build,
      ToIntFunction<Object> measure) {
    return Arguments.of(
        Named.of(name + " at " + limit, new Boundary(path, limit, limit - 1, build, measure)));
  }

  private static Project.Builder project() {
    return ProjectFixture.aProject();
  }

  private static Event.Builder event() {
    return EventFixture.anEvent();
  }

  private static Contact.Builder contact() {
    return ContactFixture.aContact();
  }

  private static Organisation.Builder organisation() {
    return OrganisationFixture.anOrganisation();
  }

  private static RoleAssignment.Builder role() {
    return RoleAssignment.builder()
        .id(RoleId.of(UUID.randomUUID()))
        .type(RoleType.EXPERT)
        .country(CountryCode.of("AM"));
  }

  private static <T> List<T> list(int n, IntFunction<T> item) {
    return IntStream.range(0, n).mapToObj(item).toList();
  }

  private static List<Link> links(int n) {
    return list(n, i -> Link.of("https://example.org/" + i, Link.Kind.OTHER));
  }

  private static List<ExternalId> externalIds(int n) {
    return list(n, i -> ExternalId.of("register", "entry-" + i));
  }

  private static Map<String, String> languagesOf(int n) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String tag : ExactLengthTexts.languages(n)) {
      texts.put(tag, "Text in " + tag);
    }
    return texts;
  }

  /**
   * An e-mail address of exactly {@code length} characters: a local part of 64, then labels of at
   * most 63 and {@code .org}.
   */
  static String emailOfLength(int length) {
    StringBuilder domain = new StringBuilder();
    int left = length - 64 - 1 - ".org".length();
    char letter = 'a';
    while (left > 0) {
      int label = Math.min(63, left);
      if (left - label == 1) {
        label--;
      }
      if (domain.length() > 0) {
        domain.append('.');
      }
      domain.append(String.valueOf(letter++).repeat(label));
      left -= label;
      if (left > 0) {
        left--;
      }
    }
    return "l".repeat(64) + "@" + domain + ".org";
  }
}
