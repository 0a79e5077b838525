package org.coopkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coopkit.internal.Services;
import org.coopkit.model.IdGenerator;
import org.coopkit.service.ChangeFeed;
import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.HistoryService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ProvenanceService;
import org.coopkit.service.ReportService;
import org.coopkit.service.ResultService;
import org.coopkit.service.SourceService;
import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: a storage, a clock and an id generator, and the services over them.
 *
 * <pre>{@code
 * Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
 * Project project = coopkit.projects().create(Project.builder()
 *     .id(coopkit.ids().newProjectId())
 *     .code("cybercrime-eap-ii")
 *     .title("Cybercrime EAP II")
 *     .build());
 * }</pre>
 *
 * <p>Thread-safe when its storage is (all of coopkit's are). Closing it closes the storage.
 *
 * @since 0.1.0
 */
public final class Coopkit implements AutoCloseable {
  private final Storage storage;
  private final Clock clock;
  private final Ids ids;
  private final Services services;

  private Coopkit(
      Storage storage, Clock clock, IdGenerator generator, Supplier<@Nullable String> actor) {
    this.storage = storage;
    this.clock = clock;
    this.ids = new Ids(generator);
    this.services = new Services(storage, clock, actor);
  }

  /**
   * Starts configuring; a storage is required.
   *
   * @return a new builder with the default clock and id generator
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The projects service: projects, their components, dates and relations.
   *
   * @return the project service, over this instance's storage and clock
   */
  public ProjectService projects() {
    return services.projects();
  }

  /**
   * The events service: events with their dates, venues, organisers and participants.
   *
   * @return the event service, over this instance's storage and clock
   */
  public EventService events() {
    return services.events();
  }

  /**
   * The contacts service: people, the roles they hold and their personal data requests.
   *
   * @return the contact service, over this instance's storage and clock
   */
  public ContactService contacts() {
    return services.contacts();
  }

  /**
   * The organisations service: partner and beneficiary organisations and their hierarchy.
   *
   * @return the organisation service, over this instance's storage and clock
   */
  public OrganisationService organisations() {
    return services.organisations();
  }

  /**
   * Dashboards, country profiles and the portfolio matrix.
   *
   * @return the report service, over this instance's storage
   */
  public ReportService reports() {
    return services.reports();
  }

  /**
   * Sources: the documents and web pages that facts cite.
   *
   * @return the source service, over this instance's storage
   * @throws UnsupportedOperationException from its methods, if the storage keeps no sources
   * @since 0.2.0
   */
  public SourceService sources() {
    return services.sources();
  }

  /**
   * Where facts come from: the sources each fact cites, the values sources reported for it, and the
   * one adopted.
   *
   * <pre>{@code
   * Fact total = Fact.of(event.id(), FactPath.PARTICIPATION_TOTAL);
   * coopkit.provenance().report(total, ReportedValue.of("93", List.of(finalReport.id())));
   * }</pre>
   *
   * @return the provenance service, over this instance's storage
   * @throws UnsupportedOperationException from its methods, if the storage keeps no provenance
   * @since 0.2.0
   */
  public ProvenanceService provenance() {
    return services.provenance();
  }

  /**
   * Results: each project's logframe of objectives, outcomes and outputs, their indicators with
   * baselines, targets and actual values, and progress reports.
   *
   * @return the results service, over this instance's storage and clock
   * @since 0.2.0
   */
  public ResultService results() {
    return services.results();
  }

  /**
   * The history of each aggregate: every change made through the services, with who made it, when,
   * the version it produced and what changed, field by field.
   *
   * <pre>{@code
   * Page<Change> page = coopkit.history().of(project.id(), null, 50);
   * for (Change change : page.items()) {
   *   System.out.println(change.version() + " by " + change.actor() + ": " + change.fields());
   * }
   * }</pre>
   *
   * @return the history service, over this instance's storage
   * @throws UnsupportedOperationException from its methods, if the storage keeps no history
   * @since 0.2.0
   */
  public HistoryService history() {
    return services.history();
  }

  /**
   * Every committed change in the order of the feed: listeners told after each commit, and a
   * durable feed read from a cursor.
   *
   * @return the change feed, over this instance's storage
   * @since 0.2.0
   */
  public ChangeFeed changes() {
    return services.changes();
  }

  /**
   * Runs {@code work} with {@code actor} as the actor of every change it makes on this thread,
   * through this instance's services, in units of work or not: the name the history and the feed
   * show as {@link org.coopkit.history.Change#actor()}. It takes precedence over the builder's
   * {@link Builder#actor}; nested, the innermost wins until it returns.
   *
   * <pre>{@code
   * coopkit.actingAs("maria@office.example", () -> coopkit.projects().update(changed));
   * }</pre>
   *
   * @param actor who acts, as the host names them (a user name, a service); not blank, at most 200
   *     characters, stripped
   * @param work the work
   * @param <T> what the work returns
   * @return what the work returned
   * @throws org.coopkit.error.ValidationException if {@code actor} is blank or too long
   * @since 0.2.0
   */
  public <T> T actingAs(String actor, Supplier<T> work) {
    requireNonNull(work, "work");
    return services.actingAs(actor, work);
  }

  /**
   * Runs {@code work} with {@code actor} as the actor of its changes; see {@link #actingAs(String,
   * Supplier)}.
   *
   * @param actor who acts; not blank, at most 200 characters
   * @param work the work
   * @throws org.coopkit.error.ValidationException if {@code actor} is blank or too long
   * @since 0.2.0
   */
  public void actingAs(String actor, Runnable work) {
    requireNonNull(work, "work");
    services.actingAs(
        actor,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code work} as one unit: every service call it makes is part of one read-write
   * transaction, with every rule checked as in a call of its own, and all of them are stored
   * together when it returns, or none when it throws.
   *
   * <pre>{@code
   * Project successor = coopkit.inTransaction(tx -> {
   *   Project next = tx.projects().create(newProject);
   *   tx.events().create(firstEvent);
   *   return next;
   * });
   * }</pre>
   *
   * <ul>
   *   <li><b>Joining.</b> Calls of this instance's services on the same thread, and a nested {@code
   *       inTransaction}, join the running unit instead of opening a transaction of their own. A
   *       read-write unit cannot join a read-only one ({@link IllegalStateException}).
   *   <li><b>Failures.</b> If a call that writes fails inside the unit, or the store fails, the
   *       unit is rolled back even when the work catches the failure: once the work returns, this
   *       method throws that first failure. To decide between creating and changing, ask first
   *       ({@code find}, {@code findByCode}) or use an upsert; a read that finds nothing does not
   *       spoil the unit.
   *   <li><b>References forward.</b> A project's relation to a project, or an organisation's
   *       parent, created later in the same unit is accepted; it is checked and stored when the
   *       work returns, before the commit, and the unit fails with a {@link
   *       org.coopkit.error.BrokenReferenceException} if it still points nowhere. Until then, reads
   *       through the services show it, searches by relation or parent do not.
   *   <li><b>Runs again.</b> When the store loses its connection or picks the unit as a deadlock's
   *       victim, it rolls back and runs the whole work again (see the storage's retry rules). The
   *       work must therefore do nothing outside coopkit that cannot be done twice: no e-mail, no
   *       message to a queue, no reading of a stream it cannot read again; do those after this
   *       method returns.
   *   <li><b>Threads.</b> The unit belongs to the calling thread: its {@link UnitOfWork} throws
   *       {@link IllegalStateException} when used from another thread or after the work returned,
   *       and calls made on other threads run in transactions of their own.
   * </ul>
   *
   * @param work the unit's work, given the services bound to its transaction
   * @param <T> what the work returns
   * @return what the work returned
   * @throws org.coopkit.error.CoopkitException what a call inside the unit threw, or what the
   *     storage threw when committing
   * @since 0.2.0
   */
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    requireNonNull(work, "work");
    return services.inTransaction(TransactionMode.READ_WRITE, work);
  }

  /**
   * Whether the calling thread is inside a unit of work of this instance ({@link #inTransaction}
   * and its kin), so that a call of the services would join it. Code that must own its
   * transactions, such as a JSON import, checks it.
   *
   * @return {@code true} inside a unit of work of this instance on this thread
   * @since 0.2.0
   */
  public boolean isInUnitOfWork() {
    return services.isInUnitOfWork();
  }

  /**
   * Runs {@code work} as one read-write unit that returns nothing; see {@link
   * #inTransaction(Function)}.
   *
   * @param work the unit's work, given the services bound to its transaction
   * @since 0.2.0
   */
  public void useTransaction(Consumer<UnitOfWork> work) {
    requireNonNull(work, "work");
    services.inTransaction(
        TransactionMode.READ_WRITE,
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /**
   * Runs {@code work} as one read-only unit: all its reads see one consistent state of the store,
   * and a call that writes throws {@link IllegalStateException}. Otherwise as {@link
   * #inTransaction(Function)}.
   *
   * @param work the unit's work, given the services bound to its transaction
   * @param <T> what the work returns
   * @return what the work returned
   * @since 0.2.0
   */
  public <T> T inReadOnlyTransaction(Function<UnitOfWork, T> work) {
    requireNonNull(work, "work");
    return services.inTransaction(TransactionMode.READ_ONLY, work);
  }

  /**
   * New ids from the configured generator.
   *
   * @return the id factory for all aggregate kinds
   */
  public Ids ids() {
    return ids;
  }

  /**
   * The clock that timestamps come from.
   *
   * @return the clock this instance was built with
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The storage the services use.
   *
   * @return the storage this instance was built with; closing this instance closes it
   */
  public Storage storage() {
    return storage;
  }

  /** Closes the storage. */
  @Override
  public void close() {
    storage.close();
  }

  /** Configures a {@link Coopkit}. */
  public static final class Builder {
    private @Nullable Storage storage;
    private Clock clock = Clock.systemUTC();
    private @Nullable IdGenerator idGenerator;
    private Supplier<@Nullable String> actor = () -> null;

    private Builder() {}

    /**
     * Where the actor of a change comes from when no {@link Coopkit#actingAs} is running on the
     * thread: asked at each change, e.g. for the user of the host's security context. A {@code
     * null} or blank answer, and the default, make the actor {@value
     * org.coopkit.history.Change#SYSTEM}.
     *
     * @param actor the host's current actor; must not be null, may answer {@code null}
     * @return this builder
     * @since 0.2.0
     */
    public Builder actor(Supplier<@Nullable String> actor) {
      this.actor = requireNonNull(actor, "actor");
      return this;
    }

    /**
     * The storage to use: e.g. {@code MemoryStorage.create()} or a {@code JdbcStorage}.
     *
     * @param storage the storage the services will read and write; must not be null
     * @return this builder
     */
    public Builder storage(Storage storage) {
      this.storage = requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Where timestamps come from; the system's UTC clock by default.
     *
     * @param clock the clock for created and updated timestamps; must not be null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where new ids come from; time-ordered UUIDs (version 7) from the clock by default.
     *
     * @param idGenerator the generator behind {@link Coopkit#ids()}; must not be null
     * @return this builder
     */
    public Builder idGenerator(IdGenerator idGenerator) {
      this.idGenerator = requireNonNull(idGenerator, "idGenerator");
      return this;
    }

    /**
     * Creates the instance from what was configured so far; the builder may be reused afterwards.
     *
     * @return a new instance over the configured storage
     * @throws IllegalStateException if no storage was set
     */
    public Coopkit build() {
      if (storage == null) {
        throw new IllegalStateException(
            "Coopkit needs a storage: call storage(...) before build()");
      }
      IdGenerator generator = idGenerator != null ? idGenerator : IdGenerator.timeOrdered(clock);
      return new Coopkit(storage, clock, generator, actor);
    }
  }
}
