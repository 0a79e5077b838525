package org.coopkit;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.IdGenerator;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;

/**
 * Makes new typed ids with the generator a {@link Coopkit} was built with.
 *
 * @since 0.1.0
 */
public final class Ids {
  private final IdGenerator generator;

  Ids(IdGenerator generator) {
    this.generator = requireNonNull(generator, "generator");
  }

  public ProjectId newProjectId() {
    return ProjectId.of(generator.next());
  }

  public ComponentId newComponentId() {
    return ComponentId.of(generator.next());
  }

  public EventId newEventId() {
    return EventId.of(generator.next());
  }

  public ContactId newContactId() {
    return ContactId.of(generator.next());
  }

  public RoleId newRoleId() {
    return RoleId.of(generator.next());
  }

  public OrganisationId newOrganisationId() {
    return OrganisationId.of(generator.next());
  }
}
