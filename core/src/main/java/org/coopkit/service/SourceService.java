package org.coopkit.service;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.Page;
import org.coopkit.query.SourceQuery;

/**
 * Sources: the documents and web pages that facts cite (see {@link ProvenanceService}). Their
 * changes are in the history, as those of every aggregate.
 *
 * @since 0.2.0
 */
public interface SourceService {
  /**
   * Stores a new source, at version 1, created and updated now.
   *
   * @param source the source, its id new
   * @return the source as stored
   * @throws org.coopkit.error.DuplicateException if the id is taken
   */
  Source create(Source source);

  /**
   * Stores a source as an export holds it: with its version and stamps when it has them (version
   * above 0), else as {@link #create} does.
   *
   * @param source the source
   * @return the source as stored
   * @throws org.coopkit.error.DuplicateException if the id is taken
   */
  Source restore(Source source);

  /**
   * The source with this id.
   *
   * @param id the id
   * @return the source, or empty
   */
  Optional<Source> find(SourceId id);

  /**
   * The source with this id.
   *
   * @param id the id
   * @return the source
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Source get(SourceId id);

  /**
   * Replaces a source, if it is still at the version the caller read ({@link Source#version()}).
   *
   * @param source the changed source
   * @return the source as stored, its version raised
   * @throws org.coopkit.error.NotFoundException if there is none
   * @throws org.coopkit.error.ConflictException if someone changed it since
   */
  Source update(Source source);

  /**
   * Deletes a source that no fact cites. A source still cited is refused, rather than the citations
   * being dropped quietly: facts would lose where they come from. Re-cite the facts first ({@link
   * ProvenanceService#search} with {@code FactQuery.builder().source(id)} lists them).
   *
   * @param id the source
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.NotFoundException if there is none
   * @throws org.coopkit.error.ConflictException if someone changed it since
   * @throws org.coopkit.error.StillReferencedException if a fact cites it
   */
  void delete(SourceId id, long expectedVersion);

  /**
   * One page of sources.
   *
   * @param query the filter and page
   * @return the page, in the order of the ids
   */
  Page<Source> list(SourceQuery query);

  /**
   * The sources with exactly this link (several when one page was read on several dates).
   *
   * @param link the link
   * @return the sources, in the order of their ids; empty if none
   */
  List<Source> findByLink(URI link);
}
