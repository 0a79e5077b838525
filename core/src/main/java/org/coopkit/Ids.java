package org.coopkit;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.IdGenerator;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.source.SourceId;

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

  /**
   * Returns a new project id, distinct from every id made before by the same generator.
   *
   * @return a fresh project id
   */
  public ProjectId newProjectId() {
    return ProjectId.of(generator.next());
  }

  /**
   * Returns a new component id, distinct from every id made before by the same generator.
   *
   * @return a fresh component id
   */
  public ComponentId newComponentId() {
    return ComponentId.of(generator.next());
  }

  /**
   * Returns a new event id, distinct from every id made before by the same generator.
   *
   * @return a fresh event id
   */
  public EventId newEventId() {
    return EventId.of(generator.next());
  }

  /**
   * Returns a new contact id, distinct from every id made before by the same generator.
   *
   * @return a fresh contact id
   */
  public ContactId newContactId() {
    return ContactId.of(generator.next());
  }

  /**
   * Returns a new role id, distinct from every id made before by the same generator.
   *
   * @return a fresh role id
   */
  public RoleId newRoleId() {
    return RoleId.of(generator.next());
  }

  /**
   * Returns a new organisation id, distinct from every id made before by the same generator.
   *
   * @return a fresh organisation id
   */
  public OrganisationId newOrganisationId() {
    return OrganisationId.of(generator.next());
  }

  /**
   * Returns a new source id, distinct from every id made before by the same generator.
   *
   * @return a fresh source id
   * @since 0.2.0
   */
  public SourceId newSourceId() {
    return SourceId.of(generator.next());
  }

  /**
   * Returns a new result id, distinct from every id made before by the same generator.
   *
   * @return a fresh result id
   * @since 0.2.0
   */
  public ResultId newResultId() {
    return ResultId.of(generator.next());
  }

  /**
   * Returns a new indicator id, distinct from every id made before by the same generator.
   *
   * @return a fresh indicator id
   * @since 0.2.0
   */
  public IndicatorId newIndicatorId() {
    return IndicatorId.of(generator.next());
  }
}
