package org.coopkit.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.spi.AggregateStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/**
 * Stores imported records through the storage SPI, after the checks coopkit's services make before
 * they store a new aggregate, so the store ends up as if the services had stored them:
 *
 * <ul>
 *   <li>the id is not taken (this also finds an id repeated within the document, since earlier
 *       records are stored already), nor a project's code;
 *   <li>every organisation, project and component a record refers to exists, and an event's
 *       components belong to its projects;
 *   <li>an organisation's parent chain does not loop.
 * </ul>
 *
 * <p>A reference forward within its own section (an organisation's parent, a project's relation to
 * a project further down) is stored without it first and {@linkplain #resolveParent set} at the end
 * of the section; only these deferred references are held in memory, as ids.
 *
 * <p>Stamps: a record with a version of 1 or more keeps its version and timestamps; one with
 * version 0 (stamps absent) is stamped as the services stamp a new aggregate, version 1 and the
 * import's instant.
 *
 * <p>Lookups of organisations and projects are cached, a few thousand ids at most, so that a
 * million events naming the same projects do not ask the store a million times.
 */
final class StoreWriter {
  private static final int CACHE_SIZE = 4096;

  private final Instant now;
  private final Set<OrganisationId> knownOrganisations = lru();
  private final Set<ProjectId> knownProjects = lru();
  private final Map<ProjectId, Set<ComponentId>> componentsOf = lruMap();
  private final List<DeferredParent> deferredParents = new ArrayList<>();
  private final List<DeferredRelations> deferredRelations = new ArrayList<>();

  StoreWriter(Instant now) {
    this.now = now;
  }

  // Organisations.

  void organisation(StorageSession s, Organisation o, RecordLocation where) {
    List<ImportProblem> problems = new ArrayList<>();
    requireNew(s.organisations(), o.id(), "Organisation", where, problems);
    reject(problems);
    Organisation stored = stamp(o);
    OrganisationId parent = o.parent();
    if (parent != null && !organisationExists(s, parent)) {
      stored = stored.toBuilder().parent(null).build();
      deferredParents.add(new DeferredParent(o.id(), parent, where));
    }
    s.organisations().insert(stored);
    knownOrganisations.add(o.id());
  }

  /** The organisations stored without their parent, which came later in the section. */
  List<DeferredParent> deferredParents() {
    return deferredParents;
  }

  /**
   * Sets a deferred parent, if it exists now and does not make the chain loop.
   *
   * @return the problems; none if the parent was set
   */
  List<ImportProblem> resolveParent(StorageSession s, DeferredParent d) {
    if (!organisationExists(s, d.parent())) {
      return List.of(
          d.where().problem("/parent", broken("Organisation.parent", "Organisation", d.parent())));
    }
    Set<OrganisationId> seen = new HashSet<>();
    @Nullable OrganisationId next = d.parent();
    while (next != null && seen.add(next)) {
      if (next.equals(d.id())) {
        return List.of(
            d.where()
                .problem(
                    "/parent",
                    "Invalid Organisation: parent: must not make"
                        + " the parent chain loop ('"
                        + d.parent()
                        + "')"));
      }
      next = s.organisations().get(next).map(Organisation::parent).orElse(null);
    }
    Organisation current = s.organisations().get(d.id()).orElseThrow();
    s.organisations().update(current.toBuilder().parent(d.parent()).build(), current.version());
    return List.of();
  }

  // Projects.

  void project(StorageSession s, Project p, RecordLocation where) {
    List<ImportProblem> problems = new ArrayList<>();
    requireNew(s.projects(), p.id(), "Project", where, problems);
    if (s.projects().getByCode(p.code()).isPresent()) {
      problems.add(
          where.problem("/code", "Project.code must be unique, but " + p.code() + " is taken"));
    }
    for (int i = 0; i < p.organisations().size(); i++) {
      OrganisationId organisation = p.organisations().get(i).organisation();
      if (!organisationExists(s, organisation)) {
        problems.add(
            where.problem(
                "/organisations/" + i + "/organisation",
                broken("Project.organisations[" + i + "]", "Organisation", organisation)));
      }
    }
    reject(problems);
    Project stored = stamp(p);
    List<ProjectRelation> resolvable = resolvable(s, p.relations());
    if (resolvable.size() < p.relations().size()) {
      stored = stored.toBuilder().relations(resolvable).build();
      deferredRelations.add(new DeferredRelations(p.id(), p.relations(), where));
    }
    s.projects().insert(stored);
    knownProjects.add(p.id());
    componentsOf.put(p.id(), components(p));
  }

  /** The projects stored without some relations, to projects that came later in the section. */
  List<DeferredRelations> deferredRelations() {
    return deferredRelations;
  }

