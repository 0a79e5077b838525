package org.coopkit.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IcsExporterTest {
  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private final Project project =
      coopkit
          .projects()
          .create(
              Project.builder()
                  .id(coopkit.ids().newProjectId())
                  .code("cyber-east")
                  .title("CyberEast")
                  .build());

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void writesEveryFieldOfAnEventSoThatACalendarLibraryReadsItBack() throws Exception {
    Event conference =
        coopkit
            .events()
            .create(
                event("Regional conference; cybercrime, e-evidence\nand cooperation")
                    .dates(
                        EventDates.of(LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), null))
                    .venue(Venue.of("Baku", CountryCode.of("AZ")))
                    .description(LocalizedText.of("Three days.\nTwo panels, one report"))
                    .topics(Set.of(Topic.of("Octopus, Budapest Convention")))
                    .links(List.of(Link.of("https://example.org/events/baku", Link.Kind.WEB_PAGE)))
                    .build());
    Event cancelled = coopkit.events().cancel(conference.id(), conference.version());

    VEvent parsed = single(parse(export(List.of(cancelled))));

    assertThat(value(parsed, "UID")).isEqualTo(conference.id() + "@coopkit");
    assertThat(value(parsed, "DTSTART")).isEqualTo("20171009");
    assertThat(value(parsed, "DTEND")).isEqualTo("20171012");
    assertThat(value(parsed, "SUMMARY"))
        .isEqualTo("Regional conference; cybercrime, e-evidence\nand cooperation");
    assertThat(value(parsed, "DESCRIPTION")).isEqualTo("Three days.\nTwo panels, one report");
    assertThat(value(parsed, "LOCATION")).isEqualTo("Baku, Azerbaijan");
    assertThat(value(parsed, "URL")).isEqualTo("https://example.org/events/baku");
    assertThat(value(parsed, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(parsed, "SEQUENCE")).isEqualTo(String.valueOf(cancelled.version() - 1));
    Categories categories = parsed.<Categories>getProperty("CATEGORIES").orElseThrow();
    assertThat(categories.getCategories().getTexts())
        .containsExactly("conference", "Octopus, Budapest Convention");
  }

  @Test
  void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
    String title = "Семинар по электронным доказательствам 🔐 ".repeat(6).strip();
    coopkit.events().create(event(title).build());

    byte[] feed = export(coopkit);

    // every line decodes on its own: no fold fell inside a character
    for (String line : new String(feed, StandardCharsets.UTF_8).split("\r\n")) {
      byte[] octets = line.getBytes(StandardCharsets.UTF_8);
      assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(octets));
    }
    assertThat(value(single(parse(feed)), "SUMMARY")).isEqualTo(title);
  }

  @Test
  void leavesOutEventsWhoseDaysAreNotKnownAndCountsThem() throws Exception {
    coopkit.events().create(event("Known to the day").build());
    coopkit
        .events()
        .create(
            event("Known to the month").dates(EventDates.on(PartialDate.ofMonth(2018, 5))).build());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IcsReport report =
        IcsExporter.create()
            .write(coopkit, EventQuery.builder().project(project.id()).build(), out);

    assertThat(report).isEqualTo(new IcsReport(1, 1));
    assertThat(value(single(parse(out.toByteArray())), "SUMMARY")).isEqualTo("Known to the day");
  }

  @Test
  void writesEveryPageOfAQueryInOrder() throws Exception {
    int count = IcsExporter.PAGE_SIZE + 7;
    for (int i = 0; i < count; i++) {
      coopkit
          .events()
          .create(
              event("Session " + i)
                  .dates(
                      EventDates.of(
                          LocalDate.of(2019, 1, 1).plusDays(i),
                          LocalDate.of(2019, 1, 1).plusDays(i),
                          null))
                  .build());
    }

    List<VEvent> events = parse(export(coopkit)).getComponents(Component.VEVENT);

    assertThat(events).hasSize(count);
    assertThat(value(events.get(count - 1), "SUMMARY")).isEqualTo("Session " + (count - 1));
  }

  @Test
  void mapsEachStatusToTheCalendarsStatus() {
    assertThat(IcsExporter.status(EventStatus.SCHEDULED)).isEqualTo("CONFIRMED");
    assertThat(IcsExporter.status(EventStatus.HELD)).isEqualTo("CONFIRMED");
    assertThat(IcsExporter.status(EventStatus.MOVED_ONLINE)).isEqualTo("CONFIRMED");
    assertThat(IcsExporter.status(EventStatus.POSTPONED)).isEqualTo("TENTATIVE");
    assertThat(IcsExporter.status(EventStatus.CANCELLED)).isEqualTo("CANCELLED");
  }

  @Test
  void namesTheCalendarWhenAsked() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IcsExporter.create().withCalendarName("CyberEast, events").write(List.of(), out);

    Calendar calendar = parse(out.toByteArray());

    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("CyberEast, events");
    assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
  }

  private Event.Builder event(String title) {
    return Event.builder()
        .id(coopkit.ids().newEventId())
        .addProject(project.id())
        .title(title)
        .type(EventType.CONFERENCE)
        .status(EventStatus.SCHEDULED)
        .dates(EventDates.of(LocalDate.of(2018, 3, 20), LocalDate.of(2018, 3, 20), null));
  }

  private byte[] export(Coopkit from) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IcsExporter.create().write(from, EventQuery.builder().project(project.id()).build(), out);
    return out.toByteArray();
  }

  private static byte[] export(List<Event> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IcsExporter.create().write(events, out);
    return out.toByteArray();
  }

  private static Calendar parse(byte[] feed) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(feed));
  }

  private static VEvent single(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
