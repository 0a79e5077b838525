package org.coopkit.service;

import org.coopkit.history.Change;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * The history of each aggregate: every change the services made to it, oldest first, with who made
 * it, when, the version it produced and what changed field by field (see {@link Change}).
 *
 * <p>Every write through coopkit's services is recorded in the transaction that makes it (inside a
 * unit of work or not, creations, restores and upserts included), so the history holds exactly the
 * committed changes. The history outlives a deleted aggregate. After {@link ContactService#erase}
 * or {@link ContactService#delete}, the values of the person's personal fields read {@link
 * org.coopkit.history.FieldChange#ERASED} in every change of that contact.
 *
 * <p>The provenance of each fact ({@link ProvenanceService}) has a history of its own: its changes
 * are of the kind {@code FactProvenance}, with the fact's id described at {@link #of(Fact, String,
 * int)}. On a contact's fact, the reported values and the value and reason of the adoption may
 * quote the person: they are personal fields, erased with the contact's. A logframe's changes
 * ({@link ResultService}) are of the kind {@code Logframe}, with its project's id; see {@link
 * #ofLogframe}.
 *
 * <p>A unit of work writes its changes to the history when its work returns, just before it
 * commits: read inside the unit, the history does not show them yet. Writes that bypass the
 * services (a storage's bulk inserts, a host's own SQL) are not recorded.
 *
 * @since 0.2.0
 */
public interface HistoryService {
  /**
   * One page of a project's history, oldest change first.
   *
   * @param id the project's id
   * @param after the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the most changes to return, from 1 to {@link org.coopkit.query.Paging#MAX_LIMIT}
   * @return the changes of this page, with a cursor when more follow
   * @throws org.coopkit.error.ValidationException if the limit is out of range or the cursor is not
   *     one a history page returned
   */
  Page<Change> of(ProjectId id, @Nullable String after, int limit);

  /**
   * One page of an event's history; see {@link #of(ProjectId, String, int)}.
   *
   * @param id the event's id
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   */
  Page<Change> of(EventId id, @Nullable String after, int limit);

  /**
   * One page of a contact's history; see {@link #of(ProjectId, String, int)}.
   *
   * @param id the contact's id
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   */
  Page<Change> of(ContactId id, @Nullable String after, int limit);

  /**
   * One page of an organisation's history; see {@link #of(ProjectId, String, int)}.
   *
   * @param id the organisation's id
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   */
  Page<Change> of(OrganisationId id, @Nullable String after, int limit);

  /**
   * One page of a source's history; see {@link #of(ProjectId, String, int)}.
   *
   * @param id the source's id
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   * @since 0.2.0
   */
  Page<Change> of(SourceId id, @Nullable String after, int limit);

  /**
   * One page of a project's logframe history: its changes have the kind {@code Logframe} and the
   * project's id; see {@link #of(ProjectId, String, int)}.
   *
   * @param project the logframe's project
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   * @since 0.2.0
   */
  Page<Change> ofLogframe(ProjectId project, @Nullable String after, int limit);

  /**
   * One page of the history of a fact's provenance: every citation, report, adoption, restore and
   * removal, and what an erasure removed; see {@link #of(ProjectId, String, int)}. Its changes have
   * the kind {@code FactProvenance} and, as id, the name-based UUID (RFC 4122, version 3, as {@link
   * java.util.UUID#nameUUIDFromBytes} makes it) of the UTF-8 bytes of the fact's text ({@link
   * Fact#toString()}, e.g. {@code Event/<id>/participation.total}): stable, and computed again from
   * the fact. The creation's fields name the fact ({@code fact.kind}, {@code fact.aggregateId},
   * {@code fact.path}).
   *
   * @param fact the fact
   * @param after the previous page's cursor, or {@code null} for the first page
   * @param limit the most changes to return
   * @return the changes of this page, with a cursor when more follow
   * @since 0.2.0
   */
  Page<Change> of(Fact fact, @Nullable String after, int limit);
}