  /**
   * Sets a project's deferred relations, as many as exist now.
   *
   * @return a problem for each relation to a project that does not exist
   */
  List<ImportProblem> resolveRelations(StorageSession s, DeferredRelations d) {
    List<ProjectRelation> resolvable = resolvable(s, d.relations());
    Project current = s.projects().get(d.id()).orElseThrow();
    if (!resolvable.equals(current.relations())) {
      s.projects().update(current.toBuilder().relations(resolvable).build(), current.version());
    }
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < d.relations().size(); i++) {
      ProjectId target = d.relations().get(i).project();
      if (!resolvable.contains(d.relations().get(i))) {
        problems.add(
            d.where()
                .problem(
                    "/relations/" + i + "/project",
                    broken("Project.relations[" + i + "]", "Project", target)));
      }
    }
    return problems;
  }

  private List<ProjectRelation> resolvable(StorageSession s, List<ProjectRelation> relations) {
    List<ProjectRelation> resolvable = new ArrayList<>();
    for (ProjectRelation relation : relations) {
      if (projectExists(s, relation.project())) {
        resolvable.add(relation);
      }
    }
    return resolvable;
  }

  // Events.

  void event(StorageSession s, Event e, RecordLocation where) {
    List<ImportProblem> problems = new ArrayList<>();
    requireNew(s.events(), e.id(), "Event", where, problems);
    for (int i = 0; i < e.organisers().size(); i++) {
      OrganisationId organisation = e.organisers().get(i).organisation();
      if (!organisationExists(s, organisation)) {
        problems.add(
            where.problem(
                "/organisers/" + i + "/organisation",
                broken("Event.organisers[" + i + "]", "Organisation", organisation)));
      }
    }
    Set<ComponentId> offered = new HashSet<>();
    for (int i = 0; i < e.projects().size(); i++) {
      Set<ComponentId> components = componentsOf(s, e.projects().get(i));
      if (components == null) {
        problems.add(
            where.problem(
                "/projects/" + i,
                broken("Event.projects[" + i + "]", "Project", e.projects().get(i))));
      } else {
        offered.addAll(components);
      }
    }
    for (int i = 0; i < e.components().size(); i++) {
      if (!offered.contains(e.components().get(i))) {
        problems.add(
            where.problem(
                "/components/" + i,
                broken(
                    "Event.components[" + i + "]",
                    "Component of the event's projects",
                    e.components().get(i))));
      }
    }
    reject(problems);
    s.events().insert(stamp(e));
  }

  // Contacts.

  void contact(StorageSession s, Contact c, RecordLocation where) {
    List<ImportProblem> problems = new ArrayList<>();
    requireNew(s.contacts(), c.id(), "Contact", where, problems);
    if (c.organisation() != null && !organisationExists(s, c.organisation())) {
      problems.add(
          where.problem(
              "/organisation", broken("Contact.organisation", "Organisation", c.organisation())));
    }
    for (int i = 0; i < c.roles().size(); i++) {
      RoleAssignment role = c.roles().get(i);
      if (role.project() != null && !projectExists(s, role.project())) {
        problems.add(
            where.problem(
                "/roles/" + i + "/project",
                broken("Contact.roles[" + i + "].project", "Project", role.project())));
      }
      if (role.organisation() != null && !organisationExists(s, role.organisation())) {
        problems.add(
            where.problem(
                "/roles/" + i + "/organisation",
                broken(
                    "Contact.roles[" + i + "].organisation", "Organisation", role.organisation())));
      }
    }
    reject(problems);
    s.contacts().insert(stamp(c));
  }

  // Checks.

  private static <I> void requireNew(
      AggregateStore<I, ?, ?> store,
      I id,
      String kind,
      RecordLocation where,
      List<ImportProblem> problems) {
    if (!store.existing(List.of(id)).isEmpty()) {
      problems.add(
          where.problem(
              "/id",
              kind
                  + ".id must be unique, but "
                  + id
                  + " is taken, in the store or earlier in the document"));
    }
  }

  private boolean organisationExists(StorageSession s, OrganisationId id) {
    if (knownOrganisations.contains(id)) {
      return true;
    }
    boolean exists = !s.organisations().existing(List.of(id)).isEmpty();
    if (exists) {
      knownOrganisations.add(id);
    }
    return exists;
  }

  private boolean projectExists(StorageSession s, ProjectId id) {
    if (knownProjects.contains(id)) {
      return true;
    }
    boolean exists = !s.projects().existing(List.of(id)).isEmpty();
    if (exists) {
      knownProjects.add(id);
    }
    return exists;
  }

  /** The project's component ids, or {@code null} if it does not exist. */
  private @Nullable Set<ComponentId> componentsOf(StorageSession s, ProjectId id) {
    Set<ComponentId> known = componentsOf.get(id);
    if (known != null) {
      return known;
    }
    Project project = s.projects().get(id).orElse(null);
    if (project == null) {
      return null;
    }
    Set<ComponentId> components = components(project);
    componentsOf.put(id, components);
    return components;
  }

  private static Set<ComponentId> components(Project p) {
    Set<ComponentId> ids = new HashSet<>();
    for (Component c : p.components()) {
      ids.add(c.id());
    }
    return ids;
  }

  private static String broken(String path, String kind, Object id) {
    return new BrokenReferenceException(path, kind, id.toString()).getMessage();
  }

  private static void reject(List<ImportProblem> problems) {
    if (!problems.isEmpty()) {
      throw new Rejected(problems);
    }
  }

  // Stamps.

  private Organisation stamp(Organisation o) {
    return o.version() > 0 ? o : o.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  private Project stamp(Project p) {
    return p.version() > 0 ? p : p.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  private Event stamp(Event e) {
    return e.version() > 0 ? e : e.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  private Contact stamp(Contact c) {
    return c.version() > 0 ? c : c.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  private static <T> Set<T> lru() {
    return Collections.newSetFromMap(lruMap());
  }

  private static <K, V> Map<K, V> lruMap() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > CACHE_SIZE;
      }
    };
  }

  /** An organisation stored without its parent, which comes later in the section. */
  record DeferredParent(OrganisationId id, OrganisationId parent, RecordLocation where) {}

  /** A project stored without some relations, to projects later in the section. */
  record DeferredRelations(ProjectId id, List<ProjectRelation> relations, RecordLocation where) {}

  /** A record that failed a check; nothing of it was stored. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught by the importer
    private final List<ImportProblem> problems;

    Rejected(List<ImportProblem> problems) {
      super(null, null, false, false);
      this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
      return problems;
    }
  }
}
