package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.spi.EventStore;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
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
final class JdbcEventStore implements EventStore {
  static final String KIND = "Event";

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, EVENT, EVENT.ID, EVENT.VERSION);

  private final TransactionContext transaction;

  JdbcEventStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Event> get(EventId id) {
    try {
      return transaction
          .read()
          .select(EventLists.SELECT)
          .from(EVENT)
          .where(EVENT.ID.eq(ColumnValues.id(id.value())))
          .fetchOptional(r -> EventReader.event(EventRow.of(r), EventLists.of(r)));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Event> getForUpdate(EventId id) {
    try {
      transaction.lockRow(EVENT, EVENT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<EventId> existing(Collection<EventId> ids) {
    try {
      return transaction
          .existing(EVENT, EVENT.ID, ids.stream().map(EventId::toString).toList())
          .stream()
          .map(id -> EventId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
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

  // Writing.

  @Override
  public void insert(Event event) {
    List<Event> events = List.of(event);
    DSLContext dsl = transaction.write();
    try {
      EventTableRows.of(events).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(events));
    }
  }

  /**
   * Inserts events as given, in as few statements as their number allows (on PostgreSQL by {@code
   * COPY}); for {@link JdbcStorage#insertEvents}.
   */
  void insertAll(List<Event> events) {
    DSLContext dsl = transaction.write();
    try {
      EventTableRows.of(events).forEach(table -> table.insertInBulk(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(events));
    }
  }

  @Override
  public void update(Event event, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(event.id().value());
    try {
      OWN_ROW.replace(
          dsl, id, expectedVersion, EventTableRows.of(List.of(event)), EventTableRows.CHILDREN);
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(List.of(event)));
    }
  }

  @Override
  public void delete(EventId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /** What a failed write of {@code events} can tell about its failure. */
  private TransactionContext.WriteFacts context(List<Event> events) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return field.equals("Event.id") && events.size() == 1
            ? events.get(0).id().toString()
            : null;
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
          default -> null;
        };
      }
    };
  }
}
