package org.coopkit.ical;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.model.Link;
import org.coopkit.model.PartialDate;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.Venue;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as an iCalendar (RFC 5545) feed: one {@code VCALENDAR} with a {@code VEVENT} per
 * event, for a project, a country or any {@link EventQuery}.
 *
 * <pre>{@code
 * IcsReport report = IcsExporter.create()
 *     .withCalendarName("Cybercrime EAP II")
 *     .write(coopkit, EventQuery.builder().project(project.id()).build(), out);
 * }</pre>
 *
 * <p>What each event becomes:
 *
 * <ul>
 *   <li>{@code UID}: the event's id and {@code @coopkit}, the same in every feed and every run, so
 *       that a calendar updates the entry rather than adding one;
 *   <li>{@code DTSTART}/{@code DTEND}: coopkit records an event's days, not its hours, so every
 *       event is an all-day entry ({@code VALUE=DATE}), the end the day after the last (RFC 5545
 *       ends are exclusive); no {@code VTIMEZONE} is needed for dates. An event whose dates are
 *       known only to the month or year, or not yet, is left out and counted in {@link
 *       IcsReport#withoutDays()};
 *   <li>{@code STATUS}: scheduled, held and moved-online events {@code CONFIRMED}, postponed ones
 *       {@code TENTATIVE} (their new date is not known), cancelled ones {@code CANCELLED};
 *   <li>{@code SUMMARY} the title, {@code DESCRIPTION} the description, in the chosen language
 *       (English when the text has none in it); {@code LOCATION} the venue's city and country;
 *       {@code URL} the event's first web page; {@code CATEGORIES} its type and topics;
 *   <li>{@code CREATED}, {@code LAST-MODIFIED} and {@code DTSTAMP} from the record's stamps, and
 *       {@code SEQUENCE} from its version, so a changed event supersedes the copy a calendar holds.
 * </ul>
 *
 * <p>Lines are folded at 75 octets and text is escaped as the RFC says. Instances are immutable and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class IcsExporter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** How many events a feed over a query reads per page. */
  static final int PAGE_SIZE = 200;

  private final Locale language;
  private final @Nullable String calendarName;

  private IcsExporter(Locale language, @Nullable String calendarName) {
    this.language = language;
    this.calendarName = calendarName;
  }

  /**
   * An exporter writing English texts and no calendar name.
   *
   * @return the exporter
   */
  public static IcsExporter create() {
    return new IcsExporter(Locale.ENGLISH, null);
  }

  /**
   * Returns an exporter writing titles and descriptions in {@code language} where the text has it.
   *
   * @param language the language to prefer
   * @return a new exporter
   */
  public IcsExporter withLanguage(Locale language) {
    return new IcsExporter(requireNonNull(language, "language"), calendarName);
  }

  /**
   * Returns an exporter that names the calendar ({@code NAME}, RFC 7986, and {@code X-WR-CALNAME},
   * which more calendar programs read).
   *
   * @param name the calendar's name, e.g. a project's title
   * @return a new exporter
   */
  public IcsExporter withCalendarName(String name) {
    return new IcsExporter(language, requireNonNull(name, "name"));
  }

  /**
   * Writes the events the query finds, every page of them, in the query's order; the stream is
   * flushed, not closed.
   *
   * @param coopkit where to search
   * @param query which events (its limit sets nothing: every page is read)
   * @param out where the feed goes
   * @return how many events were written and left out
   */
  public IcsReport write(Coopkit coopkit, EventQuery query, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(query, "query");
    Feed feed = new Feed(out);
    EventQuery page = query.toBuilder().limit(PAGE_SIZE).after(null).build();
    while (true) {
      Page<Event> found = coopkit.events().search(page);
      found.items().forEach(feed::event);
      if (found.nextCursor() == null) {
        return feed.end();
      }
      page = page.after(found.nextCursor());
    }
  }

  /**
   * Writes the given events, in their order; the stream is flushed, not closed.
   *
   * @param events the events
   * @param out where the feed goes
   * @return how many events were written and left out
   */
  public IcsReport write(Iterable<Event> events, OutputStream out) {
    requireNonNull(events, "events");
    Feed feed = new Feed(out);
    events.forEach(feed::event);
    return feed.end();
  }

  /** One feed being written. */
  private final class Feed {
    private final ContentLines lines;
    private long written;
    private long withoutDays;

    Feed(OutputStream out) {
      this.lines = new ContentLines(new BufferedOutputStream(requireNonNull(out, "out")));
      lines.line("BEGIN", "VCALENDAR");
      lines.line("VERSION", "2.0");
      lines.text("PRODID", "-//coopkit//coopkit events//EN");
      lines.line("CALSCALE", "GREGORIAN");
      lines.line("METHOD", "PUBLISH");
      if (calendarName != null) {
        lines.text("NAME", calendarName);
        lines.text("X-WR-CALNAME", calendarName);
      }
    }

    void event(Event e) {
      @Nullable PartialDate start = e.dates().start();
      @Nullable PartialDate end = e.dates().end();
      // A start or end that is not known to the day (or not known) has no honest calendar day.
      if (start == null
          || end == null
          || start.precision() != PartialDate.Precision.DAY
          || end.precision() != PartialDate.Precision.DAY) {
        withoutDays++;
        return;
      }
      lines.line("BEGIN", "VEVENT");
      lines.line("UID", e.id() + "@coopkit");
      lines.line("DTSTAMP", utc(e.updatedAt()));
      lines.line("DTSTART;VALUE=DATE", DATE.format(start.earliest()));
      lines.line("DTEND;VALUE=DATE", DATE.format(end.earliest().plusDays(1)));
      lines.text("SUMMARY", e.title().get(language));
      if (e.description() != null) {
        lines.text("DESCRIPTION", e.description().get(language));
      }
      String location = location(e.venue());
      if (location != null) {
        lines.text("LOCATION", location);
      }
      for (Link link : e.links()) {
        if (link.kind() == Link.Kind.WEB_PAGE) {
          lines.line("URL;VALUE=URI", link.uri().toString());
          break;
        }
      }
      lines.line("CATEGORIES", categories(e));
      lines.line("STATUS", status(e.status()));
      lines.line("CREATED", utc(e.createdAt()));
      lines.line("LAST-MODIFIED", utc(e.updatedAt()));
      lines.line("SEQUENCE", String.valueOf(Math.max(0, e.version() - 1)));
      lines.line("END", "VEVENT");
      written++;
    }

    IcsReport end() {
      lines.line("END", "VCALENDAR");
      lines.flush();
      return new IcsReport(written, withoutDays);
    }
  }

  private static String utc(Instant instant) {
    return UTC.format(instant);
  }

  private static @Nullable String location(@Nullable Venue venue) {
    if (venue == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (venue.city() != null) {
      parts.add(venue.city());
    }
    if (venue.country() != null) {
      parts.add(venue.country().englishName());
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** The type, then the topics: each escaped, then joined by the list's commas. */
  private static String categories(Event e) {
    List<String> values = new ArrayList<>();
    values.add(ContentLines.escape(e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    for (Topic topic : e.topics()) {
      values.add(ContentLines.escape(topic.label()));
    }
    return String.join(",", values);
  }

  static String status(EventStatus status) {
    return switch (status) {
      case SCHEDULED, HELD, MOVED_ONLINE -> "CONFIRMED";
      case POSTPONED -> "TENTATIVE";
      case CANCELLED -> "CANCELLED";
    };
  }
}
