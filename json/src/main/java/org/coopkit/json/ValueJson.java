package org.coopkit.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coopkit.error.ValidationException;
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
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The value types and typed ids: how each is written and read.
 *
 * <ul>
 *   <li>ids: the canonical UUID text, {@code "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d"};
 *   <li>{@link CountryCode}: {@code "AZ"}; {@link Topic}: its label; {@link EmailAddress}, {@link
 *       PhoneNumber}: their normalised text;
 *   <li>{@link PartialDate}: {@code "2011"}, {@code "2011-05"} or {@code "2011-05-17"}; {@link
 *       LocalDate}: {@code "2011-05-17"}; {@link Instant}: ISO 8601 in UTC, {@code
 *       "2025-05-14T09:30:00.123456Z"}; {@link ZoneId}: its id, {@code "Asia/Baku"};
 *   <li>{@link LocalizedText}: an object from language tag to text, in the text's order;
 *   <li>{@link Money}: {@code {"amount": "1000.00", "currency": "EUR"}}, the amount a string so no
 *       JSON reader rounds it;
 *   <li>{@link Link}, {@link ExternalId}, {@link ParticipantCount}: objects of their components.
 * </ul>
 */
final class ValueJson {
  /** Digits with an optional fraction; no exponent, which could ask for a number of any size. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,20})?");

  static final ShapedObjectReader.Shape MONEY =
      ShapedObjectReader.Shape.of("Money", "amount", "currency");
  static final ShapedObjectReader.Shape LINK =
      ShapedObjectReader.Shape.of("Link", "uri", "title", "kind");
  static final ShapedObjectReader.Shape EXTERNAL_ID =
      ShapedObjectReader.Shape.of("ExternalId", "scheme", "value");
  static final ShapedObjectReader.Shape PARTICIPANT_COUNT =
      ShapedObjectReader.Shape.of("ParticipantCount", "value", "qualifier");

  private ValueJson() {}

  // Ids.

  static ProjectId projectId(JsonParser p) {
    return ProjectId.of(uuid(p, "ProjectId"));
  }

  static ComponentId componentId(JsonParser p) {
    return ComponentId.of(uuid(p, "ComponentId"));
  }

  static EventId eventId(JsonParser p) {
    return EventId.of(uuid(p, "EventId"));
  }

  static ContactId contactId(JsonParser p) {
    return ContactId.of(uuid(p, "ContactId"));
  }

  static RoleId roleId(JsonParser p) {
    return RoleId.of(uuid(p, "RoleId"));
  }

  static OrganisationId organisationId(JsonParser p) {
    return OrganisationId.of(uuid(p, "OrganisationId"));
  }

  /** Reads a UUID in its canonical 8-4-4-4-12 form; {@link UUID#fromString} alone is lenient. */
  static UUID uuid(JsonParser p, String subject) {
    String text = TokenReader.string(p);
    UUID uuid = parseUuid(text);
    if (uuid == null) {
      throw JsonDataException.at(
          p,
          "Invalid "
              + subject
              + ": value: must be a UUID such as 0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d ('"
              + TokenReader.shorten(text)
              + "')");
    }
    return uuid;
  }

  /**
   * The UUID in {@code text}, or {@code null}: exactly the grammar of the model's typed ids ({@link
   * ProjectId#parse} and its siblings), so that the document and the API accept the same ids.
   */
  static @Nullable UUID parseUuid(String text) {
    try {
      return ProjectId.parse(text).value();
    } catch (ValidationException e) {
      return null;
    }
  }

  // Strings with a model type.

  static CountryCode country(JsonParser p) {
    return TokenReader.convert(p, "CountryCode", CountryCode::of);
  }

  static Topic topic(JsonParser p) {
    return TokenReader.convert(p, "Topic", Topic::of);
  }

  static EmailAddress email(JsonParser p) {
    return TokenReader.convert(p, "EmailAddress", EmailAddress::of);
  }

  static PhoneNumber phone(JsonParser p) {
    return TokenReader.convert(p, "PhoneNumber", PhoneNumber::of);
  }

  static PartialDate partialDate(JsonParser p) {
    return TokenReader.convert(p, "PartialDate", PartialDate::parse);
  }

  // Dates and times of the JDK.

