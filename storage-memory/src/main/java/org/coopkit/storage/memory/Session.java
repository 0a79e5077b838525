package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.history.Change;
import org.coopkit.model.Money;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.FactQuery;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SourceQuery;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;
import org.coopkit.spi.ContactStore;
import org.coopkit.spi.EventStore;
import org.coopkit.spi.HistoryStore;
import org.coopkit.spi.LogframeStore;
import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.SourceStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/**
 * The stores of one transaction. Usable only on the thread that runs the transaction and only until
 * its work returns: the tables are guarded by the storage's lock, which that thread holds exactly
 * that long, so any other use would read or write unguarded.
 */
final class Session implements StorageSession {
  private final Thread owner = Thread.currentThread();
  private final @Nullable UndoLog undo;
  private final Projects projects;
  private final Events events;
  private final Contacts contacts;
  private final Organisations organisations;
  private final ReportStore reports;
  private final Logframes results;
  private final HistoryStore history;
  private final SourceStore sources;
  private final ProvenanceStore provenance;
  // Read and written by the owner thread only; other threads fail the owner check first.
  private boolean open = true;

  /**
   * @param undo the undo log of a read-write transaction; {@code null} for a read-only one
   */
  Session(
      ProjectTable projects,
      EventTable events,
      ContactTable contacts,
      OrganisationTable organisations,
      HistoryTable history,
      SourceTable sources,
      ProvenanceTable provenance,
      LogframeTable results,
      @Nullable UndoLog undo) {
    this.undo = undo;
    this.sources = new Sources(this, sources);
    this.provenance = new Provenance(this, provenance);
    this.history = new History(this, history);
    this.projects = new Projects(this, projects);
    this.events = new Events(this, events);
    this.contacts = new Contacts(this, contacts);
    this.organisations = new Organisations(this, organisations);
    this.results = new Logframes(this, results);
    this.reports = new Reports(this, events, projects);
  }

  @Override
  public ProjectStore projects() {
    checkOpen();
    return projects;
  }

  @Override
  public EventStore events() {
    checkOpen();
    return events;
  }

  @Override
  public ContactStore contacts() {
    checkOpen();
    return contacts;
  }

  @Override
  public OrganisationStore organisations() {
    checkOpen();
    return organisations;
  }

  @Override
  public ReportStore reports() {
    checkOpen();
    return reports;
  }

  @Override
  public LogframeStore results() {
    checkOpen();
    return results;
  }

  @Override
  public Optional<HistoryStore> history() {
    checkOpen();
    return Optional.of(history);
  }

  @Override
  public SourceStore sources() {
    checkOpen();
    return sources;
  }

  @Override
  public Optional<ProvenanceStore> provenance() {
    checkOpen();
    return Optional.of(provenance);
  }

