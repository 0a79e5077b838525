package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Events made from what a read returned: an {@link EventRow} and its {@link EventLists}. Apart from
 * {@link JdbcEventStore} so that the mapping of columns back to the model reads on its own, the
 * same for a one-statement read and for a page read in two statements.
 */
final class EventReader {
  private EventReader() {}

  /**
   * The events of a page: its event rows by {@code statement} (rendered by {@link EventPageQuery}),
   * then their lists by id in a second statement. Plain JDBC, because making a jOOQ record of every
   * row cost more on the client than the database took to answer.
   */
  static List<Event> page(Connection connection, String statement, List<Object> binds)
      throws SQLException {
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement page = connection.prepareStatement(statement)) {
      for (int i = 0; i < binds.size(); i++) {
        page.setObject(i + 1, binds.get(i));
      }
      try (ResultSet rs = page.executeQuery()) {
        while (rs.next()) {
          rows.add(EventRow.read(rs));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, EventLists> lists =
        EventLists.byId(connection, rows.stream().map(EventRow::id).distinct().toList());
    List<Event> events = new ArrayList<>(rows.size());
    for (EventRow row : rows) {
      events.add(event(row, lists.get(row.id())));
    }
    return events;
  }

  /** The count stored as a number and its qualifier's name, or {@code null} if none is. */
  private static @Nullable ParticipantCount count(
      @Nullable Integer value, @Nullable String qualifier) {
    return value == null
        ? null
        : new ParticipantCount(
            value, StoredEnums.valueOf(ParticipantCount.Qualifier.class, qualifier));
  }

  /** The event of {@code r} with its {@code lists}. */
  static Event event(EventRow r, EventLists lists) {
    String id = r.id();
    Map<String, TreeMap<Integer, LocalizedText>> texts = TextRows.read(lists.texts);
    List<ProjectId> projects = List.copyOf(lists.projects.values());
    List<ComponentId> components = List.copyOf(lists.components.values());
    List<Organiser> organisers = List.copyOf(lists.organisers.values());
    Set<CountryCode> countries = lists.countries;
    Map<CountryCode, ParticipantCount> byCountry = lists.byCountry;
    Participation participation =
        Participation.builder()
            .total(count(r.total(), r.qualifier()))
            .countries(countries)
            .byCountry(byCountry)
            .countryCount(count(r.countryCount(), r.countryCountQualifier()))
            .organisationCount(count(r.organisationCount(), r.organisationCountQualifier()))
            .experts(count(r.experts(), r.expertsQualifier()))
            .note(r.note())
            .reported(List.copyOf(lists.reported.values()))
            .build();
    Set<Topic> topics = new LinkedHashSet<>(lists.topics.values());
    List<LocalizedText> keyMessageTexts = TextRows.list(texts, EventTableRows.KEY_MESSAGE);
    List<KeyMessage> keyMessages = new ArrayList<>();
    lists.keyMessages.forEach(
        (position, adopted) ->
            keyMessages.add(new KeyMessage(keyMessageTexts.get(position), adopted)));
    List<Link> links = List.copyOf(lists.links.values());
    String zone = r.zone();
    EventDates dates =
        EventDates.ofParts(
            r.start() == null ? null : PartialDate.parse(r.start()),
            r.end() == null ? null : PartialDate.parse(r.end()),
            zone == null ? null : ZoneId.of(zone),
            r.onOrBefore());
    String partOf = r.partOf();
    String seriesCode = r.seriesCode();
    String venueName = r.venueName();
    String venueCity = r.venueCity();
    String venueCountry = r.venueCountry();
    Venue venue =
        venueName == null && venueCity == null && venueCountry == null
            ? null
            : new Venue(venueName, venueCity, TextForms.countryOrNull(venueCountry));
    return Event.builder()
        .id(EventId.of(IdText.uuid(id)))
        .projects(projects)
        .components(components)
        .title(TextRows.required(texts, EventTableRows.TITLE, "event " + id))
        .type(StoredEnums.valueOf(EventType.class, r.type()))
        .status(StoredEnums.valueOf(EventStatus.class, r.status()))
        .dates(dates)
        .format(StoredEnums.valueOf(EventFormat.class, r.format()))
        .venue(venue)
        .organisers(organisers)
        .participation(participation)
        .topics(topics)
        .keyMessages(keyMessages)
        .description(TextRows.single(texts, EventTableRows.DESCRIPTION))
        .links(links)
        .partOf(partOf == null ? null : EventId.of(IdText.uuid(partOf)))
        .series(seriesCode == null ? null : new EventSeries(seriesCode, r.seriesName()))
        .externalIds(List.copyOf(lists.externalIds.values()))
        .version(r.version())
        .createdAt(r.createdAt())
        .updatedAt(r.updatedAt())
        .build();
  }
}
