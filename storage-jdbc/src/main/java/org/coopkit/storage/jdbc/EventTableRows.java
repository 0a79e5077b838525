package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_KEY_MESSAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PARTICIPATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REACH;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REPORTED_FIGURE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TOPIC;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.ReportedFigure;
import org.coopkit.model.event.Venue;
import org.coopkit.query.internal.SearchText;

/**
 * The rows an event is written as: its {@code event} row and the rows of each child table ({@code
 * event_text}, {@code event_project}, … and {@code event_reach}, the days by country that searches
 * read). Apart from {@link JdbcEventStore} so that the mapping of an event to columns reads on its
 * own; the store inserts, updates and bulk-loads these rows alike.
 */
final class EventTableRows {
  /** The {@code field_name} of an event's title in {@code event_text}. */
  static final String TITLE = "TITLE";

  /** The {@code field_name} of an event's description in {@code event_text}. */
  static final String DESCRIPTION = "DESCRIPTION";

  /** The {@code field_name} of the key messages' texts in {@code event_text}, by item. */
  static final String KEY_MESSAGE = "KEY_MESSAGE";

  /** The columns of {@code event_external_id}. */
  static final LinkAndIdRows.ExternalIdColumns EXTERNAL_IDS =
      LinkAndIdRows.ExternalIdColumns.of(EVENT_EXTERNAL_ID.EVENT_ID);

  private EventTableRows() {}

