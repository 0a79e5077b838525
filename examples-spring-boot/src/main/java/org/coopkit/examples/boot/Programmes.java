package org.coopkit.examples.boot;

import org.coopkit.Coopkit;
import org.coopkit.Ids;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.project.Project;
import org.coopkit.service.EventService;
import org.coopkit.service.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's own logic over coopkit's services. {@link #launch} makes a project and its
 * first event in one transaction of the application's: both are stored, or, when the event is
 * refused, neither is.
 */
@Service
public class Programmes {
  private final ProjectService projects;
  private final EventService events;
  private final Ids ids;

  /**
   * Takes coopkit's beans.
   *
   * @param projects the project service
   * @param events the event service
   * @param coopkit where new ids come from
   */
  public Programmes(ProjectService projects, EventService events, Coopkit coopkit) {
    this.projects = projects;
    this.events = events;
    this.ids = coopkit.ids();
  }

  /** A project and the event that opens it. */
  public record Launched(Project project, Event firstEvent) {}

  /**
   * Creates a project and its first event, all or nothing: coopkit's calls join this method's
   * transaction, so a refused event takes the project back with it.
   *
   * @param request the project and its first event
   * @return both, as stored
   * @throws org.coopkit.error.ValidationException if either breaks a rule; nothing is stored
   * @throws org.coopkit.error.DuplicateException if the code is taken; nothing is stored
   */
  @Transactional
  public Launched launch(LaunchRequest request) {
    Project project =
        projects.create(
            Project.builder()
                .id(ids.newProjectId())
                .code(request.code())
                .title(request.title())
                .build());
    LaunchRequest.FirstEvent first = request.firstEvent();
    Event event =
        events.create(
            Event.builder()
                .id(ids.newEventId())
                .addProject(project.id())
                .title(first.title())
                .type(first.type())
                .dates(EventDates.of(first.start(), first.end(), null))
                .build());
    return new Launched(project, event);
  }
}
