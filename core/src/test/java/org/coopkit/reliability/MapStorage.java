package org.coopkit.reliability;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.query.internal.SearchText;
import org.coopkit.spi.AggregateStore;
import org.coopkit.spi.ContactStore;
import org.coopkit.spi.EventStore;
import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.Storage;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;

/**
 * A plain {@link Storage} for core's own tests, which cannot use the storage modules (they depend
 * on core): sorted maps behind one lock, each transaction undone on failure by restoring a copy
 * taken at its start. Queries filter with the queries' own {@code matches} and page by their sort
 * keys, as the SPI defines. Slow for large data, exact for small; no reports.
 */
final class MapStorage implements Storage {
  private final ReentrantLock lock = new ReentrantLock();
  private final Projects projects = new Projects();
  private final Events events = new Events();
  private final Contacts contacts = new Contacts();
  private final Organisations organisations = new Organisations();
  private final StorageSession session =
      new StorageSession() {
        @Override
        public ProjectStore projects() {
          return projects;
        }

        @Override
        public EventStore events() {
          return events;
        }

        @Override
        public ContactStore contacts() {
          return contacts;
        }

        @Override
        public OrganisationStore organisations() {
          return organisations;
        }

        @Override
        public ReportStore reports() {
          throw new UnsupportedOperationException("MapStorage aggregates no reports");
        }
      };

  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    lock.lock();
    try {
      List<Map<?, ?>> before =
          List.of(projects.copy(), events.copy(), contacts.copy(), organisations.copy());
      try {
        return work.run(session);
      } catch (RuntimeException | Error failure) {
        projects.restore(before.get(0));
        events.restore(before.get(1));
        contacts.restore(before.get(2));
        organisations.restore(before.get(3));
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Every value the storage holds, in no particular order: to look for what must be gone. */
  List<Object> everything() {
    lock.lock();
    try {
      return List.of(
              projects.rows.values(),
              events.rows.values(),
              contacts.rows.values(),
              organisations.rows.values())
          .stream()
          .flatMap(Collection::stream)
          .map(Object.class::cast)
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** One kind of aggregate in a sorted map; its query type says how to filter and order. */
  private static class Table<I extends Comparable<I>, A, Q> implements AggregateStore<I, A, Q> {
    private final String kind;
    private final Function<A, I> id;
    private final Function<I, UUID> uuid;
    private final ToLongFunction<A> version;
    private final Function<A, String> sortKey;
    private final BiPredicate<Q, A> matches;
    private final BiPredicate<Q, A> afterCursor;
    private final Function<Q, SortDirection> direction;
    private final ToIntFunction<Q> limit;
    TreeMap<I, A> rows = new TreeMap<>();

    Table(
        String kind,
        Function<A, I> id,
        Function<I, UUID> uuid,
        ToLongFunction<A> version,
        Function<A, String> sortKey,
        BiPredicate<Q, A> matches,
        BiPredicate<Q, A> afterCursor,
        Function<Q, SortDirection> direction,
        ToIntFunction<Q> limit) {
      this.kind = kind;
      this.id = id;
      this.uuid = uuid;
      this.version = version;
      this.sortKey = sortKey;
      this.matches = matches;
      this.afterCursor = afterCursor;
      this.direction = direction;
      this.limit = limit;
    }

    Map<I, A> copy() {
      return new TreeMap<>(rows);
    }

    @SuppressWarnings("unchecked")
    void restore(Map<?, ?> copy) {
      rows = new TreeMap<>((Map<I, A>) copy);
    }

    @Override
    public Optional<A> get(I key) {
      return Optional.ofNullable(rows.get(key));
    }

    @Override
    public Set<I> existing(Collection<I> ids) {
      return ids.stream().filter(rows::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void insert(A aggregate) {
      I key = id.apply(aggregate);
      if (rows.containsKey(key)) {
        throw new DuplicateException(kind + ".id", key.toString());
      }
      rows.put(key, aggregate);
    }

    @Override
    public void update(A aggregate, long expectedVersion) {
      I key = id.apply(aggregate);
      checkVersion(key, expectedVersion);
      rows.put(key, aggregate);
    }

    @Override
    public void delete(I key, long expectedVersion) {
      checkVersion(key, expectedVersion);
      rows.remove(key);
    }

    private void checkVersion(I key, long expected) {
      A current = rows.get(key);
      if (current == null) {
        throw new NotFoundException(kind, key.toString());
      }
      long actual = version.applyAsLong(current);
      if (actual != expected) {
        throw new ConflictException(kind, key.toString(), expected, actual);
      }
    }

    @Override
    public Page<A> find(Q query) {
      Comparator<A> order =
          Comparator.comparing(sortKey, SearchText::compareKeys).thenComparing(id);
      if (direction.apply(query) == SortDirection.DESCENDING) {
        order = order.reversed();
      }
      int size = limit.applyAsInt(query);
      List<A> found =
          rows.values().stream()
              .filter(a -> matches.test(query, a) && afterCursor.test(query, a))
              .sorted(order)
              .limit(size + 1L)
              .toList();
      if (found.size() <= size) {
        return Page.last(found);
      }
      A last = found.get(size - 1);
      return new Page<>(found.subList(0, size), cursorAfter(last));
    }
  }

  private static final class Projects extends Table<ProjectId, Project, ProjectQuery>
      implements ProjectStore {
    Projects() {
      super(
          "Project",
          Project::id,
          ProjectId::value,
          Project::version,
          ProjectSearch::sortKey,
          ProjectSearch::matches,
          ProjectSearch::isAfterCursor,
          ProjectQuery::direction,
          ProjectQuery::limit);
    }

    @Override
    public Optional<Project> getByCode(String code) {
      return rows.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public void insert(Project project) {
      if (getByCode(project.code()).isPresent()) {
        throw new DuplicateException("Project.code", project.code());
      }
      super.insert(project);
    }
  }

  private static final class Events extends Table<EventId, Event, EventQuery>
      implements EventStore {
    Events() {
      super(
          "Event",
          Event::id,
          EventId::value,
          Event::version,
          EventSearch::sortKey,
          EventSearch::matches,
          EventSearch::isAfterCursor,
          EventQuery::direction,
          EventQuery::limit);
    }
  }

  private static final class Contacts extends Table<ContactId, Contact, ContactQuery>
      implements ContactStore {
    Contacts() {
      super(
          "Contact",
          Contact::id,
          ContactId::value,
          Contact::version,
          ContactSearch::sortKey,
          ContactSearch::matches,
          ContactSearch::isAfterCursor,
          ContactQuery::direction,
          ContactQuery::limit);
    }
  }

  private static final class Organisations
      extends Table<OrganisationId, Organisation, OrganisationQuery> implements OrganisationStore {
    Organisations() {
      super(
          "Organisation",
          Organisation::id,
          OrganisationId::value,
          Organisation::version,
          OrganisationSearch::sortKey,
          OrganisationSearch::matches,
          OrganisationSearch::isAfterCursor,
          OrganisationQuery::direction,
          OrganisationQuery::limit);
    }
  }

  /** The cursor a store returns after {@code last}, as the query of its kind makes it. */
  private static String cursorAfter(Object last) {
    if (last instanceof org.coopkit.model.event.Event e) {
      return EventSearch.cursorAfter(e);
    }
    if (last instanceof org.coopkit.model.project.Project p) {
      return ProjectSearch.cursorAfter(p);
    }
    if (last instanceof org.coopkit.model.contact.Contact c) {
      return ContactSearch.cursorAfter(c);
    }
    return OrganisationSearch.cursorAfter((org.coopkit.model.organisation.Organisation) last);
  }
}
