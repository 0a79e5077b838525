package org.coopkit.service;

import java.util.List;
import java.util.Optional;
import org.coopkit.model.ExternalId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;

/**
 * Projects and their components.
 *
 * @since 0.1.0
 */
public interface ProjectService {
  /**
   * Stores a new project with version 1 and timestamps from the clock; its own version and
   * timestamps are ignored.
   *
   * @param project the new project
   * @return the project as stored
   * @throws org.coopkit.error.DuplicateException if its id or code is taken
   * @throws org.coopkit.error.BrokenReferenceException if an organisation or related project does
   *     not exist
   */
  Project create(Project project);

  /**
   * Stores {@code project} as it was exported from a coopkit store, keeping its version and
   * timestamps: for moving a data set between stores (coopkit-json's import), not for new projects,
   * which {@link #create} stamps. Every rule of {@link #create} applies, here as there, including
   * inside a unit of work. One that was never stored (version 0) is stamped as {@link #create}
   * stamps it.
   *
   * @param project the project as exported, with the version and timestamps it had in its store
   * @return the project as stored
   * @throws org.coopkit.error.DuplicateException if its id or code is taken
   * @throws org.coopkit.error.BrokenReferenceException if an organisation or related project does
   *     not exist
   * @since 0.2.0
   */
  Project restore(Project project);

  /**
   * The project with this id, if any.
   *
   * @param id the project's id
   * @return the project, or empty if there is none
   */
  Optional<Project> find(ProjectId id);

  /**
   * The project with this id.
   *
   * @param id the project's id
   * @return the stored project
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Project get(ProjectId id);

  /**
   * The project with this code (compared in lower case), if any.
   *
   * @param code the project code, in any case
   * @return the project, or empty if none has this code
   * @throws org.coopkit.error.ValidationException if {@code code} is blank, longer than {@link
   *     org.coopkit.model.Limits#CODE} or holds a control character, as no project's code can
   */
  Optional<Project> findByCode(String code);

  /**
   * Creates the project, or changes the one stored with its code to match it: for imports and syncs
   * that know a project by its code, not by its id and version. A stored project keeps its id,
   * version history and creation time; all else is taken from {@code project}, by the rules of
   * {@link #update}. Concurrent upserts of the same stored project run one after the other; of two
   * that both create a new code, one fails with a {@link org.coopkit.error.DuplicateException} and
   * finds the project when tried again.
   *
   * @param project the project as it should be; its id is used only when it is created, its version
   *     and timestamps are ignored
   * @return the project as stored: created with version 1, or changed with its version raised by
   *     one
   * @throws org.coopkit.error.DuplicateException if it is new and its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   * @throws org.coopkit.error.StillReferencedException if a component it drops is used by events or
   *     named by a result of the project's logframe
   * @since 0.2.0
   */
  Project upsertByCode(Project project);

  /**
   * The project that carries this identifier of another system, if any. The model lets several
   * projects carry one identifier (two phases of one donor's activity, say); then it names none of
   * them, and this throws rather than pick one: find them with {@link
   * ProjectQuery.Builder#externalId}.
   *
   * @param externalId the identifier, e.g. an IATI activity identifier
   * @return the project, or empty if none carries it
   * @throws org.coopkit.error.DuplicateException (field {@code Project.externalIds}) if more than
   *     one project carries it
   * @since 0.2.0
   */
  Optional<Project> findByExternalId(ExternalId externalId);

  /**
   * Creates the project, or changes the one that carries {@code externalId} to match it: for
   * imports and syncs that know a project by another system's identifier (an IATI activity
   * identifier), not by its id and version. It works as {@link #upsertByCode} does, the stored
   * project found by {@link #findByExternalId} instead of by code; a changed project takes {@code
   * project}'s code too, which must not be another project's. Identifiers are not unique in the
   * store: two concurrent upserts that both create a project with a new identifier (and different
   * codes) both succeed, and later lookups by it fail with a {@link
   * org.coopkit.error.DuplicateException}; run the upserts of one identifier one after the other.
   *
   * @param externalId the identifier the project is known by; {@code project} must carry it, so
   *     that the next upsert finds it
   * @param project the project as it should be; its id is used only when it is created, its version
   *     and timestamps are ignored
   * @return the project as stored: created with version 1, or changed with its version raised by
   *     one
   * @throws org.coopkit.error.ValidationException (path {@code externalIds}) if {@code project}
   *     does not carry {@code externalId}
   * @throws org.coopkit.error.DuplicateException if more than one stored project carries {@code
   *     externalId}, or the project's code (or, when it is new, its id) is taken
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   * @throws org.coopkit.error.StillReferencedException if a component it drops is used by events or
   *     named by a result of the project's logframe
   * @since 0.2.0
   */
  Project upsertByExternalId(ExternalId externalId, Project project);

