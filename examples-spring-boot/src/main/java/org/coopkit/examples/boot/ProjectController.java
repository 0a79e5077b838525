package org.coopkit.examples.boot;

import java.net.URI;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.service.EventService;
import org.coopkit.service.ProjectService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects over HTTP, in coopkit's JSON (the starter registers its Jackson module with Boot's
 * mapper). Errors are answered by {@link CoopkitErrors}.
 *
 * <ul>
 *   <li>{@code POST /projects} {@code {"code": "...", "title": "..."}}: creates a project;
 *   <li>{@code POST /projects/launch}: a project and its first event, all or nothing ({@link
 *       LaunchRequest});
 *   <li>{@code GET /projects?text=...}: the first 20 projects, by code, whose texts match ({@link
 *       ProjectDirectory});
 *   <li>{@code GET /projects/{id}} and {@code GET /projects/{id}/events}.
 * </ul>
 */
@RestController
@RequestMapping("/projects")
public class ProjectController {
  private final ProjectService projects;
  private final EventService events;
  private final Programmes programmes;
  private final ProjectDirectory directory;
  private final Coopkit coopkit;

  /**
   * Takes coopkit's beans and the application's own.
   *
   * @param projects the project service
   * @param events the event service
   * @param programmes the application's launches
   * @param directory the application's search
   * @param coopkit where new ids come from
   */
  public ProjectController(
      ProjectService projects,
      EventService events,
      Programmes programmes,
      ProjectDirectory directory,
      Coopkit coopkit) {
    this.projects = projects;
    this.events = events;
    this.programmes = programmes;
    this.directory = directory;
    this.coopkit = coopkit;
  }

  /**
   * The body of {@code POST /projects}.
   *
   * @param code the project's unique code
   * @param title its English title
   */
  public record NewProject(String code, String title) {}

  /**
   * Creates a project.
   *
   * @param body its code and title
   * @return 201 with the project and its location
   */
  @PostMapping
  public ResponseEntity<Project> create(@RequestBody NewProject body) {
    Project created =
        projects.create(
            Project.builder()
                .id(coopkit.ids().newProjectId())
                .code(body.code())
                .title(body.title())
                .build());
    return ResponseEntity.created(URI.create("/projects/" + created.id())).body(created);
  }

  /**
   * Creates a project and its first event in one transaction.
   *
   * @param body the project and the event
   * @return 201 with both
   */
  @PostMapping("/launch")
  public ResponseEntity<Programmes.Launched> launch(@RequestBody LaunchRequest body) {
    Programmes.Launched launched = programmes.launch(body);
    return ResponseEntity.created(URI.create("/projects/" + launched.project().id()))
        .body(launched);
  }

  /**
   * Finds projects by text.
   *
   * @param text words of a title, code or acronym; all projects when absent or blank
   * @return at most 20 projects
   */
  @GetMapping
  public List<Project> search(@RequestParam(defaultValue = "") String text) {
    return directory.matching(text);
  }

  /**
   * One project.
   *
   * @param id the project's id
   * @return the project; 404 when there is none
   */
  @GetMapping("/{id}")
  public Project get(@PathVariable String id) {
    return projects.get(ProjectId.parse(id));
  }

  /**
   * A project's events, earliest first.
   *
   * @param id the project's id
   * @return at most 50 events
   */
  @GetMapping("/{id}/events")
  public List<Event> events(@PathVariable String id) {
    ProjectId project = projects.get(ProjectId.parse(id)).id();
    return events.search(EventQuery.builder().project(project).limit(50).build()).items();
  }
}
