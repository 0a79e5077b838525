package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.any;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.result.Result;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.service.ProjectService;
import org.coopkit.spi.StorageSession;

/** {@link ProjectService} over the storage SPI. */
final class DefaultProjectService implements ProjectService {
  private static final String KIND = "Project";

  private final ServiceContext context;
  private final VersionStamping<Project, Project.Builder> stamping;

  DefaultProjectService(ServiceContext context) {
    this.context = context;
    this.stamping = new VersionStamping<>(context, Project::toBuilder, Project.Builder::build);
  }

  @Override
  public Project create(Project project) {
    return context.write(s -> insertNew(s, project));
  }

  @Override
  public Project restore(Project project) {
    return context.write(s -> insert(s, stamping.asRestored(project)));
  }

  @Override
  public Optional<Project> find(ProjectId id) {
    return context.read(s -> s.projects().get(id).map(this::shown));
  }

  @Override
  public Project get(ProjectId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public Optional<Project> findByCode(String code) {
    // Refused as a project's code would be, so that no store is sent a NUL it cannot take.
    Validator v = Validator.of("Project");
    v.text(code, "code", Limits.CODE);
    v.throwIfInvalid();
    String canonical = Project.canonicalCode(code);
    return context.read(s -> s.projects().getByCode(canonical).map(this::shown));
  }

  @Override
  public Project upsertByCode(Project project) {
    return context.write(
        s -> {
          Optional<Project> byCode = s.projects().getByCode(project.code());
          if (byCode.isEmpty()) {
            return insertNew(s, project);
          }
          return replaceFound(s, byCode.get(), project);
        });
  }

  @Override
  public Optional<Project> findByExternalId(ExternalId externalId) {
    requireNonNull(externalId, "externalId");
    return context.read(s -> byExternalId(s, externalId).map(this::shown));
  }

  @Override
  public Project upsertByExternalId(ExternalId externalId, Project project) {
    return context.upsertByExternalId(
        KIND,
        externalId,
        project,
        DefaultProjectService::byExternalId,
        this::insertNew,
        this::replaceFound);
  }

  @Override
  public Project update(Project project) {
    return context.write(s -> store(s, current(s, project.id()), project));
  }

  @Override
  public void delete(ProjectId id, long expectedVersion) {
    context.write(
        s -> {
          Project current = current(s, id);
          requireVersion(KIND, id, expectedVersion, current.version());
          requireNoLogframe(s, id);
          if (any(EventQuery.builder().project(id).limit(1).build(), s.events()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "events");
          }
          if (any(ProjectQuery.builder().relatedTo(id).limit(1).build(), s.projects()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "relations of other projects");
          }
          requireNoRoles(s, id);
          Provenances.forget(s, AggregateKind.PROJECT, id.value());
          s.projects().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public int deleteWithEvents(ProjectId id, long expectedVersion) {
    return context.write(
        s -> {
          Project current = current(s, id);
          requireVersion(KIND, id, expectedVersion, current.version());
          requireNoRoles(s, id);
          requireNoLogframe(s, id);
          Set<ComponentId> ownComponents = new HashSet<>();
          current.components().forEach(c -> ownComponents.add(c.id()));
          List<Event> events =
              ServiceContext.all(
                  EventQuery.builder().project(id).limit(Paging.MAX_LIMIT).build(),
                  s.events()::find,
                  EventQuery::after);
          // Parts first, so that no parent goes while a part of it stays; a part of one of the
          // deleted events that stays (held by other projects) keeps the parent from going.
          Set<EventId> going = new HashSet<>();
          events.stream().filter(e -> e.projects().size() == 1).forEach(e -> going.add(e.id()));
          for (EventId parent : going) {
            for (Event part :
                ServiceContext.all(
                    EventQuery.builder().partOf(parent).limit(Paging.MAX_LIMIT).build(),
                    s.events()::find,
                    EventQuery::after)) {
              if (!going.contains(part.id())) {
                throw new StillReferencedException(
                    "Event", parent.toString(), "parts of it held by other projects");
              }
            }
          }
          events =
              events.stream()
                  .sorted(java.util.Comparator.comparing((Event e) -> e.partOf() == null))
                  .toList();
          int deleted = 0;
          for (Event event : events) {
            if (event.projects().size() == 1) {
              Provenances.forget(s, AggregateKind.EVENT, event.id().value());
              s.events().delete(event.id(), event.version());
              deleted++;
            } else {
              // A joint event stays for the other projects, without this one and its components.
              Event kept =
                  event.toBuilder()
                      .projects(event.projects().stream().filter(p -> !p.equals(id)).toList())
                      .components(
                          event.components().stream()
                              .filter(c -> !ownComponents.contains(c))
                              .toList())
                      .version(event.version() + 1)
                      .updatedAt(context.now())
                      .build();
              s.events().update(kept, event.version());
            }
          }
          List<Project> relating =
              ServiceContext.all(
                  ProjectQuery.builder().relatedTo(id).limit(Paging.MAX_LIMIT).build(),
                  s.projects()::find,
                  ProjectQuery::after);
          for (Project other : relating) {
            Project without =
                other.toBuilder()
                    .relations(
                        other.relations().stream().filter(r -> !r.project().equals(id)).toList())
                    .version(other.version() + 1)
                    .updatedAt(context.now())
                    .build();
            s.projects().update(without, other.version());
          }
          Provenances.forget(s, AggregateKind.PROJECT, id.value());
          s.projects().delete(id, expectedVersion);
          return deleted;
        });
  }

  @Override
  public Project addComponent(ProjectId project, long expectedVersion, Component component) {
    return change(project, expectedVersion, p -> p.toBuilder().addComponent(component).build());
  }

  @Override
  public Project changeComponent(ProjectId project, long expectedVersion, Component component) {
    return change(
        project,
        expectedVersion,
        p -> {
          List<Component> components = new ArrayList<>(p.components());
          int index = indexOf(p, component.id());
          components.set(index, component);
          return p.toBuilder().components(components).build();
        });
  }

  @Override
  public Project reorderComponents(
      ProjectId project, long expectedVersion, List<ComponentId> order) {
    return change(
        project,
        expectedVersion,
        p -> {
          Validator v = Validator.of("Project");
          Set<ComponentId> present = new HashSet<>();
          p.components().forEach(c -> present.add(c.id()));
          v.check(
              order.size() == present.size() && present.equals(new HashSet<>(order)),
              "components",
              "the new order must name each of the project's components exactly once",
              order);
          v.throwIfInvalid();
          List<Component> components = new ArrayList<>();
          for (ComponentId id : order) {
            components.add(p.components().get(indexOf(p, id)));
          }
          return p.toBuilder().components(components).build();
        });
  }

  @Override
  public Project removeComponent(ProjectId project, long expectedVersion, ComponentId component) {
    return change(
        project,
        expectedVersion,
        p -> {
          int index = indexOf(p, component);
          List<Component> components = new ArrayList<>(p.components());
          components.remove(index);
          return p.toBuilder().components(components).build();
        });
  }

  @Override
  public Page<Project> search(ProjectQuery query) {
    return context.read(s -> s.projects().find(query));
  }

  private Project change(ProjectId id, long expectedVersion, UnaryOperator<Project> change) {
    return context.write(
        s -> {
          Project current = current(s, id);
          requireVersion(KIND, id, expectedVersion, current.version());
          return store(s, current, change.apply(current));
        });
  }

  /**
   * Writes {@code next} over {@code found}, which a search returned: read again with a lock, so
   * that the version stays the one read until it is replaced.
   */
  private Project replaceFound(StorageSession s, Project found, Project next) {
    Project current = current(s, found.id());
    return store(s, current, next.toBuilder().id(current.id()).version(current.version()).build());
  }

  /** Writes {@code project} as new, stamped version 1. */
  private Project insertNew(StorageSession s, Project project) {
    return insert(s, stamping.asNew(project));
  }

  /** The one project that carries {@code externalId}, if any. */
  private static Optional<Project> byExternalId(StorageSession s, ExternalId externalId) {
    return ServiceContext.theOneWith(
        KIND,
        externalId,
        s.projects().find(ProjectQuery.builder().externalId(externalId).limit(2).build()));
  }

  /** Checks the rules that need the store, then writes {@code stored} as new, with its stamps. */
  private Project insert(StorageSession s, Project stored) {
    List<ProjectRelation> relationsNow = relationsToWriteNow(s, stored);
    s.projects()
        .getByCode(stored.code())
        .ifPresent(
            other -> {
              throw new DuplicateException("Project.code", stored.code());
            });
    s.projects().insert(withRelations(stored, relationsNow));
    return stored;
  }

  /** Checks the rules that need the store, then writes {@code next} over {@code current}. */
  private Project store(StorageSession s, Project current, Project next) {
    requireVersion(KIND, next.id(), next.version(), current.version());
    List<ProjectRelation> relationsNow = relationsToWriteNow(s, next);
    if (!next.code().equals(current.code())) {
      s.projects()
          .getByCode(next.code())
          .ifPresent(
              other -> {
                throw new DuplicateException("Project.code", next.code());
              });
    }
    Set<ComponentId> kept = new HashSet<>();
    next.components().forEach(c -> kept.add(c.id()));
    for (Component removed : current.components()) {
      if (!kept.contains(removed.id())
          && any(EventQuery.builder().component(removed.id()).limit(1).build(), s.events()::find)) {
        throw new StillReferencedException("Component", removed.id().toString(), "events");
      }
    }
    requireNoResultNames(s, current, kept);
    Project stored = stamping.replacing(current, next);
    s.projects().update(withRelations(stored, relationsNow), current.version());
    return stored;
  }

  /**
   * People's role histories are not cascaded away: a project that contacts held roles for stays
   * until those roles are reassigned or the contacts erased.
   */
  private static void requireNoRoles(StorageSession s, ProjectId id) {
    if (any(ContactQuery.builder().project(id).limit(1).build(), s.contacts()::find)) {
      throw new StillReferencedException(KIND, id.toString(), "roles of contacts");
    }
  }

  /**
   * The relations of {@code project} that can be written now, after checking its references: its
   * organisations must exist, and so must the projects it relates to, except inside a unit of work,
   * where relations to projects not stored yet wait for the end of the unit (see {@link
   * PendingRelations}).
   */
  private List<ProjectRelation> relationsToWriteNow(StorageSession s, Project project) {
    requireExisting(
        s.organisations(),
        project.organisations().stream().map(ProjectOrganisation::organisation).toList(),
        "Project.organisations",
        "Organisation");
    requireExisting(
        s.organisations(),
        project.funding().stream().map(FundingLine::donor).toList(),
        i -> "Project.funding[" + i + "].donor",
        "Organisation");
    List<ProjectId> targets = project.relations().stream().map(ProjectRelation::project).toList();
    Unit unit = context.unit();
    if (unit == null) {
      requireExisting(s.projects(), targets, "Project.relations", KIND);
      return project.relations();
    }
    Set<ProjectId> found = targets.isEmpty() ? Set.of() : s.projects().existing(targets);
    PendingRelations pending = unit.state(PendingRelations.class, () -> pendingRelations(unit));
    if (found.containsAll(targets)) {
      pending.intended.remove(project.id());
      return project.relations();
    }
    pending.intended.put(project.id(), project.relations());
    return project.relations().stream().filter(r -> found.contains(r.project())).toList();
  }

  /** {@code stored}, with only the relations that can be written now. */
  private static Project withRelations(Project stored, List<ProjectRelation> relationsNow) {
    return relationsNow.size() == stored.relations().size()
        ? stored
        : stored.toBuilder().relations(relationsNow).build();
  }

  /** The project as the unit of work sees it: with the relations that wait for its end. */
  private Project shown(Project stored) {
    Unit unit = context.unit();
    PendingRelations pending = unit == null ? null : unit.existingState(PendingRelations.class);
    List<ProjectRelation> intended = pending == null ? null : pending.intended.get(stored.id());
    return intended == null ? stored : stored.toBuilder().relations(intended).build();
  }

  private static PendingRelations pendingRelations(Unit unit) {
    PendingRelations pending = new PendingRelations();
    unit.beforeCommit(pending::store);
    return pending;
  }

  /**
   * Relations to projects that did not exist yet when a unit of work wrote the project relating to
   * them; stored, once each project they name exists, when the unit's work has returned.
   */
  private static final class PendingRelations {
    private final Map<ProjectId, List<ProjectRelation>> intended = new LinkedHashMap<>();

    void store(StorageSession s) {
      for (Map.Entry<ProjectId, List<ProjectRelation>> entry : intended.entrySet()) {
        Project current = s.projects().getForUpdate(entry.getKey()).orElse(null);
        if (current == null) {
          continue; // deleted later in the unit
        }
        List<ProjectRelation> relations = entry.getValue();
        requireExisting(
            s.projects(),
            relations.stream().map(ProjectRelation::project).toList(),
            "Project.relations",
            KIND);
        s.projects().update(current.toBuilder().relations(relations).build(), current.version());
      }
    }
  }

  /**
   * The stored project, read to be changed: locked until this transaction ends, so that a writer
   * holding it makes this one wait instead of reading the state being replaced.
   */
  private Project current(StorageSession s, ProjectId id) {
    return shown(
        s.projects()
            .getForUpdate(id)
            .orElseThrow(() -> new NotFoundException(KIND, id.toString())));
  }

  private static int indexOf(Project project, ComponentId id) {
    for (int i = 0; i < project.components().size(); i++) {
      if (project.components().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new NotFoundException("Component", id + " of project " + project.code());
  }

  /**
   * A component that a result of the project's logframe names stays: the result is changed first,
   * on purpose, as an event's link to the component is.
   */
  private static void requireNoResultNames(
      StorageSession s, Project current, Set<ComponentId> kept) {
    if (kept.size() == current.components().size() || !DefaultResultService.keepsResults(s)) {
      return;
    }
    s.results()
        .get(current.id())
        .ifPresent(
            logframe -> {
              for (Result result : logframe.results()) {
                for (ComponentId named : result.components()) {
                  if (!kept.contains(named)) {
                    throw new StillReferencedException(
                        "Component", named.toString(), "results of its project's logframe");
                  }
                }
              }
            });
  }

  /** A project with a logframe keeps it: the logframe is deleted first, on purpose. */
  private static void requireNoLogframe(StorageSession s, ProjectId id) {
    if (DefaultResultService.keepsResults(s) && s.results().get(id).isPresent()) {
      throw new StillReferencedException(KIND, id.toString(), "its logframe");
    }
  }
}
