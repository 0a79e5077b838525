package org.coopkit.internal;

import static org.coopkit.internal.ServiceContext.any;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.service.OrganisationService;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/** {@link OrganisationService} over the storage SPI. */
final class DefaultOrganisationService implements OrganisationService {
  private static final String KIND = "Organisation";

  private final ServiceContext context;

  DefaultOrganisationService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Organisation register(Organisation organisation) {
    return context.write(
        s -> {
          checkParent(s, organisation);
          Instant now = context.now();
          Organisation stored =
              organisation.toBuilder().version(1).createdAt(now).updatedAt(now).build();
          s.organisations().insert(stored);
          return stored;
        });
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return context.read(s -> s.organisations().get(id));
  }

  @Override
  public Organisation get(OrganisationId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public Organisation update(Organisation organisation) {
    return context.write(
        s -> {
          Organisation current = current(s, organisation.id());
          requireVersion(KIND, organisation.id(), organisation.version(), current.version());
          checkParent(s, organisation);
          Organisation stored =
              organisation.toBuilder()
                  .version(current.version() + 1)
                  .createdAt(current.createdAt())
                  .updatedAt(context.now())
                  .build();
          s.organisations().update(stored, current.version());
          return stored;
        });
  }

  @Override
  public void delete(OrganisationId id, long expectedVersion) {
    context.write(
        s -> {
          requireVersion(KIND, id, expectedVersion, current(s, id).version());
          if (any(ProjectQuery.builder().organisation(id).limit(1).build(), s.projects()::find)) {
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
          s.organisations().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<Organisation> search(OrganisationQuery query) {
    return context.read(s -> s.organisations().find(query));
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
  private static Organisation current(StorageSession s, OrganisationId id) {
    return s.organisations()
        .getForUpdate(id)
        .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }
}
