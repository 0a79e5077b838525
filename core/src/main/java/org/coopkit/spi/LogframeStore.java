package org.coopkit.spi;

import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.query.LogframeQuery;

/**
 * Stores logframes, each whole, under its project's id: at most one per project. The references a
 * logframe holds (its project, components, events and sources) are checked by the service, except
 * that a store may refuse, with a {@link org.coopkit.error.BrokenReferenceException}, a logframe
 * whose project is not stored.
 *
 * <p>{@link #find} pages in the order of the projects' ids (their 128 bits unsigned); the next
 * cursor is the last logframe's project id.
 *
 * @since 0.2.0
 */
public interface LogframeStore extends AggregateStore<ProjectId, Logframe, LogframeQuery> {}
