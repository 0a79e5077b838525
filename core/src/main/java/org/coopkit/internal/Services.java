package org.coopkit.internal;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coopkit.UnitOfWork;
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
 * The services of one {@link org.coopkit.Coopkit}, all over the same storage and clock: either the
 * instance's own, which join the unit of work running on the calling thread, or those handed to one
 * unit.
 */
public final class Services implements UnitOfWork {
  private final UnitRunner runner;
  private final ProjectService projects;
  private final EventService events;
  private final ContactService contacts;
  private final OrganisationService organisations;
  private final ReportService reports;
  private final ResultService results;
  private final HistoryService history;
  private final ChangeFeed changes;
  private final SourceService sources;
  private final ProvenanceService provenance;

  public Services(Storage storage, Clock clock) {
    this(storage, clock, () -> null);
  }

  /**
   * @param actor the host's actor of a change made outside {@link #actingAs}, or {@code null} for
   *     "system"; asked at each change
   */
  public Services(Storage storage, Clock clock, Supplier<@Nullable String> actor) {
    // The services of each unit are bound to it, and share this instance's runner.
    this(
        new UnitRunner(
            storage,
            new ChangeRecording(clock, actor),
            (runner, unit) -> new Services(runner, unit, clock)),
        null,
        clock);
  }

  /**
   * @param unit the unit the services are bound to, or {@code null} for services that join the unit
   *     running on the calling thread, if any
   */
  private Services(UnitRunner runner, @Nullable Unit unit, Clock clock) {
    this.runner = runner;
    ServiceContext context = new ServiceContext(runner, unit, clock);
    this.projects = new DefaultProjectService(context);
    this.events = new DefaultEventService(context);
    this.contacts = new DefaultContactService(context);
    this.organisations = new DefaultOrganisationService(context);
    this.reports = new DefaultReportService(context);
    this.results = new DefaultResultService(context);
    this.history = new DefaultHistoryService(context);
    this.changes = new DefaultChangeFeed(context, runner.recording());
    this.sources = new DefaultSourceService(context);
    this.provenance = new DefaultProvenanceService(context);
  }

  /** The history of each aggregate; see {@link org.coopkit.Coopkit#history}. */
  public HistoryService history() {
    return history;
  }

  @Override
  public SourceService sources() {
    return sources;
  }

  @Override
  public ProvenanceService provenance() {
    return provenance;
  }

  /** The change feed; see {@link org.coopkit.Coopkit#changes}. */
  public ChangeFeed changes() {
    return changes;
  }

  /**
   * Runs {@code work} with {@code actor} as the actor; see {@link org.coopkit.Coopkit#actingAs}.
   */
  public <T> T actingAs(String actor, Supplier<T> work) {
    return runner.recording().actingAs(actor, work);
  }

  /** Whether this thread runs a unit of work of this instance; see {@link UnitRunner#current}. */
  public boolean isInUnitOfWork() {
    return runner.current() != null;
  }

  /** Runs {@code work} in a unit of work; see {@link org.coopkit.Coopkit#inTransaction}. */
  public <T> T inTransaction(TransactionMode mode, Function<UnitOfWork, T> work) {
    return runner.run(mode, work);
  }

  @Override
  public ProjectService projects() {
    return projects;
  }

  @Override
  public EventService events() {
    return events;
  }

  @Override
  public ContactService contacts() {
    return contacts;
  }

  @Override
  public OrganisationService organisations() {
    return organisations;
  }

  @Override
  public ReportService reports() {
    return reports;
  }

  @Override
  public ResultService results() {
    return results;
  }
}
