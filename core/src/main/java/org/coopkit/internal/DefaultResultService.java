package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Result;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.report.ProgressReport;
import org.coopkit.service.ResultService;
import org.coopkit.spi.StorageSession;

/** {@link ResultService} over the storage SPI. */
final class DefaultResultService implements ResultService {
  private static final String KIND = "Logframe";

  private final ServiceContext context;
  private final VersionStamping<Logframe, Logframe.Builder> stamping;

  DefaultResultService(ServiceContext context) {
    this.context = context;
    this.stamping = new VersionStamping<>(context, Logframe::toBuilder, Logframe.Builder::build);
  }

  @Override
  public Logframe define(Logframe logframe) {
    return context.write(s -> insert(s, stamping.asNew(logframe)));
  }

  @Override
  public Logframe restore(Logframe logframe) {
    return context.write(s -> insert(s, stamping.asRestored(logframe)));
  }

  @Override
  public Optional<Logframe> find(ProjectId project) {
    requireNonNull(project, "project");
    return context.read(s -> s.results().get(project));
  }

  @Override
  public Logframe get(ProjectId project) {
    return find(project).orElseThrow(() -> new NotFoundException(KIND, project.toString()));
  }

  @Override
  public Logframe update(Logframe logframe) {
    return context.write(s -> replace(s, current(s, logframe.id()), logframe));
  }

  @Override
  public Logframe recordActual(ProjectId project, IndicatorId indicator, Actual actual) {
    requireNonNull(indicator, "indicator");
    requireNonNull(actual, "actual");
    return context.write(
        s -> {
          Logframe current = current(s, project);
          Logframe.Builder next = current.toBuilder();
          boolean found = false;
          for (Result result : current.results()) {
            for (Indicator i : result.indicators()) {
              if (i.id().equals(indicator)) {
                found = true;
                Validator v = Validator.of("Indicator");
                v.check(
                    i.computedFrom() == null,
                    "actuals",
                    "are computed from events for this indicator, not recorded",
                    i.computedFrom());
                v.throwIfInvalid();
                List<Actual> actuals = new ArrayList<>(i.actuals());
                actuals.removeIf(
                    a ->
                        a.period().equals(actual.period())
                            && a.breakdown().equals(actual.breakdown()));
                actuals.add(actual);
                Indicator changed = i.toBuilder().actuals(actuals).build();
                List<Indicator> indicators = new ArrayList<>(result.indicators());
                indicators.replaceAll(x -> x.id().equals(indicator) ? changed : x);
                next.putResult(result.toBuilder().indicators(indicators).build());
              }
            }
          }
          if (!found) {
            throw new NotFoundException("Indicator", indicator.toString());
          }
          return replace(s, current, next.build());
        });
  }

  @Override
  public void delete(ProjectId project, long expectedVersion) {
    context.write(
        s -> {
          requireVersion(KIND, project, expectedVersion, current(s, project).version());
          s.results().delete(project, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<Logframe> search(LogframeQuery query) {
    requireNonNull(query, "query");
    return context.read(s -> s.results().find(query));
  }

  @Override
  public ProgressReport progress(ProjectId project, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return context.read(
        s -> {
          Logframe logframe =
              s.results()
                  .get(project)
                  .orElseThrow(() -> new NotFoundException(KIND, project.toString()));
          Set<EventId> ids = new LinkedHashSet<>();
          logframe.results().forEach(r -> ids.addAll(r.events()));
          List<Event> events = new ArrayList<>();
          for (EventId id : ids) {
            s.events().get(id).ifPresent(events::add);
          }
          return ProgressReport.of(logframe, events, asOf);
        });
  }

  @Override
  public ProgressReport progress(ProjectId project) {
    return progress(project, context.today());
  }

  /**
   * Whether the storage keeps logframes at all: an adapter written before 0.2.0 keeps none (and a
   * stand-in session of a test may hand out none).
   */
  @SuppressWarnings("ConstantValue")
  static boolean keepsResults(StorageSession s) {
    try {
      return s.results() != null;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private Logframe insert(StorageSession s, Logframe stored) {
    checkReferences(s, stored);
    if (s.results().get(stored.id()).isPresent()) {
      throw new DuplicateException("Logframe.id", stored.id().toString());
    }
    s.results().insert(stored);
    return stored;
  }

  private Logframe replace(StorageSession s, Logframe current, Logframe next) {
    requireVersion(KIND, next.id(), next.version(), current.version());
    checkReferences(s, next);
    Logframe stored = stamping.replacing(current, next);
    s.results().update(stored, current.version());
    return stored;
  }

  /** The project exists, the components are its own, and the events exist. */
  private static void checkReferences(StorageSession s, Logframe logframe) {
    Project project =
        s.projects()
            .get(logframe.id())
            .orElseThrow(
                () ->
                    new BrokenReferenceException(
                        "Logframe.id", "Project", logframe.id().toString()));
    Set<ComponentId> components = new LinkedHashSet<>();
    project.components().stream().map(Component::id).forEach(components::add);
    List<EventId> events = new ArrayList<>();
    List<String> eventPaths = new ArrayList<>();
    for (int i = 0; i < logframe.results().size(); i++) {
      Result r = logframe.results().get(i);
      for (int c = 0; c < r.components().size(); c++) {
        if (!components.contains(r.components().get(c))) {
          throw new BrokenReferenceException(
              "Logframe.results[" + i + "].components[" + c + "]",
              "Component of project " + project.code(),
              r.components().get(c).toString());
        }
      }
      for (int e = 0; e < r.events().size(); e++) {
        events.add(r.events().get(e));
        eventPaths.add("Logframe.results[" + i + "].events[" + e + "]");
      }
    }
    requireExisting(s.events(), events, eventPaths::get, "Event");
  }

  private static Logframe current(StorageSession s, ProjectId project) {
    requireNonNull(project, "project");
    return s.results()
        .getForUpdate(project)
        .orElseThrow(() -> new NotFoundException(KIND, project.toString()));
  }
}
