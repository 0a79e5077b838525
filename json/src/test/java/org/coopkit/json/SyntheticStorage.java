package org.coopkit.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.EventSearch;
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
 * A storage that holds nothing: as a source it makes {@code events} events on demand, page by page;
 * as a target it counts the events inserted into it and forgets them. Every organisation and
 * project it is asked about exists. Memory stays the same whatever the number of events, so what
 * grows in a test with it is the code under test.
 */
final class SyntheticStorage implements Storage, StorageSession {
  static final ProjectId PROJECT = ProjectId.of(new UUID(0x0190_0000_0000_7000L, 1));
  static final OrganisationId ORGANISER = OrganisationId.of(new UUID(0x0190_0000_0000_7000L, 2));

  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  private final long events;
  private final long failAfter;
  private final AtomicLong inserted = new AtomicLong();
  private final AtomicLong checksum = new AtomicLong();

  private SyntheticStorage(long events, long failAfter) {
    this.events = events;
    this.failAfter = failAfter;
  }

  /** A source of {@code events} events. */
  static SyntheticStorage source(long events) {
    return new SyntheticStorage(events, Long.MAX_VALUE);
  }

  /** A source of {@code events} events that fails once it has handed out {@code failAfter}. */
  static SyntheticStorage failingSource(long events, long failAfter) {
    return new SyntheticStorage(events, failAfter);
  }

  /** A target that counts. */
  static SyntheticStorage sink() {
    return new SyntheticStorage(0, Long.MAX_VALUE);
  }

  long inserted() {
    return inserted.get();
  }

  /** The sum of the inserted events' id numbers, to check that each arrived once. */
  long checksum() {
    return checksum.get();
  }

  /**
   * The event numbered {@code n}, stored (version 1): a typical event with a title in two
   * languages, dates in a time zone, a venue and an organiser. Its values are shared between
   * events, so that making it costs little more than the event's own checks.
   */
  static Event event(long n) {
    return TEMPLATE.toBuilder()
        .id(EventId.of(new UUID(0x0190_0000_0000_7000L, n)))
        .dates(DATES.get((int) (n % DATES.size())))
        .build();
  }

  private static final List<EventDates> DATES = days();

  private static final Event TEMPLATE =
      Event.builder()
          .id(EventId.of(new UUID(0x0190_0000_0000_7000L, 0)))
          .addProject(PROJECT)
          .title(
              LocalizedText.of(
                  Map.of(
                      "en",
                      "Regional workshop on electronic evidence",
                      "fr",
                      "Atelier régional sur la preuve électronique")))
          .type(EventType.WORKSHOP)
          .status(EventStatus.HELD)
          .dates(EventDates.on(PartialDate.ofYear(2000)))
          .venue(new Venue("Hotel Excelsior", "Baku", CountryCode.of("AZ")))
          .addOrganiser(Organiser.of(ORGANISER, OrganiserRole.CO_ORGANISER))
          .version(1)
          .build();

  private static List<EventDates> days() {
    List<EventDates> dates = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate day = FIRST_DAY.plusDays(i * 7L);
      dates.add(EventDates.of(day, day.plusDays(2), ZoneId.of("Asia/Baku")));
    }
    return dates;
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    return work.run(this);
  }

  @Override
  public EventStore events() {
    return new EventStore() {
      @Override
      public Optional<Event> get(EventId id) {
        return Optional.empty();
      }

      @Override
      public Set<EventId> existing(Collection<EventId> ids) {
        return Set.of();
      }

      @Override
      public void insert(Event event) {
        inserted.incrementAndGet();
        checksum.addAndGet(event.id().value().getLeastSignificantBits());
      }

      @Override
      public void update(Event event, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(EventId id, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Page<Event> find(EventQuery query) {
        long first = query.after() == null ? 0 : query.after().id().getLeastSignificantBits() + 1;
        if (first >= failAfter) {
          throw new StorageUnavailableException("synthetic failure", true, null);
        }
        long end = Math.min(events, first + query.limit());
        List<Event> items = new ArrayList<>();
        for (long n = first; n < end; n++) {
          items.add(event(n));
        }
        String next =
            end < events
                ? EventSearch.cursor(LocalDate.of(2020, 1, 1).toString(), new UUID(0, end - 1))
                : null;
        return new Page<>(items, next);
      }
    };
  }

  @Override
  public ProjectStore projects() {
    Project project = Project.builder().id(PROJECT).code("synthetic").title("Synthetic").build();
    return new ProjectStore() {
      @Override
      public Optional<Project> getByCode(String code) {
        return Optional.empty();
      }

      @Override
      public Optional<Project> get(ProjectId id) {
        return Optional.of(project);
      }

      @Override
      public Set<ProjectId> existing(Collection<ProjectId> ids) {
        return Set.copyOf(ids);
      }

      @Override
      public void insert(Project aggregate) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void update(Project aggregate, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(ProjectId id, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Page<Project> find(ProjectQuery query) {
        return Page.last(List.of());
      }
    };
  }

  @Override
  public ReportStore reports() {
    throw new UnsupportedOperationException("synthetic storage serves exports, not reports");
  }

  @Override
  public OrganisationStore organisations() {
    return new OrganisationStore() {
      @Override
      public Optional<Organisation> get(OrganisationId id) {
        return Optional.empty();
      }

      @Override
      public Set<OrganisationId> existing(Collection<OrganisationId> ids) {
        return Set.copyOf(ids);
      }

      @Override
      public void insert(Organisation aggregate) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void update(Organisation aggregate, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(OrganisationId id, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Page<Organisation> find(OrganisationQuery query) {
        return Page.last(List.of());
      }
    };
  }

  @Override
  public ContactStore contacts() {
    return new ContactStore() {
      @Override
      public Optional<Contact> get(ContactId id) {
        return Optional.empty();
      }

      @Override
      public Set<ContactId> existing(Collection<ContactId> ids) {
        return Set.of();
      }

      @Override
      public void insert(Contact aggregate) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void update(Contact aggregate, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(ContactId id, long expectedVersion) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Page<Contact> find(ContactQuery query) {
        return Page.last(List.of());
      }
    };
  }
}
