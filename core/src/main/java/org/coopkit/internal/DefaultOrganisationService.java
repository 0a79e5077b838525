package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.any;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.SearchText;
import org.coopkit.service.OrganisationService;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/** {@link OrganisationService} over the storage SPI. */
final class DefaultOrganisationService implements OrganisationService {
  private static final String KIND = "Organisation";

  private final ServiceContext context;
  private final VersionStamping<Organisation, Organisation.Builder> stamping;

  DefaultOrganisationService(ServiceContext context) {
    this.context = context;
    this.stamping =
        new VersionStamping<>(context, Organisation::toBuilder, Organisation.Builder::build);
  }

  @Override
  public Organisation register(Organisation organisation) {
    return context.write(s -> insertNew(s, organisation));
  }

  @Override
  public Organisation restore(Organisation organisation) {
    return context.write(s -> insert(s, stamping.asRestored(organisation)));
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return context.read(s -> s.organisations().get(id).map(this::shown));
  }

  @Override
  public Organisation get(OrganisationId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public List<Organisation> findByName(String name) {
    Validator v = Validator.of(KIND);
    String folded = "";
    if (v.text(name, "name", Limits.NAME)) {
      folded = SearchText.fold(name);
      v.check(!folded.isEmpty(), "name", "must contain a letter or a digit", name);
    }
    v.throwIfInvalid();
    String key = folded;
    return context.read(s -> s.organisations().findByName(key).stream().map(this::shown).toList());
  }

  @Override
  public Optional<Organisation> findByExternalId(ExternalId externalId) {
    requireNonNull(externalId, "externalId");
    return context.read(s -> byExternalId(s, externalId).map(this::shown));
  }

  @Override
  public Organisation upsertByExternalId(ExternalId externalId, Organisation organisation) {
    return context.upsertByExternalId(
        KIND,
        externalId,
        organisation,
        DefaultOrganisationService::byExternalId,
        this::insertNew,
        this::replaceFound);
  }

  @Override
  public Organisation upsertByAcronym(Organisation organisation) {
    String acronym = organisation.acronym();
    Validator v = Validator.of(KIND);
    v.check(acronym != null, "acronym", "must be given to find the organisation by it", null);
    v.throwIfInvalid();
    return context.write(
        s -> {
          List<Organisation> matching =
              ServiceContext.all(
                      OrganisationQuery.builder().text(acronym).limit(Paging.MAX_LIMIT).build(),
                      s.organisations()::find,
                      OrganisationQuery::after)
                  .stream()
                  .filter(o -> acronym.equalsIgnoreCase(o.acronym()))
                  .toList();
          if (matching.isEmpty()) {
            return insertNew(s, organisation);
          }
          if (matching.size() > 1) {
            throw new DuplicateException("Organisation.acronym", acronym);
          }
          return replaceFound(s, matching.get(0), organisation);
        });
  }

  @Override
  public Organisation update(Organisation organisation) {
    return context.write(s -> replace(s, current(s, organisation.id()), organisation));
  }

  @Override
  public void delete(OrganisationId id, long expectedVersion) {
    context.write(
        s -> {
          requireVersion(KIND, id, expectedVersion, current(s, id).version());
          if (any(ProjectQuery.builder().organisation(id).limit(1).build(), s.projects()::find)
              || any(ProjectQuery.builder().donor(id).limit(1).build(), s.projects()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "projects");
          }
          if (any(EventQuery.builder().organiser(id).limit(1).build(), s.events()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "events");
          }
          if (any(ContactQuery.builder().organisation(id).limit(1).build(), s.contacts()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "contacts");
          }
          if (any(
              OrganisationQuery.builder().parent(id).limit(1).build(), s.organisations()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "units");
          }
          Provenances.forget(s, AggregateKind.ORGANISATION, id.value());
          s.organisations().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<Organisation> search(OrganisationQuery query) {
    return context.read(s -> s.organisations().find(query));
  }

  /**
   * Writes {@code next} over {@code found}, which a search returned: read again with a lock, so
   * that the version stays the one read until it is replaced.
   */
  private Organisation replaceFound(StorageSession s, Organisation found, Organisation next) {
    Organisation current = current(s, found.id());
    return replace(
        s, current, next.toBuilder().id(current.id()).version(current.version()).build());
  }

  /** Writes {@code organisation} as new, stamped version 1. */
  private Organisation insertNew(StorageSession s, Organisation organisation) {
    return insert(s, stamping.asNew(organisation));
  }

  /** The one organisation that carries {@code externalId}, if any. */
  private static Optional<Organisation> byExternalId(StorageSession s, ExternalId externalId) {
    return ServiceContext.theOneWith(
        KIND,
        externalId,
        s.organisations()
            .find(OrganisationQuery.builder().externalId(externalId).limit(2).build()));
  }

  /** Checks the parent, then writes {@code stored} as new, with its stamps. */
  private Organisation insert(StorageSession s, Organisation stored) {
    boolean parentWaits = parentWaits(s, stored);
    s.organisations().insert(parentWaits ? stored.toBuilder().parent(null).build() : stored);
    return stored;
  }

  /** Checks the version and the parent, then writes {@code next} over {@code current}. */
  private Organisation replace(StorageSession s, Organisation current, Organisation next) {
    requireVersion(KIND, next.id(), next.version(), current.version());
    boolean parentWaits = parentWaits(s, next);
    Organisation stored = stamping.replacing(current, next);
    s.organisations()
        .update(parentWaits ? stored.toBuilder().parent(null).build() : stored, current.version());
    return stored;
  }

  /**
   * Checks the organisation's parent; inside a unit of work, a parent not stored yet waits for the
   * end of the unit (see {@link PendingParents}).
   *
   * @return whether the parent waits, so the organisation is to be written without it for now
   */
  private boolean parentWaits(StorageSession s, Organisation organisation) {
    OrganisationId parent = organisation.parent();
    Unit unit = context.unit();
    if (unit == null) {
      checkParent(s, organisation);
      return false;
    }
    PendingParents pending = unit.state(PendingParents.class, () -> pendingParents(unit));
    if (parent != null && s.organisations().existing(List.of(parent)).isEmpty()) {
      pending.parents.put(organisation.id(), parent);
      return true;
    }
    pending.parents.remove(organisation.id());
    checkParent(s, organisation);
    return false;
  }

  /** The organisation as the unit of work sees it: with a parent that waits for its end. */
  private Organisation shown(Organisation stored) {
    Unit unit = context.unit();
    PendingParents pending = unit == null ? null : unit.existingState(PendingParents.class);
    OrganisationId parent = pending == null ? null : pending.parents.get(stored.id());
    return parent == null ? stored : stored.toBuilder().parent(parent).build();
  }

  private static PendingParents pendingParents(Unit unit) {
    PendingParents pending = new PendingParents();
    unit.beforeCommit(pending::store);
    return pending;
  }

  /**
   * Parents that did not exist yet when a unit of work wrote their units; set, once they exist and
   * make no loop, when the unit's work has returned.
   */
  private static final class PendingParents {
    private final Map<OrganisationId, OrganisationId> parents = new LinkedHashMap<>();

    void store(StorageSession s) {
      for (Map.Entry<OrganisationId, OrganisationId> entry : parents.entrySet()) {
        Organisation current = s.organisations().getForUpdate(entry.getKey()).orElse(null);
        if (current == null) {
          continue; // deleted later in the unit
        }
        Organisation withParent = current.toBuilder().parent(entry.getValue()).build();
        checkParent(s, withParent);
        s.organisations().update(withParent, current.version());
      }
    }
  }

  /** The parent exists, and following parents up from it never comes back to this one. */
  private static void checkParent(StorageSession s, Organisation organisation) {
    OrganisationId parent = organisation.parent();
    if (parent == null) {
      return;
    }
    requireExisting(s.organisations(), List.of(parent), i -> "Organisation.parent", KIND);
    Set<OrganisationId> seen = new HashSet<>();
    @Nullable OrganisationId next = parent;
    while (next != null && seen.add(next)) {
      Validator v = Validator.of(KIND);
      v.check(
          !next.equals(organisation.id()), "parent", "must not make the parent chain loop", parent);
      v.throwIfInvalid();
      next = s.organisations().get(next).map(Organisation::parent).orElse(null);
    }
  }

  /**
   * The stored organisation, read to be changed: locked until this transaction ends, so that a
   * writer holding it makes this one wait instead of reading the state being replaced.
   */
  private Organisation current(StorageSession s, OrganisationId id) {
    return shown(
        s.organisations()
            .getForUpdate(id)
            .orElseThrow(() -> new NotFoundException(KIND, id.toString())));
  }
}