  /**
   * @throws IllegalStateException if the session may not be used here and now
   */
  void checkOpen() {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A StorageSession may be used only by the thread running its transaction");
    }
    if (!open) {
      throw new IllegalStateException(
          "A StorageSession may be used only until the work it was handed to returns");
    }
  }

  /**
   * @throws IllegalStateException if the session may not be used, or its transaction reads only
   */
  UndoLog undoLog() {
    checkOpen();
    if (undo == null) {
      throw new IllegalStateException("A READ_ONLY transaction must not write");
    }
    return undo;
  }

  /** Ends the session: its stores refuse every later call. */
  void close() {
    open = false;
  }

  private static final class Projects extends BoundStore<ProjectId, Project, ProjectQuery>
      implements ProjectStore {
    private final ProjectTable table;

    Projects(Session session, ProjectTable table) {
      super(session, table);
      this.table = table;
    }

    @Override
    public Optional<Project> getByCode(String code) {
      requireNonNull(code, "code");
      session.checkOpen();
      return table.byCode(code);
    }
  }

  private static final class Events extends BoundStore<EventId, Event, EventQuery>
      implements EventStore {
    Events(Session session, EventTable table) {
      super(session, table);
    }
  }

  private static final class Contacts extends BoundStore<ContactId, Contact, ContactQuery>
      implements ContactStore {
    Contacts(Session session, ContactTable table) {
      super(session, table);
    }
  }

  private static final class Organisations
      extends BoundStore<OrganisationId, Organisation, OrganisationQuery>
      implements OrganisationStore {
    private final OrganisationTable table;

    Organisations(Session session, OrganisationTable table) {
      super(session, table);
      this.table = table;
    }

    @Override
    public List<Organisation> findByName(String foldedName) {
      requireNonNull(foldedName, "foldedName");
      session.checkOpen();
      return table.byName(foldedName);
    }
  }

  private static final class Logframes extends BoundStore<ProjectId, Logframe, LogframeQuery>
      implements LogframeStore {
    Logframes(Session session, LogframeTable table) {
      super(session, table);
    }
  }

  private static final class Reports implements ReportStore {
    private final Session session;
    private final EventTable events;
    private final ProjectTable projects;

    Reports(Session session, EventTable events, ProjectTable projects) {
      this.session = session;
      this.events = events;
      this.projects = projects;
    }

    @Override
    public Map<String, RawTally> tally(EventScope scope, Dimension dimension) {
      session.checkOpen();
      return events.tally(scope, dimension);
    }

    /** Adds up the projects of the scope where they are held, without a page or a copy. */
    @Override
    public Map<Currency, Money> fundingTotals(ReportScope scope, ProjectStore ignored) {
      requireNonNull(scope, "scope");
      session.checkOpen();
      return Tallies.fundingTotals(projects.inScope(scope));
    }
  }

  private static final class History implements HistoryStore {
    private final Session session;
    private final HistoryTable table;

    History(Session session, HistoryTable table) {
      this.session = session;
      this.table = table;
    }

    @Override
    public List<Change> append(List<Change> changes) {
      requireNonNull(changes, "changes");
      return table.append(changes, session.undoLog());
    }

    @Override
    public Page<Change> history(
        String aggregateKind, String aggregateId, long afterPosition, int limit) {
      session.checkOpen();
      return table.history(aggregateKind, aggregateId, afterPosition, limit);
    }

    @Override
    public List<Change> after(long afterPosition, int limit) {
      session.checkOpen();
      return table.after(afterPosition, limit);
    }

    @Override
    public void erasePersonalData(String aggregateKind, String aggregateId) {
      table.erasePersonalData(aggregateKind, aggregateId, session.undoLog());
    }
  }

  private static final class Sources extends BoundStore<SourceId, Source, SourceQuery>
      implements SourceStore {
    Sources(Session session, SourceTable table) {
      super(session, table);
    }
  }

  private static final class Provenance implements ProvenanceStore {
    private final Session session;
    private final ProvenanceTable table;

    Provenance(Session session, ProvenanceTable table) {
      this.session = session;
      this.table = table;
    }

    @Override
    public Optional<FactProvenance> get(Fact fact) {
      requireNonNull(fact, "fact");
      session.checkOpen();
      return Optional.ofNullable(table.get(fact));
    }

    @Override
    public void insert(FactProvenance provenance) {
      requireNonNull(provenance, "provenance");
      table.insert(provenance, session.undoLog());
    }

    @Override
    public void update(FactProvenance provenance, long expectedVersion) {
      requireNonNull(provenance, "provenance");
      table.update(provenance, expectedVersion, session.undoLog());
    }

    @Override
    public void delete(Fact fact, long expectedVersion) {
      requireNonNull(fact, "fact");
      table.delete(fact, expectedVersion, session.undoLog());
    }

    @Override
    public Page<FactProvenance> find(FactQuery query) {
      requireNonNull(query, "query");
      session.checkOpen();
      return table.find(query);
    }
  }
}
