package org.coopkit.storage.tck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * A storage that passes everything on to the storage under test, but lets a test fail a chosen
 * write after the writes before it went through, inside the same transaction: the adapter must then
 * roll all of them back.
 */
final class FaultyStorage implements Storage {
  /** Decides, before each write, whether to fail it. */
  @FunctionalInterface
  interface Fault {
    /**
     * Throws to fail the write.
     *
     * @param operation {@code insert}, {@code update} or {@code delete}
     * @param target the aggregate written, or the id deleted
     */
    void beforeWrite(String operation, Object target);
  }

  private final Storage delegate;
  private final Fault fault;

  FaultyStorage(Storage delegate, Fault fault) {
    this.delegate = delegate;
    this.fault = fault;
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    return delegate.inTransaction(mode, session -> work.run(new Session(session)));
  }

  /** Leaves the storage under test open: it belongs to the suite. */
  @Override
  public void close() {}

  private final class Session implements StorageSession {
    private final StorageSession delegate;

    Session(StorageSession delegate) {
      this.delegate = delegate;
    }

    @Override
    public ProjectStore projects() {
      return new Projects(delegate.projects());
    }

    @Override
    public EventStore events() {
      return new Events(delegate.events());
    }

    @Override
    public ContactStore contacts() {
      return new Contacts(delegate.contacts());
    }

    @Override
    public OrganisationStore organisations() {
      return new Organisations(delegate.organisations());
    }

    /** Reports only read: faults are staged on writes, so reports pass straight through. */
    @Override
    public ReportStore reports() {
      return delegate.reports();
    }
  }

  private class Forwarding<I, A, Q> implements AggregateStore<I, A, Q> {
    private final AggregateStore<I, A, Q> delegate;

    Forwarding(AggregateStore<I, A, Q> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<A> get(I id) {
      return delegate.get(id);
    }

    @Override
    public Set<I> existing(Collection<I> ids) {
      return delegate.existing(ids);
    }

    @Override
    public void insert(A aggregate) {
      fault.beforeWrite("insert", aggregate);
      delegate.insert(aggregate);
    }

    @Override
    public void update(A aggregate, long expectedVersion) {
      fault.beforeWrite("update", aggregate);
      delegate.update(aggregate, expectedVersion);
    }

    @Override
    public void delete(I id, long expectedVersion) {
      fault.beforeWrite("delete", id);
      delegate.delete(id, expectedVersion);
    }

    @Override
    public Page<A> find(Q query) {
      return delegate.find(query);
    }
  }

  private final class Projects extends Forwarding<ProjectId, Project, ProjectQuery>
      implements ProjectStore {
    private final ProjectStore delegate;

    Projects(ProjectStore delegate) {
      super(delegate);
      this.delegate = delegate;
    }

    @Override
    public Optional<Project> getByCode(String code) {
      return delegate.getByCode(code);
    }
  }

  private final class Events extends Forwarding<EventId, Event, EventQuery> implements EventStore {
    Events(EventStore delegate) {
      super(delegate);
    }
  }

  private final class Contacts extends Forwarding<ContactId, Contact, ContactQuery>
      implements ContactStore {
    Contacts(ContactStore delegate) {
      super(delegate);
    }
  }

  private final class Organisations
      extends Forwarding<OrganisationId, Organisation, OrganisationQuery>
      implements OrganisationStore {
    private final OrganisationStore delegate;

    Organisations(OrganisationStore delegate) {
      super(delegate);
      this.delegate = delegate;
    }

    @Override
    public List<Organisation> findByName(String foldedName) {
      return delegate.findByName(foldedName);
    }
  }
}
