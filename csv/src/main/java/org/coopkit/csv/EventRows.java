package org.coopkit.csv;

import static org.coopkit.csv.EventField.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.Ids;
import org.coopkit.UnitOfWork;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/** Rows as events: each a new event, or, with an external id already stored, a change of it. */
final class EventRows implements RecordKind<EventField, Event> {
  /** The field that fills each top-level path of the model's violations. */
  private static final Map<String, EventField> BY_PATH =
      Map.ofEntries(
          Map.entry("title", TITLE),
          Map.entry("type", TYPE),
          Map.entry("status", STATUS),
          Map.entry("format", FORMAT),
          Map.entry("venue", CITY),
          Map.entry("participation", PARTICIPANTS),
          Map.entry("topics", TOPICS),
          Map.entry("projects", PROJECTS),
          Map.entry("components", PROJECTS),
          Map.entry("description", DESCRIPTION),
          Map.entry("externalIds", EXTERNAL_ID));

  private final Ids ids;
  private final String language;
  private final List<DateTimeFormatter> formatters;
  private final List<String> patterns;
  private final ReferenceLookup references = new ReferenceLookup();

  EventRows(Ids ids, CsvMapping<EventField> mapping) {
    this.ids = ids;
    this.language = mapping.language();
    this.formatters = CellReader.formatters(mapping);
    this.patterns = mapping.dateFormats();
  }

  @Override
  public @Nullable Event read(Row<EventField> row, UnitOfWork tx) {
    Event.Builder b = Event.builder().id(ids.newEventId());
    String title = row.text(TITLE);
    if (title == null) {
      row.problem(TITLE, "must not be empty", null);
    } else {
      LocalizedText text = row.attempt(TITLE, () -> LocalizedText.of(language, title));
      if (text != null) {
        b.title(text);
      }
    }
    EventType type = constant(row, TYPE, EventType.class);
    if (type != null) {
      b.type(type);
    }
    EventStatus status = constant(row, STATUS, EventStatus.class);
    if (status != null) {
      b.status(status);
    }
    EventFormat format = constant(row, FORMAT, EventFormat.class);
    if (format != null) {
      b.format(format);
    }
    EventDates dates = dates(row);
    if (dates != null) {
      b.dates(dates);
    }
    b.venue(venue(row));
    Participation participation = participation(row);
    if (participation != null) {
      b.participation(participation);
    }
    for (String label : row.items(TOPICS)) {
      Topic topic = row.attempt(TOPICS, () -> Topic.of(label));
      if (topic != null) {
        b.addTopic(topic);
      }
    }
    for (String project : row.items(PROJECTS)) {
      ProjectId id = row.attempt(PROJECTS, () -> references.project(tx, project));
      if (id != null) {
        b.addProject(id);
      }
    }
    String description = row.text(DESCRIPTION);
    if (description != null) {
      b.description(row.attempt(DESCRIPTION, () -> LocalizedText.of(language, description)));
    }
    String externalId = row.text(EXTERNAL_ID);
    if (externalId != null) {
      ExternalId id = row.attempt(EXTERNAL_ID, () -> CellReader.externalId(externalId));
      if (id != null) {
        b.addExternalId(id);
      }
    }
    if (row.hasProblems()) {
      return null;
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      row.violations(e, EventRows::field);
      return null;
    }
  }

  private static <E extends Enum<E>> @Nullable E constant(
      Row<EventField> row, EventField field, Class<E> type) {
    String text = row.text(field);
    return text == null ? null : row.attempt(field, () -> CellReader.constant(type, text));
  }

  /** The dates from one date column, or a start and an end, or an "on or before" day. */
  private @Nullable EventDates dates(Row<EventField> row) {
    PartialDate date = partialDate(row, DATE);
    PartialDate start = partialDate(row, START);
    PartialDate end = partialDate(row, END);
    String onOrBeforeText = row.text(ON_OR_BEFORE);
    LocalDate onOrBefore =
        onOrBeforeText == null
            ? null
            : row.attempt(ON_OR_BEFORE, () -> CellReader.day(onOrBeforeText, formatters, patterns));
    if (row.hasProblems()) {
      return null;
    }
    if (date != null) {
      if (start != null || end != null) {
        row.problem(DATE, "must be empty when start or end is given", date.toString());
        return null;
      }
      start = date;
      end = date;
    }
    if (end != null && start == null) {
      row.problem(END, "must come with a start", end.toString());
      return null;
    }
    if (onOrBefore != null && start != null) {
      row.problem(ON_OR_BEFORE, "must be empty when the start is known", onOrBefore.toString());
      return null;
    }
    try {
      return EventDates.ofParts(start, end, null, onOrBefore);
    } catch (ValidationException e) {
      row.violations(
          e,
          path -> path.endsWith("end") ? END : path.endsWith("onOrBefore") ? ON_OR_BEFORE : START);
      return null;
    }
  }

  private @Nullable PartialDate partialDate(Row<EventField> row, EventField field) {
    String text = row.text(field);
    return text == null
        ? null
        : row.attempt(field, () -> CellReader.date(text, formatters, patterns));
  }

  private static @Nullable Venue venue(Row<EventField> row) {
    String name = row.text(VENUE);
    String city = row.text(CITY);
    String countryText = row.text(COUNTRY);
    CountryCode country =
        countryText == null ? null : row.attempt(COUNTRY, () -> CellReader.country(countryText));
    if (name == null && city == null && country == null) {
      return null;
    }
    try {
      return new Venue(name, city, country);
    } catch (ValidationException e) {
      row.violations(
          e, path -> path.endsWith("name") ? VENUE : path.endsWith("country") ? COUNTRY : CITY);
      return null;
    }
  }

  private static @Nullable Participation participation(Row<EventField> row) {
    ParticipantCount.Qualifier qualifier =
        constant(row, PARTICIPANTS_QUALIFIER, ParticipantCount.Qualifier.class);
    String text = row.text(PARTICIPANTS);
    ParticipantCount total =
        text == null
            ? null
            : row.attempt(PARTICIPANTS, () -> CellReader.participants(text, qualifier));
    Set<CountryCode> countries = new LinkedHashSet<>();
    for (String item : row.items(PARTICIPANT_COUNTRIES)) {
      CountryCode country = row.attempt(PARTICIPANT_COUNTRIES, () -> CellReader.country(item));
      if (country != null) {
        countries.add(country);
      }
    }
    if (total == null && countries.isEmpty()) {
      return null;
    }
    try {
      return Participation.builder().total(total).countries(countries).build();
    } catch (ValidationException e) {
      row.violations(e, path -> path.contains("countr") ? PARTICIPANT_COUNTRIES : PARTICIPANTS);
      return null;
    }
  }

  private static @Nullable EventField field(String path) {
    if (path.startsWith("dates")) {
      return path.endsWith("end") ? END : path.endsWith("onOrBefore") ? ON_OR_BEFORE : START;
    }
    return BY_PATH.get(Row.head(path));
  }

  @Override
  public void store(UnitOfWork tx, Event event) {
    if (event.externalIds().isEmpty()) {
      tx.events().create(event);
    } else {
      tx.events().upsertByExternalId(event.externalIds().get(0), event);
    }
  }

  @Override
  public void refused(Row<EventField> row, CoopkitException refusal) {
    if (refusal instanceof ValidationException e) {
      row.violations(e, EventRows::field);
    } else if (refusal instanceof BrokenReferenceException e && field(e.path()) != null) {
      row.problem(field(e.path()), "must name a stored " + e.targetKind(), e.targetId());
    } else {
      row.problem(refusal.getMessage());
    }
  }
}