  static LocalDate date(JsonParser p) {
    String text = TokenReader.string(p);
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw JsonDataException.at(
          p, "must be a date such as 2011-05-17 ('" + TokenReader.shorten(text) + "')");
    }
  }

  /**
   * Reads an instant, cut to microseconds: the finest every store keeps, and what the services
   * stamp.
   */
  static Instant instant(JsonParser p) {
    String text = TokenReader.string(p);
    try {
      Instant plain = plainUtcInstant(text);
      return (plain != null ? plain : Instant.parse(text)).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw JsonDataException.at(
          p,
          "must be an instant such as 2025-05-14T09:30:00Z ('" + TokenReader.shorten(text) + "')");
    }
  }

  /**
   * Reads the form coopkit writes, {@code 2025-05-14T09:30:00Z} with an optional fraction of up to
   * nine digits, without the general ISO parser (the slowest step of reading an event); {@code
   * null} for any other text, which {@link Instant#parse} then reads or refuses. The benchmarks
   * module's InstantParseBenchmark measures the gain.
   */
  static @Nullable Instant plainUtcInstant(String t) {
    int n = t.length();
    if (n < 20
        || n > 30
        || n == 21
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(n - 1) != 'Z'
        || (n > 20 && t.charAt(19) != '.')) {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    int nanos = 0;
    if (n > 20) {
      int fraction = digits(t, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = n - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // such as 31 April: Instant.parse gives the reader its message
    }
  }

  /** The decimal number in {@code t[from, to)}, or -1 if a character there is not a digit. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static ZoneId zone(JsonParser p) {
    String text = TokenReader.string(p);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw JsonDataException.at(
          p,
          "must be a time zone id such as Asia/Baku or +04:00 ('"
              + TokenReader.shorten(text)
              + "')");
    }
  }

  // Objects.

  static void write(JsonGenerator g, LocalizedText text) {
    g.writeStartObject();
    text.texts().forEach(g::writeStringProperty);
    g.writeEndObject();
  }

  static LocalizedText localizedText(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw TokenReader.wrongType(p, "an object from language tag to text");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    Map<String, String> texts = new LinkedHashMap<>();
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String tag = p.currentName();
      if (texts.size() == Limits.LANGUAGES) {
        throw JsonDataException.at(
            p,
            "Invalid LocalizedText: languages: must hold at most "
                + Limits.LANGUAGES
                + " languages");
      }
      if (texts.containsKey(tag)) {
        throw JsonDataException.at(
            p,
            "Invalid LocalizedText: languages: must not repeat a"
                + " language ('"
                + TokenReader.shorten(tag)
                + "')");
      }
      p.nextToken();
      texts.put(tag, TokenReader.string(p));
    }
    return TokenReader.build(p, start, "LocalizedText", () -> LocalizedText.of(texts));
  }

  static void write(JsonGenerator g, Money money) {
    g.writeStartObject();
    g.writeStringProperty("amount", money.amount().toPlainString());
    g.writeStringProperty("currency", money.currency().getCurrencyCode());
    g.writeEndObject();
  }

  static Money money(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, MONEY);
    String amount = null;
    String currency = null;
    while (r.next()) {
      switch (r.name()) {
        case "amount" -> {
          amount = TokenReader.string(p);
          if (!DECIMAL.matcher(amount).matches()) {
            throw JsonDataException.at(
                p,
                "Invalid Money: amount: must be a decimal number such as"
                    + " 1000.00: digits, an optional fraction, no exponent ('"
                    + TokenReader.shorten(amount)
                    + "')");
          }
        }
        case "currency" -> currency = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    String a = amount;
    String c = currency;
    return r.build(() -> Money.of(a, c));
  }

  static void write(JsonGenerator g, Link link) {
    g.writeStartObject();
    g.writeStringProperty("uri", link.uri().toString());
    if (link.title() != null) {
      g.writeStringProperty("title", link.title());
    }
    g.writeStringProperty("kind", EnumJson.code(link.kind()));
    g.writeEndObject();
  }

  static Link link(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, LINK);
    String uri = null;
    String title = null;
    Link.Kind kind = null;
    while (r.next()) {
      switch (r.name()) {
        case "uri" -> uri = TokenReader.string(p);
        case "title" -> title = TokenReader.string(p);
        case "kind" -> kind = EnumJson.read(p, Link.Kind.class);
        default -> throw r.unexpected();
      }
    }
    String u = uri;
    String t = title;
    Link.Kind k = kind;
    return r.build(() -> Link.of(u, t, k));
  }

  static void write(JsonGenerator g, ExternalId id) {
    g.writeStartObject();
    g.writeStringProperty("scheme", id.scheme());
    g.writeStringProperty("value", id.value());
    g.writeEndObject();
  }

  static ExternalId externalId(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, EXTERNAL_ID);
    String scheme = null;
    String value = null;
    while (r.next()) {
      switch (r.name()) {
        case "scheme" -> scheme = TokenReader.string(p);
        case "value" -> value = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    String s = scheme;
    String v = value;
    return r.build(() -> ExternalId.of(s, v));
  }

  static void write(JsonGenerator g, ParticipantCount count) {
    g.writeStartObject();
    g.writeNumberProperty("value", count.value());
    g.writeStringProperty("qualifier", EnumJson.code(count.qualifier()));
    g.writeEndObject();
  }

  static ParticipantCount participantCount(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, PARTICIPANT_COUNT);
    int value = 0;
    ParticipantCount.Qualifier qualifier = null;
    while (r.next()) {
      switch (r.name()) {
        case "value" -> value = TokenReader.integer(p);
        case "qualifier" -> qualifier = EnumJson.read(p, ParticipantCount.Qualifier.class);
        default -> throw r.unexpected();
      }
    }
    r.require("value");
    int v = value;
    ParticipantCount.Qualifier q = qualifier;
    return r.build(() -> new ParticipantCount(v, q));
  }
}
