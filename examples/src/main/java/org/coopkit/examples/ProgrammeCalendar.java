package org.coopkit.examples;

import java.util.List;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.service.EventService;

/**
 * A piece of a host application, to show how its tests run on the in-memory store: it lists a
 * project's conferences for a website's calendar.
 */
public final class ProgrammeCalendar {
  private final EventService events;

  public ProgrammeCalendar(EventService events) {
    this.events = events;
  }

  /** The first hundred conferences of a project, earliest first. */
  public List<Event> conferencesOf(ProjectId project) {
    return events
        .search(EventQuery.builder().project(project).type(EventType.CONFERENCE).limit(100).build())
        .items();
  }
}
