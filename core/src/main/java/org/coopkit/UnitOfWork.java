package org.coopkit;

import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ProvenanceService;
import org.coopkit.service.ReportService;
import org.coopkit.service.ResultService;
import org.coopkit.service.SourceService;

/**
 * The services inside one transaction, handed to the work of {@link Coopkit#inTransaction}: every
 * call made through them is part of that transaction, with every rule checked, and all of them are
 * stored together or not at all.
 *
 * <p>Valid only on the thread that began the unit, and only until its work returns: a call after
 * that, or from another thread, throws {@link IllegalStateException}.
 *
 * @since 0.2.0
 */
public interface UnitOfWork {
  /**
   * The projects service of this unit.
   *
   * @return the project service, bound to this unit's transaction
   */
  ProjectService projects();

  /**
   * The events service of this unit.
   *
   * @return the event service, bound to this unit's transaction
   */
  EventService events();

  /**
   * The contacts service of this unit.
   *
   * @return the contact service, bound to this unit's transaction
   */
  ContactService contacts();

  /**
   * The organisations service of this unit.
   *
   * @return the organisation service, bound to this unit's transaction
   */
  OrganisationService organisations();

  /**
   * The reports of this unit: they see the unit's own writes.
   *
   * @return the report service, bound to this unit's transaction
   */
  ReportService reports();

  /**
   * The sources of this unit.
   *
   * @return the source service, bound to this unit's transaction
   * @since 0.2.0
   */
  SourceService sources();

  /**
   * Where the facts come from, in this unit.
   *
   * @return the provenance service, bound to this unit's transaction
   * @since 0.2.0
   */
  ProvenanceService provenance();

  /**
   * The results service of this unit: logframes, indicators and progress.
   *
   * @return the results service, bound to this unit's transaction
   * @since 0.2.0
   */
  ResultService results();
}
