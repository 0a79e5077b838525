package org.coopkit.internal;

import java.time.Clock;
import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ReportService;
import org.coopkit.spi.Storage;

/** The services of one {@link org.coopkit.Coopkit}, all over the same storage and clock. */
public final class Services {
  private final ProjectService projects;
  private final EventService events;
  private final ContactService contacts;
  private final OrganisationService organisations;
  private final ReportService reports;

  public Services(Storage storage, Clock clock) {
    ServiceContext context = new ServiceContext(storage, clock);
    this.projects = new DefaultProjectService(context);
    this.events = new DefaultEventService(context);
    this.contacts = new DefaultContactService(context);
    this.organisations = new DefaultOrganisationService(context);
    this.reports = new DefaultReportService(context);
  }

  public ProjectService projects() {
    return projects;
  }

  public EventService events() {
    return events;
  }

  public ContactService contacts() {
    return contacts;
  }

  public OrganisationService organisations() {
    return organisations;
  }

  public ReportService reports() {
    return reports;
  }
}
