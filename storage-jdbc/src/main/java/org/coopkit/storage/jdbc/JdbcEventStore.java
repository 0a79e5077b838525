package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.List;
import java.util.Objects;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.spi.EventStore;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;

/**
 * Events in the tables {@code event} and {@code event_*}. An event and all its lists are read in
 * one statement (MULTISET). A page of a search, in a read-only transaction (one snapshot), is two
 * statements: the page's event rows by the filters and the keyset (first day, id), then all their
 * lists by id; in a read-write transaction it is one, the page's ids in a derived table joined back
 * to the events and their lists.
 *
 * <p>The store runs the statements and translates their failures; what they hold is elsewhere: the
 * rows an event is written as in {@link EventTableRows}, a page's keyset query in {@link
 * EventPageQuery}, and the way back from rows to events in {@link EventReader} and {@link
 * EventLists}.
 */
final class JdbcEventStore extends JdbcAggregateStore<EventId, Event, EventQuery>
    implements EventStore {
  static final String KIND = "Event";

  JdbcEventStore(TransactionContext transaction) {
    super(
        transaction,
        new VersionedRows.OwnRow(KIND, EVENT, EVENT.ID, EVENT.VERSION),
        EventLists.SELECT,
        r -> EventReader.event(EventRow.of(r), EventLists.of(r)),
        EventTableRows::of,
        Event::id,
        EventId::of,
        EventId::value);
  }

  @Override
  public Page<Event> find(EventQuery query) {
    List<Event> found;
    try {
      DSLContext dsl = transaction.read();
      if (transaction.readOnly()) {
        // One snapshot for the transaction: the page's rows, then all their lists in a second
        // statement, which the database answers faster than a JSON-aggregated list per row.
        // jOOQ renders the page's statement; both are read in plain JDBC, because making a jOOQ
        // record of every row cost more on the client than the database took to answer.
        ResultQuery<Record> page = EventPageQuery.rowsOnly(dsl, query);
        String statement = dsl.render(page);
        List<Object> binds = dsl.extractBindValues(page);
        found = dsl.connectionResult(c -> EventReader.page(c, statement, binds));
      } else {
        // At READ COMMITTED two statements could see a writer's commit between them: one.
        found =
            EventPageQuery.withLists(dsl, query)
                .fetch(r -> EventReader.event(EventRow.of(r), EventLists.of(r)));
      }
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return Pages.of(found, query.limit(), EventSearch::cursorAfter);
  }

  @Override
  TransactionContext.WriteFacts writeFacts(List<Event> events) {
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return field.equals("Event.id")
            ? events.stream().map(e -> e.id().toString()).toList()
            : List.of();
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "event_project_project_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  events.stream()
                      .flatMap(e -> e.projects().stream())
                      .map(Object::toString)
                      .toList());
          case "event_component_component_fk" ->
              transaction.firstMissing(
                  COMPONENT,
                  COMPONENT.ID,
                  events.stream()
                      .flatMap(e -> e.components().stream())
                      .map(Object::toString)
                      .toList());
          case "event_organiser_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  events.stream()
                      .flatMap(e -> e.organisers().stream())
                      .map(o -> o.organisation().toString())
                      .toList());
          case "event_part_of_fk" ->
              transaction.firstMissing(
                  EVENT,
                  EVENT.ID,
                  events.stream()
                      .map(Event::partOf)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          default -> null;
        };
      }
    };
  }
}