  /** The rows of {@code events}: the {@code event} rows first, then each child table's. */
  static List<TableRows> of(Collection<Event> events) {
    TableRows root =
        TableRows.of(
            EVENT.ID,
            EVENT.EVENT_TYPE,
            EVENT.STATUS,
            EVENT.EVENT_FORMAT,
            EVENT.START_DATE,
            EVENT.END_DATE,
            EVENT.TIME_ZONE,
            EVENT.FIRST_DAY,
            EVENT.LAST_DAY,
            EVENT.SPAN_CLASS,
            EVENT.VENUE_NAME,
            EVENT.VENUE_CITY,
            EVENT.VENUE_COUNTRY,
            EVENT.PARTICIPANTS_TOTAL,
            EVENT.PARTICIPANTS_QUALIFIER,
            EVENT.COUNTRY_COUNT,
            EVENT.COUNTRY_COUNT_QUALIFIER,
            EVENT.ORGANISATION_COUNT,
            EVENT.ORGANISATION_COUNT_QUALIFIER,
            EVENT.EXPERTS,
            EVENT.EXPERTS_QUALIFIER,
            EVENT.PARTICIPATION_NOTE,
            EVENT.ON_OR_BEFORE,
            EVENT.PART_OF,
            EVENT.SERIES_CODE,
            EVENT.SERIES_NAME,
            EVENT.SEARCH_TEXT,
            EVENT.VERSION,
            EVENT.CREATED_AT,
            EVENT.UPDATED_AT);
    TableRows texts =
        TableRows.of(
            EVENT_TEXT.EVENT_ID,
            EVENT_TEXT.FIELD_NAME,
            EVENT_TEXT.ITEM,
            EVENT_TEXT.LANG,
            EVENT_TEXT.POSITION,
            EVENT_TEXT.CONTENT);
    TableRows projects =
        TableRows.of(EVENT_PROJECT.EVENT_ID, EVENT_PROJECT.PROJECT_ID, EVENT_PROJECT.POSITION);
    TableRows components =
        TableRows.of(
            EVENT_COMPONENT.EVENT_ID, EVENT_COMPONENT.COMPONENT_ID, EVENT_COMPONENT.POSITION);
    TableRows organisers =
        TableRows.of(
            EVENT_ORGANISER.EVENT_ID,
            EVENT_ORGANISER.ORGANISATION_ID,
            EVENT_ORGANISER.ORGANISER_ROLE,
            EVENT_ORGANISER.POSITION);
    TableRows participation =
        TableRows.of(
            EVENT_PARTICIPATION.EVENT_ID, EVENT_PARTICIPATION.COUNTRY,
            EVENT_PARTICIPATION.PARTICIPANTS, EVENT_PARTICIPATION.QUALIFIER);
    TableRows topics =
        TableRows.of(
            EVENT_TOPIC.EVENT_ID, EVENT_TOPIC.TOPIC, EVENT_TOPIC.TOPIC_KEY, EVENT_TOPIC.POSITION);
    TableRows keyMessages =
        TableRows.of(
            EVENT_KEY_MESSAGE.EVENT_ID, EVENT_KEY_MESSAGE.POSITION, EVENT_KEY_MESSAGE.ADOPTED);
    TableRows links =
        TableRows.of(
            EVENT_LINK.EVENT_ID,
            EVENT_LINK.POSITION,
            EVENT_LINK.URI,
            EVENT_LINK.TITLE,
            EVENT_LINK.LINK_KIND);
    TableRows reach =
        TableRows.of(
            EVENT_REACH.EVENT_ID,
            EVENT_REACH.COUNTRY,
            EVENT_REACH.FIRST_DAY,
            EVENT_REACH.LAST_DAY,
            EVENT_REACH.SPAN_CLASS);
    TableRows externalIds = EXTERNAL_IDS.rows();
    TableRows reported =
        TableRows.of(
            EVENT_REPORTED_FIGURE.EVENT_ID,
            EVENT_REPORTED_FIGURE.POSITION,
            EVENT_REPORTED_FIGURE.PARTICIPANTS,
            EVENT_REPORTED_FIGURE.QUALIFIER,
            EVENT_REPORTED_FIGURE.SOURCE,
            EVENT_REPORTED_FIGURE.REPORTED_ON);
    for (Event e : events) {
      String id = IdText.of(e.id().value());
      EventDates dates = e.dates();
      EventSeries series = e.series();
      LocalDate firstDay = e.dates().firstDay();
      LocalDate lastDay = e.dates().lastDay();
      short spanClass = SpanClass.of(firstDay, lastDay);
      Venue venue = e.venue();
      Participation p = e.participation();
      ParticipantCount total = p.total();
      ParticipantCount countries = p.countryCount();
      ParticipantCount organisations = p.organisationCount();
      ParticipantCount experts = p.experts();
      root.add(
          id,
          e.type().name(),
          e.status().name(),
          e.format().name(),
          dates.start() == null ? null : dates.start().toString(),
          dates.end() == null ? null : dates.end().toString(),
          e.dates().timeZone() == null ? null : e.dates().timeZone().getId(),
          firstDay,
          lastDay,
          spanClass,
          venue == null ? null : venue.name(),
          venue == null ? null : venue.city(),
          venue == null ? null : TextForms.country(venue.country()),
          total == null ? null : total.value(),
          total == null ? null : total.qualifier().name(),
          countries == null ? null : countries.value(),
          countries == null ? null : countries.qualifier().name(),
          organisations == null ? null : organisations.value(),
          organisations == null ? null : organisations.qualifier().name(),
          experts == null ? null : experts.value(),
          experts == null ? null : experts.qualifier().name(),
          p.note(),
          dates.onOrBefore(),
          e.partOf() == null ? null : IdText.of(e.partOf().value()),
          series == null ? null : series.code(),
          series == null ? null : series.name(),
          SearchText.of(e),
          e.version(),
          e.createdAt(),
          e.updatedAt());
      TextRows.append(texts.rows(), e.title(), id, TITLE, 0);
      TextRows.append(texts.rows(), e.description(), id, DESCRIPTION, 0);
      for (int i = 0; i < e.keyMessages().size(); i++) {
        KeyMessage message = e.keyMessages().get(i);
        TextRows.append(texts.rows(), message.text(), id, KEY_MESSAGE, i);
        keyMessages.add(id, i, message.adopted());
      }
      for (int i = 0; i < e.projects().size(); i++) {
        projects.add(id, e.projects().get(i).toString(), i);
      }
      for (int i = 0; i < e.components().size(); i++) {
        components.add(id, e.components().get(i).toString(), i);
      }
      for (int i = 0; i < e.organisers().size(); i++) {
        Organiser o = e.organisers().get(i);
        organisers.add(id, o.organisation().toString(), o.role().name(), i);
      }
      Map<CountryCode, ParticipantCount> byCountry = e.participation().byCountry();
      for (CountryCode country : e.participation().countries()) {
        ParticipantCount count = byCountry.get(country);
        participation.add(
            id,
            country.alpha2(),
            count == null ? null : count.value(),
            count == null ? null : count.qualifier().name());
      }
      int position = 0;
      for (Topic topic : e.topics()) {
        topics.add(id, topic.label(), topic.key(), position++);
      }
      for (int i = 0; i < e.links().size(); i++) {
        Link link = e.links().get(i);
        links.add(id, i, link.uri().toString(), link.title(), link.kind().name());
      }
      EXTERNAL_IDS.append(externalIds, id, e.externalIds());
      for (int i = 0; i < p.reported().size(); i++) {
        ReportedFigure f = p.reported().get(i);
        reported.add(
            id,
            i,
            f.count().value(),
            f.count().qualifier().name(),
            f.source(),
            f.reportedOn() == null ? null : f.reportedOn().toString());
      }
      Set<String> reached = new TreeSet<>();
      if (venue != null && venue.country() != null) {
        reached.add(venue.country().alpha2());
      }
      e.participation().countries().forEach(c -> reached.add(c.alpha2()));
      for (String country : reached) {
        reach.add(id, country, firstDay, lastDay, spanClass);
      }
    }
    return List.of(
        root,
        texts,
        projects,
        components,
        organisers,
        participation,
        topics,
        keyMessages,
        links,
        externalIds,
        reported,
        reach);
  }
}
