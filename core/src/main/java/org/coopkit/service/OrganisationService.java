package org.coopkit.service;

import java.util.List;
import java.util.Optional;
import org.coopkit.model.ExternalId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;

/**
 * Organisations: funders, implementers, co-organisers, employers.
 *
 * @since 0.1.0
 */
public interface OrganisationService {
  /**
   * Registers a new organisation with version 1 and timestamps from the clock.
   *
   * @param organisation the new organisation; its version and timestamps are ignored
   * @return the organisation as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its parent does not exist
   */
  Organisation register(Organisation organisation);

  /**
   * Stores {@code organisation} as it was exported from a coopkit store, keeping its version and
   * timestamps: for moving a data set between stores (coopkit-json's import), not for new
   * organisations, which {@link #register} stamps. Every rule of {@link #register} applies, here as
   * there, including inside a unit of work. One that was never stored (version 0) is stamped as
   * {@link #register} stamps it.
   *
   * @param organisation the organisation as exported, with the version and timestamps it had in its
   *     store
   * @return the organisation as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its parent does not exist
   * @throws org.coopkit.error.ValidationException (path {@code parent}) if the parent chain would
   *     loop back to it
   * @since 0.2.0
   */
  Organisation restore(Organisation organisation);

  /**
   * The organisation with this id, if any.
   *
   * @param id the organisation's id
   * @return the organisation, or empty if there is none
   */
  Optional<Organisation> find(OrganisationId id);

  /**
   * The organisation with this id.
   *
   * @param id the organisation's id
   * @return the stored organisation
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Organisation get(OrganisationId id);

  /**
   * The organisations known by this name: their name in one of its languages, or their acronym,
   * equals it once both are folded (as {@link org.coopkit.query} says: accents, case, punctuation
   * and spacing aside). So {@code "council of europe"} finds "Council of Europe", {@code "conseil
   * de l'europe"} finds it by its French name "Conseil de l’Europe", and {@code "c-proc"} the
   * organisation with the acronym {@code C-PROC}; "Council of Europe Office" is not found by {@code
   * "Council of Europe"} (for that, search with {@link OrganisationQuery.Builder#text}). Names are
   * not unique: every organisation with the name is returned.
   *
   * @param name the name or acronym, as written in any language
   * @return the organisations with this name or acronym, ordered by folded English name, then id;
   *     empty if none
   * @throws org.coopkit.error.ValidationException (path {@code name}) if {@code name} is blank,
   *     longer than {@link org.coopkit.model.Limits#NAME}, holds a control character, or has no
   *     letter or digit
   * @since 0.2.0
   */
  List<Organisation> findByName(String name);

  /**
   * The organisation that carries this identifier of another system, if any. The model lets several
   * organisations carry one identifier (a unit may carry its parent's, say); then it names none of
   * them, and this throws rather than pick one: find them with {@link
   * OrganisationQuery.Builder#externalId}.
   *
   * @param externalId the identifier, e.g. an IATI organisation identifier
   * @return the organisation, or empty if none carries it
   * @throws org.coopkit.error.DuplicateException (field {@code Organisation.externalIds}) if more
   *     than one organisation carries it
   * @since 0.2.0
   */
  Optional<Organisation> findByExternalId(ExternalId externalId);

  /**
   * Registers the organisation, or changes the one that carries {@code externalId} to match it: for
   * imports and syncs that know an organisation by another system's identifier (an IATI
   * organisation identifier), not by its id and version. It works as {@link #upsertByAcronym} does,
   * the stored organisation found by {@link #findByExternalId} instead of by acronym. Identifiers
   * are not unique in the store: two concurrent upserts that both register an organisation with a
   * new identifier both succeed, and later lookups by it fail with a {@link
   * org.coopkit.error.DuplicateException}; run the upserts of one identifier one after the other.
   *
   * @param externalId the identifier the organisation is known by; {@code organisation} must carry
   *     it, so that the next upsert finds it
   * @param organisation the organisation as it should be; its id is used only when it is
   *     registered, its version and timestamps are ignored
   * @return the organisation as stored: registered with version 1, or changed with its version
   *     raised by one
   * @throws org.coopkit.error.ValidationException (path {@code externalIds}) if {@code
   *     organisation} does not carry {@code externalId}
   * @throws org.coopkit.error.DuplicateException if more than one stored organisation carries
   *     {@code externalId}, or if it is new and its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its parent does not exist
   * @since 0.2.0
   */
  Organisation upsertByExternalId(ExternalId externalId, Organisation organisation);

  /**
   * Registers the organisation, or changes the one stored with its acronym to match it: for imports
   * and syncs that know an organisation by its acronym ("C-PROC"), not by its id and version.
   * Acronyms are compared ignoring case. A stored organisation keeps its id, version history and
   * creation time; all else is taken from {@code organisation}, by the rules of {@link #update}.
   *
   * @param organisation the organisation as it should be, with an acronym; its id is used only when
   *     it is registered, its version and timestamps are ignored
   * @return the organisation as stored: registered with version 1, or changed with its version
   *     raised by one
   * @throws org.coopkit.error.ValidationException if it has no acronym
   * @throws org.coopkit.error.DuplicateException if more than one stored organisation has the
   *     acronym, so that it names none of them, or if it is new and its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its parent does not exist
   * @since 0.2.0
   */
  Organisation upsertByAcronym(Organisation organisation);

  /**
   * Replaces the stored organisation, if its stored version is still {@code
   * organisation.version()}.
   *
   * @param organisation the changed organisation, carrying the version it was read at
   * @return the organisation as stored, with its version raised by one
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   * @throws org.coopkit.error.BrokenReferenceException if its parent does not exist
   * @throws org.coopkit.error.ValidationException (path {@code parent}) if the parent chain would
   *     loop back to it
   */
  Organisation update(Organisation organisation);

  /**
   * Deletes an organisation that nothing refers to.
   *
   * @param id the organisation's id
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.StillReferencedException if projects, events, contacts or units refer
   *     to it
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  void delete(OrganisationId id, long expectedVersion);

  /**
   * One page of the organisations matching the query.
   *
   * @param query the filters, order and page
   * @return the matching organisations of this page
   */
  Page<Organisation> search(OrganisationQuery query);
}