  /**
   * Replaces the stored project with {@code project}, if the stored version is still {@code
   * project.version()}. Components removed here must not be used by events.
   *
   * @param project the changed project, carrying the version it was read at
   * @return the project as stored, with its version raised by one
   * @throws org.coopkit.error.NotFoundException if the project does not exist
   * @throws org.coopkit.error.ConflictException if it was changed since {@code project} was read
   * @throws org.coopkit.error.DuplicateException if the new code is taken
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   * @throws org.coopkit.error.StillReferencedException if a removed component is used by events or
   *     named by a result of the project's logframe
   */
  Project update(Project project);

  /**
   * Deletes a project that has no events, that no other project relates to and that no contact
   * holds a role for.
   *
   * @param id the project's id
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.StillReferencedException if events, other projects or contacts' roles
   *     refer to it
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   * @throws org.coopkit.error.NotFoundException if it does not exist
   */
  void delete(ProjectId id, long expectedVersion);

  /**
   * Deletes a project together with its events, explicitly. An event held jointly with other
   * projects is kept for them, with this project and its components taken out of it. Relations from
   * other projects to this one are removed too.
   *
   * <p>Contacts' roles are people's history and are not cascaded: while a contact holds a role for
   * the project, it is not deleted.
   *
   * @param id the project's id
   * @param expectedVersion the version the caller read
   * @return how many events were deleted (joint events that were kept are not counted)
   * @throws org.coopkit.error.StillReferencedException if a contact holds a role for it, or an
   *     event it would delete has parts ({@link org.coopkit.model.event.Event#partOf()}) that other
   *     projects hold
   * @throws org.coopkit.error.ConflictException if the project was changed since it was read
   * @throws org.coopkit.error.NotFoundException if it does not exist
   */
  int deleteWithEvents(ProjectId id, long expectedVersion);

  /**
   * Adds a component at the end of the project's components.
   *
   * @param project the project's id
   * @param expectedVersion the version the caller read
   * @param component the new component
   * @return the project as stored
   * @throws org.coopkit.error.ValidationException if its id or code repeats one of the project's
   */
  Project addComponent(ProjectId project, long expectedVersion, Component component);

  /**
   * Replaces the component with the same id, keeping its position.
   *
   * @param project the project's id
   * @param expectedVersion the version the caller read
   * @param component the changed component, with the id of the one it replaces
   * @return the project as stored
   * @throws org.coopkit.error.NotFoundException if the project has no such component
   */
  Project changeComponent(ProjectId project, long expectedVersion, Component component);

  /**
   * Puts the components in the given order, which must name each of them exactly once.
   *
   * @param project the project's id
   * @param expectedVersion the version the caller read
   * @param order the ids of all the project's components, in the new order
   * @return the project as stored
   * @throws org.coopkit.error.ValidationException if {@code order} is not a permutation of the
   *     project's components
   */
  Project reorderComponents(ProjectId project, long expectedVersion, List<ComponentId> order);

  /**
   * Removes a component that no event uses.
   *
   * @param project the project's id
   * @param expectedVersion the version the caller read
   * @param component the component to remove
   * @return the project as stored
   * @throws org.coopkit.error.NotFoundException if the project has no such component
   * @throws org.coopkit.error.StillReferencedException if events use it or a result of the
   *     project's logframe names it
   */
  Project removeComponent(ProjectId project, long expectedVersion, ComponentId component);

  /**
   * One page of the projects matching the query.
   *
   * @param query the filters, order and page
   * @return the matching projects of this page
   */
  Page<Project> search(ProjectQuery query);
}
