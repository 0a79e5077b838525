package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
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
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.report.ReportFilter;
import org.instancio.support.DefaultRandom;
import org.instancio.support.Seeds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random invalid values, for every aggregate and every field that has a rule:
 * too long by one or by many, blank, control characters, malformed codes, tags, addresses and
 * numbers, ends before starts, out-of-range counts and dates, repeats in lists, lists past their
 * limit, stray references to themselves. Each is rejected with a {@link ValidationException} whose
 * paths include the field's; where the value is personal (names, e-mail addresses, phone numbers),
 * the violation is redacted and the message never shows it.
 *
 * <p>The seed is printed in every failure; replay it with {@code -D}{@value #SEED_PROPERTY}.
 */
class RandomInvalidInputTest {
  /** The system property that fixes the seed, to replay a failure. */
  static final String SEED_PROPERTY = "coopkit.reliability.seed";

  private static final int CASES = 5_000;
  private static final int SHOWN_PREFIX = 20;

  /**
   * Control characters that no normalisation removes: neither {@code strip()} nor the topics'
   * white-space collapsing treats them as white space (unlike VT, FF, U+001F or NEL).
   */
  private static final String CONTROL =
      "\u0000\u0001\u0007\u0008\u000E\u001B\u007F\u0080" + "\u009F";

  /** Long lists, made once: every case takes more items than its list allows. */
  private static final int MANY = Limits.LIST + 20;

  private static final List<Link> LINKS =
      IntStream.range(0, MANY)
          .mapToObj(i -> Link.of("https://example.org/" + i, Link.Kind.OTHER))
          .toList();
  private static final List<ExternalId> EXTERNAL_IDS =
      IntStream.range(0, MANY).mapToObj(i -> ExternalId.of("register", "entry-" + i)).toList();
  private static final List<LocalizedText> TEXTS =
      IntStream.range(0, MANY).mapToObj(i -> LocalizedText.of("Text " + i)).toList();
  private static final List<KeyMessage> KEY_MESSAGES =
      IntStream.range(0, MANY).mapToObj(i -> KeyMessage.outcome("Message " + i)).toList();
  private static final List<Topic> TOPICS =
      IntStream.range(0, MANY).mapToObj(i -> Topic.of("topic " + i)).toList();
  private static final List<EmailAddress> EMAILS =
      IntStream.range(0, MANY)
          .mapToObj(i -> EmailAddress.of("person" + i + "@example.org"))
          .toList();
  private static final List<ProjectId> PROJECT_IDS =
      IntStream.range(0, MANY).mapToObj(i -> ProjectId.of(new UUID(0, i))).toList();
  private static final List<Component> COMPONENTS =
      IntStream.range(0, Limits.COMPONENTS + 30)
          .mapToObj(
              i ->
                  Component.builder()
                      .id(ComponentId.of(new UUID(1, i)))
                      .title("Component " + i)
                      .build())
          .toList();
  private static final List<String> BLANKS =
      List.of("", " ", "   ", "\t", "\n", "\r\n", " \t \n ", "\u2003", "\u3000", "\u2028 \u2029");

  @Test
  void thousandsOfRandomInvalidValuesAreEachRejectedNamingTheirField() {
    // given
    long seed = seed();
    String replay = "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
    Gen g = new Gen(seed);
    List<Mutation> mutations = mutations();
    Map<String, Integer> tried = new TreeMap<>();

    for (int i = 0; i < CASES; i++) {
      Mutation mutation = mutations.get(i % mutations.size());
      Case c;
      try {
        c = mutation.make().apply(g);
      } catch (RuntimeException e) {
        throw new AssertionError(
            replay + ", case " + i + " (" + mutation.name() + "): the generator failed", e);
      }
      String context =
          replay + ", case " + i + " (" + mutation.name() + ": " + c.description() + ")";

      // when
      Throwable thrown = catchThrowable(c.call());

      // then
      assertRejected(context, thrown, c);
      tried.merge(mutation.name(), 1, Integer::sum);
    }
    assertThat(tried).as("kinds of invalid input tried").hasSize(mutations.size());
  }

  private static void assertRejected(String context, @Nullable Throwable thrown, Case c) {
    if (!(thrown instanceof ValidationException e)) {
      fail(
          context
              + ": expected a ValidationException on "
              + c.path()
              + " but "
              + (thrown == null ? "the value was accepted" : "got " + thrown),
          thrown);
      return;
    }
    assertThat(e.paths()).as(context + ": " + e.getMessage()).contains(c.path());
    String personal = c.personal();
    if (personal != null) {
      e.violations().stream()
          .filter(v -> v.path().equals(c.path()))
          .forEach(
              v ->
                  assertThat(v.value())
                      .as(context + ": the violation of a personal value")
                      .isEqualTo(Violation.REDACTED));
      String shown = personal.strip();
      if (shown.length() >= 4) {
        String prefix = shown.substring(0, Math.min(SHOWN_PREFIX, shown.length()));
        assertThat(e.getMessage())
            .as(context + ": the message of a personal value")
            .doesNotContain(shown)
            .doesNotContain(prefix);
        e.violations().forEach(v -> assertThat(v.toString()).as(context).doesNotContain(prefix));
      }
    }
  }

  /** One kind of invalid input and how to make a random instance of it. */
  private record Mutation(String name, Function<Gen, Case> make) {}

  /**
   * One invalid input.
   *
   * @param description what was given, for the failure message
   * @param path the field the violation must name
   * @param personal the personal value given, which must never be shown; null if not personal
   * @param call builds the object from the input
   */
  private record Case(
      String description, String path, @Nullable String personal, ThrowingCallable call) {

    static Case of(String description, String path, ThrowingCallable call) {
      return new Case(description, path, null, call);
    }

    static Case personal(String description, String path, String value, ThrowingCallable call) {
      return new Case(description, path, value, call);
    }
  }

  // The catalogue.

  private static List<Mutation> mutations() {
    List<Mutation> all = new ArrayList<>();
    projects(all);
    components(all);
    values(all);
    events(all);
    contacts(all);
    organisations(all);
    queries(all);
    return all;
  }

  private static void projects(List<Mutation> all) {
    add(
        all,
        "project code too long",
        g -> {
          String code =
              ExactLengthTexts.code(g.random, g.between(Limits.CODE + 1, Limits.CODE + 200));
          return Case.of(
              code.length() + " characters",
              "code",
              () -> g.project().toBuilder().code(code).build());
        });
    add(
        all,
        "project code blank",
        g -> {
          String code = g.blank();
          return Case.of(
              "'" + code + "'", "code", () -> g.project().toBuilder().code(code).build());
        });
    add(
        all,
        "project code with characters it may not have",
        g -> {
          String code = g.badCode();
          return Case.of(
              "'" + code + "'", "code", () -> g.project().toBuilder().code(code).build());
        });
    add(
        all,
        "project acronym too long, blank or with control characters",
        g -> {
          String acronym = g.badText(Limits.CODE, true);
          return Case.of(
              g.describe(acronym),
              "acronym",
              () -> g.project().toBuilder().acronym(acronym).build());
        });
    add(
        all,
        "project title too long",
        g -> {
          LocalizedText title = g.localized(g.between(Limits.TITLE + 1, Limits.TEXT));
          return Case.of(
              title.maxLength() + " characters",
              "title",
              () -> g.project().toBuilder().title(title).build());
        });
    add(
        all,
        "project text beyond the longest text",
        g -> {
          String text = g.text(g.between(Limits.TEXT + 1, Limits.TEXT + 3_000));
          String tag = g.tag();
          return Case.of(
              text.length() + " characters in " + tag,
              "texts[" + tag + "]",
              () -> g.project().toBuilder().summary(LocalizedText.of(tag, text)).build());
        });
    add(
        all,
        "project text blank or with control characters",
        g -> {
          String text = g.badText(-1, true);
          String tag = g.tag();
          return Case.of(
              g.describe(text) + " in " + tag,
              "texts[" + tag + "]",
              () -> g.project().toBuilder().aims(LocalizedText.of(tag, text)).build());
        });
    add(
        all,
        "text with a malformed language tag",
        g -> {
          String tag =
              g.oneOf(
                  List.of(
                      "en_GB",
                      "e",
                      "englishes",
                      "123",
                      "und",
                      "",
                      " ",
                      "en--gb",
                      "x",
                      "-en",
                      "en-",
                      "zz-ZZ-1234567890",
                      "é"));
          return Case.of(
              "tag '" + tag + "'",
              "languages",
              () -> LocalizedText.of(tag, g.text(g.between(1, 50))));
        });
    add(
        all,
        "text in more languages than allowed",
        g -> {
          Map<String, String> texts = new LinkedHashMap<>();
          for (String tag :
              ExactLengthTexts.languages(g.between(Limits.LANGUAGES + 1, Limits.LANGUAGES + 60))) {
            texts.put(tag, g.text(g.between(1, 20)));
          }
          return Case.of(
              texts.size() + " languages",
              "languages",
              () -> g.project().toBuilder().title(LocalizedText.of(texts)).build());
        });
    add(
        all,
        "text repeating a language once tags are normalised",
        g -> {
          Map<String, String> texts = new LinkedHashMap<>();
          texts.put("en-GB", "First");
          texts.put(g.oneOf(List.of("EN-gb", "en-gb", " en-GB ", "EN-GB")), "Second");
          return Case.of(texts.keySet().toString(), "languages", () -> LocalizedText.of(texts));
        });
    add(
        all,
        "project country repeated",
        g -> {
          Project base = g.project();
          List<ParticipatingCountry> countries = new ArrayList<>(base.countries());
          if (countries.isEmpty()) {
            countries.add(ParticipatingCountry.beneficiary(g.country()));
          }
          int second = g.repeat(countries);
          return Case.of(
              "at " + second,
              "countries[" + second + "]",
              () -> base.toBuilder().countries(countries).build());
        });
    add(
        all,
        "project organisation and role repeated",
        g -> {
          Project base = g.project();
          List<ProjectOrganisation> organisations = new ArrayList<>(base.organisations());
          if (organisations.isEmpty()) {
            organisations.add(
                ProjectOrganisation.of(g.organisationId(), g.anyOf(OrganisationRole.class)));
          }
          int second = g.repeat(organisations);
          return Case.of(
              "at " + second,
              "organisations[" + second + "]",
              () -> base.toBuilder().organisations(organisations).build());
        });
    add(
        all,
        "project related to itself",
        g -> {
          Project base = g.project();
          List<ProjectRelation> relations = new ArrayList<>(base.relations());
          int at = g.between(0, relations.size());
          relations.add(at, ProjectRelation.of(base.id(), g.anyOf(RelationType.class)));
          return Case.of(
              "at " + at,
              "relations[" + at + "].project",
              () -> base.toBuilder().relations(relations).build());
        });
    add(
        all,
        "project related twice to one project",
        g -> {
          Project base = g.project();
          List<ProjectRelation> relations = new ArrayList<>(base.relations());
          ProjectId other = g.projectId();
          int first = g.between(0, relations.size());
          relations.add(first, ProjectRelation.of(other, RelationType.PREDECESSOR));
          int second = g.between(first + 1, relations.size());
          relations.add(second, ProjectRelation.of(other, RelationType.RELATED));
          return Case.of(
              "at " + first + " and " + second,
              "relations[" + second + "]",
              () -> base.toBuilder().relations(relations).build());
        });
    add(
        all,
        "project with more components than allowed",
        g -> {
          List<Component> components = g.pastTheLimit(COMPONENTS, Limits.COMPONENTS);
          return Case.of(
              components.size() + " components",
              "components",
              () -> g.project().toBuilder().components(components).build());
        });
    add(
        all,
        "project component id repeated",
        g -> {
          Project base = g.project();
          List<Component> components = new ArrayList<>(base.components());
          components.add(Component.builder().id(g.componentId()).title("Extra").build());
          Component copied = components.get(g.between(0, components.size() - 1));
          int at = g.between(0, components.size());
          components.add(at, copied.toBuilder().code(null).title("Copy").build());
          int second = secondIndexOf(components, c -> c.id(), at);
          return Case.of(
              "at " + second,
              "components[" + second + "]",
              () -> base.toBuilder().components(components).build());
        });
    add(
        all,
        "project component code repeated",
        g -> {
          Project base = g.project();
          List<Component> components = new ArrayList<>();
          for (Component c : base.components()) {
            components.add(c.toBuilder().code(null).build());
          }
          String code = g.text(g.between(1, Limits.CODE));
          int first = g.between(0, components.size());
          components.add(
              first, Component.builder().id(g.componentId()).code(code).title("A").build());
          int second = g.between(first + 1, components.size());
          components.add(
              second,
              Component.builder().id(g.componentId()).code(" " + code + " ").title("B").build());
          return Case.of(
              "at " + second,
              "components[" + second + "]",
              () -> base.toBuilder().components(components).build());
        });
    add(
        all,
        "project with more links than allowed",
        g -> {
          List<Link> links = g.pastTheLimit(LINKS, Limits.LIST);
          return Case.of(
              links.size() + " links", "links", () -> g.project().toBuilder().links(links).build());
        });
    add(
        all,
        "project external identifier repeated",
        g -> {
          Project base = g.project();
          List<ExternalId> ids = new ArrayList<>(base.externalIds());
          if (ids.isEmpty()) {
            ids.add(ExternalId.of("iati", g.text(g.between(1, 30))));
          }
          int second = g.repeat(ids);
          return Case.of(
              "at " + second,
              "externalIds[" + second + "]",
              () -> base.toBuilder().externalIds(ids).build());
        });
    add(
        all,
        "project with a negative version",
        g -> {
          long version = -g.between(1, Integer.MAX_VALUE);
          return Case.of(
              "version " + version,
              "version",
              () -> g.project().toBuilder().version(version).build());
        });
    add(
        all,
        "project updated before it was created",
        g -> {
          Project base = g.project();
          return Case.of(
              "updatedAt",
              "updatedAt",
              () ->
                  base.toBuilder()
                      .updatedAt(base.createdAt().minusNanos(1_000L * g.between(1, 1_000_000)))
                      .build());
        });
    add(
        all,
        "project planned or actual end before its start",
        g -> {
          PartialDate begin = g.covering(g.day());
          PartialDate end = g.before(begin);
          boolean planned = g.random.nextBoolean();
          String path = planned ? "dates.plannedEnd" : "dates.actualEnd";
          return Case.of(
              begin + " to " + end,
              path,
              () -> {
                if (planned) {
                  ProjectDates.planned(begin, end);
                } else {
                  ProjectDates.UNKNOWN.withActual(begin, end);
                }
              });
        });
    add(
        all,
        "project budget negative",
        g -> {
          String amount = "-" + g.between(1, 1_000_000) + (g.random.nextBoolean() ? ".50" : "");
          return Case.of(amount, "amount", () -> Money.of(amount, g.oneOf(List.of("EUR", "USD"))));
        });
    add(
        all,
        "project budget with more decimals than its currency",
        g -> {
          String currency = g.oneOf(List.of("EUR", "USD", "JPY", "BHD", "CHF"));
          String amount = g.between(0, 99_999) + "." + "1".repeat(g.between(4, 9));
          return Case.of(amount + " " + currency, "amount", () -> Money.of(amount, currency));
        });
    add(
        all,
        "project budget in an unknown currency",
        g -> {
          String currency = g.oneOf(List.of("EURO", "XYZ", "eu", "", "€", "US$", "123"));
          return Case.of("'" + currency + "'", "currency", () -> Money.of("100", currency));
        });
    add(
        all,
        "project budget that is not a number",
        g -> {
          String amount = g.oneOf(List.of("1,5", "ten", "1e", "--1", "1.2.3", "", "½", "0x10"));
          return Case.of("'" + amount + "'", "amount", () -> Money.of(amount, "EUR"));
        });
    add(
        all,
        "framework code malformed",
        g -> {
          String code =
              g.random.nextBoolean()
                  ? g.badCode()
                  : ExactLengthTexts.code(g.random, g.between(Limits.CODE + 1, Limits.CODE + 50));
          return Case.of(
              "'" + code + "'", "code", () -> CooperationFramework.of(code, "Framework", null));
        });
    add(
        all,
        "framework acronym too long, blank or with control characters",
        g -> {
          String acronym = g.badText(Limits.CODE, true);
          return Case.of(
              g.describe(acronym),
              "acronym",
              () -> CooperationFramework.of("pcf-eap", "Framework", acronym));
        });
  }

  private static void components(List<Mutation> all) {
    add(
        all,
        "component code too long, blank or with control characters",
        g -> {
          String code = g.badText(Limits.CODE, true);
          return Case.of(
              g.describe(code), "code", () -> ProjectFixture.aComponent().code(code).build());
        });
    add(
        all,
        "component title too long",
        g -> {
          LocalizedText title = g.localized(g.between(Limits.TITLE + 1, Limits.TEXT));
          return Case.of(
              title.maxLength() + " characters",
              "title",
              () -> ProjectFixture.aComponent().title(title).build());
        });
    add(
        all,
        "component with more expected results than allowed",
        g -> {
          List<LocalizedText> results = g.pastTheLimit(TEXTS, Limits.LIST);
          return Case.of(
              results.size() + " results",
              "expectedResults",
              () -> ProjectFixture.aComponent().expectedResults(results).build());
        });
  }

  private static void values(List<Mutation> all) {
    add(
        all,
        "partial date year out of range",
        g -> {
          int year =
              g.random.nextBoolean()
                  ? g.between(PartialDate.MIN_YEAR - 2_000, PartialDate.MIN_YEAR - 1)
                  : g.between(PartialDate.MAX_YEAR + 1, PartialDate.MAX_YEAR + 8_000);
          return Case.of("year " + year, "year", () -> PartialDate.ofYear(year));
        });
    add(
        all,
        "partial date month out of range",
        g -> {
          int month = g.random.nextBoolean() ? -g.between(0, 20) : g.between(13, 99);
          return Case.of("month " + month, "month", () -> PartialDate.ofMonth(2020, month));
        });
    add(
        all,
        "partial date day that does not exist",
        g -> {
          int month = g.between(1, 12);
          int year = g.between(1990, 2030);
          int day =
              g.random.nextBoolean()
                  ? -g.between(0, 5)
                  : YearMonth.of(year, month).lengthOfMonth() + g.between(1, 10);
          return Case.of(
              year + "-" + month + "-" + day, "day", () -> PartialDate.of(year, month, day));
        });
    add(
        all,
        "partial date text malformed or unreal",
        g -> {
          String text =
              g.oneOf(
                  List.of(
                      "2011-13",
                      "2011-02-30",
                      "11-05-2011",
                      "May 2011",
                      "2011/05",
                      "20110",
                      "",
                      "2011-5",
                      "1899",
                      "2201-01-01",
                      "2011-00",
                      "2011-05-00",
                      "２０１１"));
          return Case.of("'" + text + "'", "text", () -> PartialDate.parse(text));
        });
    add(
        all,
        "unknown country code",
        g -> {
          String code =
              g.oneOf(
                  List.of(
                      "ZZ", "XX", "A", "USA", "", " ", "1A", "É", "U K", "EU", "UN", "AA", "QM"));
          return Case.of("'" + code + "'", "alpha2", () -> CountryCode.of(code));
        });
    add(
        all,
        "external identifier scheme malformed",
        g -> {
          String scheme =
              switch (g.between(0, 3)) {
                case 0 -> g.blank();
                case 1 ->
                    ExactLengthTexts.code(
                        g.random, g.between(Limits.IDENTIFIER + 1, Limits.IDENTIFIER + 50));
                case 2 ->
                    g.oneOf(List.of("-iati", "iati:", "ia ti", "iati/x", "ïati", ".iati", "_x"));
                default -> "ia" + CONTROL.charAt(g.between(0, CONTROL.length() - 1)) + "ti";
              };
          return Case.of("'" + scheme + "'", "scheme", () -> ExternalId.of(scheme, "value"));
        });
    add(
        all,
        "external identifier value blank, too long or over lines",
        g -> {
          String value =
              switch (g.between(0, 2)) {
                case 0 -> g.badText(Limits.IDENTIFIER, true);
                case 1 -> "line one" + g.oneOf(List.of("\n", "\r", "\r\n")) + "line two";
                default -> g.text(g.between(Limits.IDENTIFIER + 1, Limits.IDENTIFIER + 300));
              };
          return Case.of(g.describe(value), "value", () -> ExternalId.of("iati", value));
        });
    add(
        all,
        "link address relative, opaque, not http(s), without host or too long",
        g -> {
          String uri =
              switch (g.between(0, 1)) {
                case 0 ->
                    g.oneOf(
                        List.of(
                            "/documents/report.pdf",
                            "report.pdf",
                            "ftp://example.org/x",
                            "mailto:someone@example.org",
                            "javascript:alert(1)",
                            "file:///etc/passwd",
                            "https:///path",
                            "http:example.org",
                            "//example.org/x",
                            "urn:isbn:0451450523",
                            "data:text/plain,hi"));
                default ->
                    "https://example.org/"
                        + "a".repeat(g.between(Limits.URI - 19, Limits.URI + 500));
              };
          return Case.of(
              uri.length() > 80 ? uri.length() + " characters" : uri,
              "uri",
              () -> Link.of(uri, Link.Kind.OTHER));
        });
    add(
        all,
        "link address malformed",
        g -> {
          String uri =
              g.oneOf(
                  List.of(
                      "https://exa mple.org",
                      "https://example.org/a b",
                      "http://[::1",
                      "https://example.org/%zz",
                      "ht tp://x.org",
                      "",
                      " ",
                      "https://x.org/\\"));
          return Case.of("'" + uri + "'", "uri", () -> Link.of(uri, Link.Kind.OTHER));
        });
    add(
        all,
        "link address object not absolute",
        g -> {
          URI uri = URI.create(g.oneOf(List.of("/a/b", "c", "#frag", "?q=1")));
          return Case.of(uri.toString(), "uri", () -> new Link(uri, null, Link.Kind.OTHER));
        });
    add(
        all,
        "link title too long, blank or with control characters",
        g -> {
          String title = g.badText(Limits.TITLE, true);
          return Case.of(
              g.describe(title),
              "title",
              () -> Link.of("https://example.org", title, Link.Kind.WEB_PAGE));
        });
    add(
        all,
        "topic too long, blank or with control characters",
        g -> {
          String label = g.badText(Limits.TITLE, true);
          return Case.of(g.describe(label), "label", () -> Topic.of(label));
        });
    add(
        all,
        "participant count negative or beyond the largest",
        g -> {
          int value =
              g.random.nextBoolean()
                  ? -g.between(1, Integer.MAX_VALUE)
                  : g.between(ParticipantCount.MAX + 1, Integer.MAX_VALUE);
          return Case.of(
              "count " + value,
              "value",
              () -> new ParticipantCount(value, g.anyOf(ParticipantCount.Qualifier.class)));
        });
  }

  private static void events(List<Mutation> all) {
    add(
        all,
        "event of no project",
        g ->
            Case.of(
                "no project", "projects", () -> g.event().toBuilder().projects(List.of()).build()));
    add(
        all,
        "event project repeated",
        g -> {
          Event base = g.event();
          List<ProjectId> projects = new ArrayList<>(base.projects());
          int second = g.repeat(projects);
          return Case.of(
              "at " + second,
              "projects[" + second + "]",
              () -> base.toBuilder().projects(projects).build());
        });
    add(
        all,
        "event of more projects than allowed",
        g -> {
          List<ProjectId> projects = g.pastTheLimit(PROJECT_IDS, Limits.LIST);
          return Case.of(
              projects.size() + " projects",
              "projects",
              () -> g.event().toBuilder().projects(projects).build());
        });
    add(
        all,
        "event component repeated",
        g -> {
          Event base = g.event();
          List<ComponentId> components = new ArrayList<>(base.components());
          if (components.isEmpty()) {
            components.add(g.componentId());
          }
          int second = g.repeat(components);
          return Case.of(
              "at " + second,
              "components[" + second + "]",
              () -> base.toBuilder().components(components).build());
        });
    add(
        all,
        "event organiser and role repeated",
        g -> {
          Event base = g.event();
          List<Organiser> organisers = new ArrayList<>(base.organisers());
          if (organisers.isEmpty()) {
            organisers.add(Organiser.of(g.organisationId(), g.anyOf(OrganiserRole.class)));
          }
          int second = g.repeat(organisers);
          return Case.of(
              "at " + second,
              "organisers[" + second + "]",
              () -> base.toBuilder().organisers(organisers).build());
        });
    add(
        all,
        "event title too long",
        g -> {
          LocalizedText title = g.localized(g.between(Limits.TITLE + 1, Limits.TEXT));
          return Case.of(
              title.maxLength() + " characters",
              "title",
              () -> g.event().toBuilder().title(title).build());
        });
    add(
        all,
        "venue naming nothing",
        g -> Case.of("all parts null", "venue", () -> new Venue(null, null, null)));
    add(
        all,
        "venue name or city too long, blank or with control characters",
        g -> {
          String text = g.badText(Limits.NAME, true);
          boolean name = g.random.nextBoolean();
          return Case.of(
              g.describe(text),
              name ? "venue.name" : "venue.city",
              () -> {
                if (name) {
                  new Venue(text, "Baku", null);
                } else {
                  new Venue(null, text, CountryCode.of("AZ"));
                }
              });
        });
    add(
        all,
        "event ending before it starts",
        g -> {
          PartialDate start = g.covering(g.day());
          PartialDate end = g.before(start);
          return Case.of(start + " to " + end, "dates.end", () -> new EventDates(start, end, null));
        });
    add(
        all,
        "participants counted for a country not among the participants",
        g -> {
          CountryCode listed = CountryCode.of("AM");
          CountryCode other =
              g.oneOf(List.of(CountryCode.of("GE"), CountryCode.of("AZ"), CountryCode.of("MD")));
          return Case.of(
              other.toString(),
              "participation.byCountry[" + other + "]",
              () ->
                  Participation.builder()
                      .countries(Set.of(listed))
                      .byCountry(Map.of(other, ParticipantCount.exactly(g.between(0, 100))))
                      .build());
        });
    add(
        all,
        "participants by country adding up to more than the exact total",
        g -> {
          int total = g.between(0, 1_000);
          int first = g.between(0, total);
          int second = total - first + g.between(1, 500);
          return Case.of(
              first + " + " + second + " > " + total,
              "participation.byCountry",
              () ->
                  Participation.builder()
                      .total(ParticipantCount.exactly(total))
                      .countries(Set.of(CountryCode.of("AM"), CountryCode.of("GE")))
                      .byCountry(
                          Map.of(
                              CountryCode.of("AM"),
                              ParticipantCount.exactly(first),
                              CountryCode.of("GE"),
                              ParticipantCount.exactly(second)))
                      .build());
        });
    add(
        all,
        "event with more topics than allowed",
        g -> {
          Set<Topic> topics = new LinkedHashSet<>(g.pastTheLimit(TOPICS, Limits.LIST));
          return Case.of(
              topics.size() + " topics",
              "topics",
              () -> g.event().toBuilder().topics(topics).build());
        });
    add(
        all,
        "event with more key messages than allowed",
        g -> {
          List<KeyMessage> messages = g.pastTheLimit(KEY_MESSAGES, Limits.LIST);
          return Case.of(
              messages.size() + " key messages",
              "keyMessages",
              () -> g.event().toBuilder().keyMessages(messages).build());
        });
    add(
        all,
        "key message text beyond the longest text",
        g -> {
          String text = g.text(g.between(Limits.TEXT + 1, Limits.TEXT + 500));
          return Case.of(
              text.length() + " characters", "texts[en]", () -> KeyMessage.adopted(text));
        });
    add(
        all,
        "event with a negative version",
        g -> {
          long version = -g.between(1, 1_000_000);
          return Case.of(
              "version " + version,
              "version",
              () -> g.event().toBuilder().version(version).build());
        });
    add(
        all,
        "event updated before it was created",
        g -> {
          Event base = g.event();
          return Case.of(
              "updatedAt",
              "updatedAt",
              () ->
                  base.toBuilder()
                      .updatedAt(base.createdAt().minusSeconds(g.between(1, 1_000_000)))
                      .build());
        });
  }

  private static void contacts(List<Mutation> all) {
    add(
        all,
        "contact display name blank, too long or with control characters",
        g -> {
          String name = g.badName();
          Contact base = g.contact();
          return Case.personal(
              g.describe(name),
              "displayName",
              name,
              () -> base.toBuilder().displayName(name).sortName(base.sortName()).build());
        });
    add(
        all,
        "contact sort name blank, too long or with control characters",
        g -> {
          String name = g.badName();
          return Case.personal(
              g.describe(name),
              "sortName",
              name,
              () -> g.contact().toBuilder().sortName(name).build());
        });
    add(
        all,
        "contact honorific too long, blank or with control characters",
        g -> {
          String honorific = g.badText(Limits.CODE, true);
          return Case.of(
              g.describe(honorific),
              "honorific",
              () -> g.contact().toBuilder().honorific(honorific).build());
        });
    add(
        all,
        "contact job title too long, blank or with control characters",
        g -> {
          String jobTitle = g.badText(Limits.TITLE, true);
          return Case.of(
              g.describe(jobTitle),
              "jobTitle",
              () -> g.contact().toBuilder().jobTitle(jobTitle).build());
        });
    add(
        all,
        "contact unit too long, blank or with control characters",
        g -> {
          String unit = g.badText(Limits.NAME, true);
          return Case.of(
              g.describe(unit), "unit", () -> g.contact().toBuilder().unit(unit).build());
        });
    add(
        all,
        "contact e-mail address repeated",
        g -> {
          Contact base = g.contact();
          List<EmailAddress> emails = new ArrayList<>(base.emails());
          if (emails.isEmpty()) {
            emails.add(g.email());
          }
          int second = g.repeat(emails);
          return Case.personal(
              "at " + second,
              "emails",
              emails.get(second).value(),
              () -> base.toBuilder().emails(emails).build());
        });
    add(
        all,
        "contact e-mail address repeated in another case of its domain",
        g -> {
          EmailAddress email = g.email();
          String value = email.value();
          int at = value.indexOf('@');
          String shouted = value.substring(0, at) + value.substring(at).toUpperCase(Locale.ROOT);
          return Case.personal(
              g.describe(shouted),
              "emails",
              value,
              () ->
                  g.contact().toBuilder()
                      .addEmail(email)
                      .addEmail(EmailAddress.of(shouted))
                      .build());
        });
    add(
        all,
        "contact with more e-mail addresses than allowed",
        g -> {
          List<EmailAddress> emails = g.pastTheLimit(EMAILS, Limits.LIST);
          return Case.of(
              emails.size() + " addresses",
              "emails",
              () -> g.contact().toBuilder().emails(emails).build());
        });
    add(
        all,
        "e-mail address malformed",
        g -> {
          String email = g.badEmail();
          return Case.personal(g.describe(email), "value", email, () -> EmailAddress.of(email));
        });
    add(
        all,
        "contact phone number repeated in another formatting",
        g -> {
          Contact base = g.contact();
          List<PhoneNumber> phones = new ArrayList<>(base.phones());
          PhoneNumber phone = PhoneNumber.of("+374" + g.digits(8));
          phones.add(g.between(0, phones.size()), phone);
          String other =
              "00"
                  + phone.value().substring(1, 4)
                  + " "
                  + phone.value().substring(4, 6)
                  + "-"
                  + phone.value().substring(6);
          phones.add(g.between(0, phones.size()), PhoneNumber.of(other));
          return Case.personal(
              g.describe(other),
              "phones",
              phone.value(),
              () -> base.toBuilder().phones(phones).build());
        });
    add(
        all,
        "phone number malformed",
        g -> {
          String phone = g.badPhone();
          return Case.personal(g.describe(phone), "value", phone, () -> PhoneNumber.of(phone));
        });
    add(
        all,
        "contact language tag malformed",
        g -> {
          Contact base = g.contact();
          List<String> languages = new ArrayList<>(base.languages());
          String bad = g.oneOf(List.of("en_GB", "englishes", "123", "und", "", "x", "-en", "é"));
          int at = g.between(0, languages.size());
          languages.add(at, bad);
          return Case.of(
              "'" + bad + "' at " + at,
              "languages[" + at + "]",
              () -> base.toBuilder().languages(languages).build());
        });
    add(
        all,
        "contact language repeated once normalised",
        g -> {
          List<String> languages = List.of("hy", g.oneOf(List.of("HY", " hy", "hy ", "Hy")));
          return Case.of(
              languages.toString(),
              "languages",
              () -> g.contact().toBuilder().languages(languages).build());
        });
    add(
        all,
        "contact speaking more languages than allowed",
        g -> {
          List<String> languages =
              ExactLengthTexts.languages(g.between(Limits.LANGUAGES + 1, Limits.LANGUAGES + 40));
          return Case.of(
              languages.size() + " languages",
              "languages",
              () -> g.contact().toBuilder().languages(languages).build());
        });
    add(
        all,
        "contact role id repeated",
        g -> {
          Contact base = g.contact();
          List<RoleAssignment> roles = new ArrayList<>(base.roles());
          roles.add(g.role(RoleId.of(UUID.randomUUID())));
          RoleId copied = roles.get(g.between(0, roles.size() - 1)).id();
          int at = g.between(0, roles.size());
          roles.add(at, g.role(copied));
          int second = secondIndexOf(roles, RoleAssignment::id, at);
          return Case.of(
              "at " + second,
              "roles[" + second + "].id",
              () -> base.toBuilder().roles(roles).build());
        });
    add(
        all,
        "role for nothing",
        g ->
            Case.of(
                "no project, organisation or country",
                "project",
                () ->
                    RoleAssignment.builder()
                        .id(RoleId.of(UUID.randomUUID()))
                        .type(g.anyOf(RoleType.class))
                        .title(g.text(g.between(1, 40)))
                        .build()));
    add(
        all,
        "24/7 contact point for no country",
        g ->
            Case.of(
                "no country",
                "country",
                () ->
                    RoleAssignment.builder()
                        .id(RoleId.of(UUID.randomUUID()))
                        .type(RoleType.CONTACT_POINT_24_7)
                        .project(g.projectId())
                        .build()));
    add(
        all,
        "role ending before it begins",
        g -> {
          LocalDate from = g.day();
          LocalDate until = from.minusDays(g.between(1, 10_000));
          return Case.of(
              from + " to " + until,
              "validUntil",
              () ->
                  g.role(RoleId.of(UUID.randomUUID())).toBuilder()
                      .validFrom(from)
                      .validUntil(until)
                      .build());
        });
    add(
        all,
        "role title too long, blank or with control characters",
        g -> {
          String title = g.badText(Limits.TITLE, true);
          return Case.of(
              g.describe(title),
              "title",
              () -> g.role(RoleId.of(UUID.randomUUID())).toBuilder().title(title).build());
        });
    add(
        all,
        "contact with a negative version",
        g -> {
          long version = -g.between(1, 1_000_000);
          return Case.of(
              "version " + version,
              "version",
              () -> g.contact().toBuilder().version(version).build());
        });
  }

  private static void organisations(List<Mutation> all) {
    add(
        all,
        "organisation name too long",
        g -> {
          LocalizedText name = g.localized(g.between(Limits.NAME + 1, Limits.TEXT));
          return Case.of(
              name.maxLength() + " characters",
              "name",
              () -> g.organisation().toBuilder().name(name).build());
        });
    add(
        all,
        "organisation acronym too long, blank or with control characters",
        g -> {
          String acronym = g.badText(Limits.CODE, true);
          return Case.of(
              g.describe(acronym),
              "acronym",
              () -> g.organisation().toBuilder().acronym(acronym).build());
        });
    add(
        all,
        "organisation its own parent",
        g -> {
          Organisation base = g.organisation();
          return Case.of("parent = id", "parent", () -> base.toBuilder().parent(base.id()).build());
        });
    add(
        all,
        "organisation external identifier repeated",
        g -> {
          Organisation base = g.organisation();
          List<ExternalId> ids = new ArrayList<>(base.externalIds());
          if (ids.isEmpty()) {
            ids.add(ExternalId.of("iati-org", g.text(g.between(1, 30))));
          }
          int second = g.repeat(ids);
          return Case.of(
              "at " + second,
              "externalIds[" + second + "]",
              () -> base.toBuilder().externalIds(ids).build());
        });
    add(
        all,
        "organisation with more links or identifiers than allowed",
        g -> {
          boolean links = g.random.nextBoolean();
          Organisation.Builder builder = g.organisation().toBuilder();
          int count;
          if (links) {
            List<Link> many = g.pastTheLimit(LINKS, Limits.LIST);
            builder.links(many);
            count = many.size();
          } else {
            List<ExternalId> many = g.pastTheLimit(EXTERNAL_IDS, Limits.LIST);
            builder.externalIds(many);
            count = many.size();
          }
          return Case.of(
              count + (links ? " links" : " identifiers"),
              links ? "links" : "externalIds",
              builder::build);
        });
    add(
        all,
        "organisation with a negative version",
        g -> {
          long version = -g.between(1, 1_000_000);
          return Case.of(
              "version " + version,
              "version",
              () -> g.organisation().toBuilder().version(version).build());
        });
  }

  private static void queries(List<Mutation> all) {
    add(
        all,
        "query page size out of range",
        g -> {
          int limit = g.random.nextBoolean() ? -g.between(0, 1_000) : g.between(1_001, 1_000_000);
          ThrowingCallable call =
              switch (g.between(0, 3)) {
                case 0 -> () -> EventQuery.builder().limit(limit).build();
                case 1 -> () -> ProjectQuery.builder().limit(limit).build();
                case 2 -> () -> ContactQuery.builder().limit(limit).build();
                default -> () -> OrganisationQuery.builder().limit(limit).build();
              };
          return Case.of("limit " + limit, "limit", call);
        });
    add(
        all,
        "query text too long",
        g -> {
          String text = ExactLengthTexts.code(g.random, g.between(201, 2_000));
          int kind = g.between(0, 3);
          ThrowingCallable call =
              switch (kind) {
                case 0 -> () -> EventQuery.builder().text(text).build();
                case 1 -> () -> ProjectQuery.builder().text(text).build();
                case 2 -> () -> ContactQuery.builder().namePrefix(text).build();
                default -> () -> OrganisationQuery.builder().text(text).build();
              };
          return Case.of(text.length() + " characters", kind == 2 ? "namePrefix" : "text", call);
        });
    add(
        all,
        "event query period ending before it starts",
        g -> {
          LocalDate from = g.day();
          LocalDate to = from.minusDays(g.between(1, 5_000));
          return Case.of(
              from + " to " + to, "to", () -> EventQuery.builder().between(from, to).build());
        });
    add(
        all,
        "report filter period ending before it starts",
        g -> {
          LocalDate from = g.day();
          LocalDate to = from.minusDays(g.between(1, 5_000));
          return Case.of(from + " to " + to, "to", () -> ReportFilter.ALL.between(from, to));
        });
    add(
        all,
        "query cursor not made by a page",
        g -> {
          String cursor =
              g.oneOf(
                  List.of(
                      "garbage!",
                      "abc",
                      "",
                      "%%%",
                      "not a cursor",
                      "AAAA",
                      "////",
                      "eyJpZCI6MX0="));
          return Case.of(
              "'" + cursor + "'", "after", () -> EventQuery.builder().after(cursor).build());
        });
    add(
        all,
        "id that is not a UUID",
        g -> {
          String text =
              g.oneOf(
                  List.of(
                      "",
                      "1",
                      "not-a-uuid",
                      "0190a5b4-8f3e-7c1a-9b2d",
                      "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                      "{0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d}"));
          return Case.of("'" + text + "'", "value", () -> ProjectId.parse(text));
        });
  }

  private static void add(List<Mutation> all, String name, Function<Gen, Case> make) {
    all.add(new Mutation(name, make));
  }

  /** The index of the later of the two equal keys, given that one copy was put at {@code at}. */
  private static <T, K> int secondIndexOf(List<T> items, Function<T, K> key, int at) {
    K copied = key.apply(items.get(at));
    for (int i = 0; i < items.size(); i++) {
      if (i != at && key.apply(items.get(i)).equals(copied)) {
        return Math.max(i, at);
      }
    }
    throw new IllegalStateException("no copy of the item at " + at);
  }

  private static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return fixed != null && !fixed.isBlank()
        ? Long.parseLong(fixed.strip())
        : new SecureRandom().nextLong();
  }

  /** Random valid aggregates and random invalid values, all from one seed. */
  private static final class Gen {
    /** Random valid aggregates of each kind made for a run; more cost time and add little. */
    static final int POOL = 64;

    final Random random;
    private final RandomModelValues values;
    private final List<Project> projects = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<RoleAssignment> roles = new ArrayList<>();

    Gen(long seed) {
      this.random = new Random(seed);
      // Instancio's own seeded random, as its @Seed uses: the fixtures' random aggregates take it.
      this.values = new RandomModelValues(new DefaultRandom(seed, Seeds.Source.MANUAL));
    }

    int between(int min, int max) {
      return min + random.nextInt(max - min + 1);
    }

    <T> T oneOf(List<T> choices) {
      return choices.get(random.nextInt(choices.size()));
    }

    <E extends Enum<E>> E anyOf(Class<E> type) {
      E[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }

    /** A random valid project, one of {@value #POOL} made from the seed as first needed. */
    Project project() {
      return pooled(projects, () -> ProjectFixture.randomProject(values));
    }

    Event event() {
      return pooled(events, () -> EventFixture.randomEvent(values));
    }

    Contact contact() {
      return pooled(contacts, () -> ContactFixture.randomContact(values));
    }

    Organisation organisation() {
      return pooled(organisations, () -> OrganisationFixture.randomOrganisation(values));
    }

    RoleAssignment role(RoleId id) {
      return pooled(roles, () -> ContactFixture.randomRole(values, id)).toBuilder().id(id).build();
    }

    private <T> T pooled(List<T> pool, Supplier<T> make) {
      if (pool.size() < POOL) {
        T made = make.get();
        pool.add(made);
        return made;
      }
      return pool.get(random.nextInt(POOL));
    }

    /** The first {@code more than the limit} items of a long list made once. */
    <T> List<T> pastTheLimit(List<T> many, int limit) {
      return many.subList(0, between(limit + 1, many.size()));
    }

    EmailAddress email() {
      return ContactFixture.randomEmail(values);
    }

    ProjectId projectId() {
      return ProjectId.of(new UUID(random.nextLong(), random.nextLong()));
    }

    ComponentId componentId() {
      return ComponentId.of(new UUID(random.nextLong(), random.nextLong()));
    }

    OrganisationId organisationId() {
      return OrganisationId.of(new UUID(random.nextLong(), random.nextLong()));
    }

    CountryCode country() {
      return oneOf(List.copyOf(CountryCode.all()));
    }

    LocalDate day() {
      return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(46 * 365));
    }

    PartialDate covering(LocalDate day) {
      return switch (anyOf(PartialDate.Precision.class)) {
        case YEAR -> PartialDate.ofYear(day.getYear());
        case MONTH -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
        case DAY -> PartialDate.of(day);
      };
    }

    /** A date at a random precision that ends before {@code start} begins. */
    PartialDate before(PartialDate start) {
      LocalDate day = start.earliest().minusDays(between(1, 5_000));
      PartialDate end = covering(day);
      return end.latest().isBefore(start.earliest()) ? end : PartialDate.of(day);
    }

    String digits(int n) {
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      return s.toString();
    }

    String tag() {
      return oneOf(List.of("en", "fr", "hy", "ka", "ru", "uk", "az", "ro", "ar", "he"));
    }

    /** A valid text of exactly {@code length} UTF-16 characters, sometimes with emoji. */
    String text(int length) {
      return ExactLengthTexts.text(random, length, random.nextBoolean());
    }

    /** A text of the given longest length in one or more languages, one of them that long. */
    LocalizedText localized(int longest) {
      LocalizedText.Builder builder = LocalizedText.builder();
      List<String> tags = new ArrayList<>(List.of("en", "fr", "hy"));
      Collections.shuffle(tags, random);
      int languages = between(1, 3);
      for (int i = 0; i < languages; i++) {
        builder.put(tags.get(i), text(i == 0 ? longest : between(1, Math.min(longest, 100))));
      }
      return builder.build();
    }

    String blank() {
      return oneOf(BLANKS);
    }

    /** A valid text with one control character inside (tab and line breaks too if asked). */
    String withControl(String valid, boolean tabsAndBreaksAllowed) {
      String controls = tabsAndBreaksAllowed ? CONTROL : CONTROL + "\t\n\r";
      char control = controls.charAt(random.nextInt(controls.length()));
      String text = valid.length() < 2 ? "ab" : valid;
      int at = between(1, text.length() - 1);
      if (Character.isLowSurrogate(text.charAt(at))) {
        at--;
      }
      return text.substring(0, Math.max(at, 1)) + control + text.substring(Math.max(at, 1));
    }

    /**
     * A text that breaks a single-line text rule: one past {@code max} (or far past it), blank, or
     * with a control character; {@code max} of -1 leaves length out.
     *
     * @param tabsAndBreaksAllowed whether the field takes tabs and line breaks
     */
    String badText(int max, boolean tabsAndBreaksAllowed) {
      int kind = random.nextInt(max < 0 ? 2 : 3);
      return switch (kind) {
        case 0 -> blank();
        case 1 -> withControl(text(between(2, 60)), tabsAndBreaksAllowed);
        default -> text(random.nextBoolean() ? max + 1 : between(max + 1, max * 3));
      };
    }

    /** A person's name that breaks a rule: blank, too long, any control character. */
    String badName() {
      return switch (random.nextInt(3)) {
        case 0 -> blank();
        case 1 -> withControl("Name " + text(between(5, 60)), false);
        default ->
            text(
                random.nextBoolean() ? Limits.NAME + 1 : between(Limits.NAME + 1, Limits.NAME * 4));
      };
    }

    /** A project code with a character, or a hyphen, where codes may not have it. */
    String badCode() {
      String code = ExactLengthTexts.code(random, between(3, 20));
      return switch (random.nextInt(4)) {
        case 0 -> "-" + code;
        case 1 -> code + "-";
        case 2 ->
            code.substring(0, 1)
                + oneOf(List.of("_", " ", ".", "é", "😀", "'", "%", "/", "ı", "\u00A0"))
                + code.substring(1);
        default -> withControl(code, true);
      };
    }

    /** An e-mail address that breaks the model's rules, built around a plausible one. */
    String badEmail() {
      String local =
          ExactLengthTexts.code(random, between(3, 20))
              + "."
              + ExactLengthTexts.code(random, between(3, 10));
      String domain =
          ExactLengthTexts.code(random, between(3, 12)) + "." + oneOf(List.of("org", "example"));
      return switch (random.nextInt(12)) {
        case 0 -> local + domain;
        case 1 -> local + "@@" + domain;
        case 2 -> local + "@" + domain + "@" + domain;
        case 3 -> "@" + domain;
        case 4 -> local + "@";
        case 5 -> local.substring(0, 2) + " " + local.substring(2) + "@" + domain;
        case 6 -> "x".repeat(between(65, 120)) + "@" + domain;
        case 7 -> local + "@" + ExactLengthTexts.code(random, between(3, 12));
        case 8 -> local + "@" + domain + ".";
        case 9 -> local + "@" + "-" + domain;
        case 10 -> local + "@" + ExactLengthTexts.code(random, 64) + ".org";
        default ->
            local
                + "@"
                + ExactLengthTexts.code(random, 63)
                + "."
                + ExactLengthTexts.code(random, 63)
                + "."
                + ExactLengthTexts.code(random, 63)
                + "."
                + ExactLengthTexts.code(random, 63)
                + ".org";
      };
    }

    /** A phone number that breaks the model's rules, built around a plausible one. */
    String badPhone() {
      String digits = between(1, 9) + digits(between(6, 13));
      return switch (random.nextInt(9)) {
        case 0 -> digits;
        case 1 -> "+" + digits + " ext. 12";
        case 2 -> "+" + digits.substring(0, between(1, 5));
        case 3 -> "+" + digits + digits(between(16 - digits.length(), 20));
        case 4 -> "+0" + digits;
        case 5 -> "tel:+" + digits;
        case 6 -> "++" + digits;
        case 7 -> "+" + digits.substring(0, 3) + "#" + digits.substring(3);
        default ->
            "+"
                + digits.substring(0, 3)
                + CONTROL.charAt(random.nextInt(CONTROL.length()))
                + digits.substring(3);
      };
    }

    /**
     * Puts a copy of one item of {@code items} at a random place; returns the index of the later of
     * the two, where the model reports the repeat.
     */
    <T> int repeat(List<T> items) {
      int first = random.nextInt(items.size());
      T copy = items.get(first);
      int at = random.nextInt(items.size() + 1);
      items.add(at, copy);
      return at <= first ? first + 1 : at;
    }

    /** A short description of a value for failure messages: its length and code points. */
    String describe(String value) {
      StringBuilder shown = new StringBuilder().append(value.length()).append(" chars [");
      value
          .codePoints()
          .limit(12)
          .forEach(c -> shown.append(String.format(Locale.ROOT, "U+%04X ", c)));
      return shown.toString().strip() + (value.length() > 12 ? " …]" : "]");
    }
  }
}
