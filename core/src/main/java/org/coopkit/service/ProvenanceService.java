package org.coopkit.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;

/**
 * Where facts come from: the sources a fact cites, the values sources reported for it, and the one
 * adopted.
 *
 * <pre>{@code
 * Fact total = Fact.of(event.id(), FactPath.PARTICIPATION_TOTAL);
 * provenance.report(total, ReportedValue.builder().value("50").approximate(true)
 *     .source(newsItem.id()).build());
 * provenance.report(total, ReportedValue.of("93", List.of(finalReport.id())));
 * provenance.adopt(total, "93", "the final report counted the signatures");
 * }</pre>
 *
 * <p>The adopted value is the one the aggregate holds, and reports count it: for an event's total,
 * {@link org.coopkit.model.event.Participation#total()}. This service keeps the reports and the
 * choice; the host writes the adopted value to the aggregate as it writes any other value.
 *
 * <p>Every write checks that the aggregate and the cited sources exist. When an aggregate is
 * deleted its facts' provenance goes with it; when a contact is {@linkplain ContactService#erase
 * erased}, the reported values of its facts and the reasons of their adoption are removed (they may
 * quote the person), and only the citations of sources stay.
 *
 * @since 0.2.0
 */
public interface ProvenanceService {
  /**
   * The provenance of a fact.
   *
   * @param fact the fact
   * @return its provenance, or empty if it has none
   */
  Optional<FactProvenance> find(Fact fact);

  /**
   * Makes a fact cite sources, for the value its aggregate holds; a source it cites already is not
   * added again.
   *
   * @param fact the fact
   * @param sources the sources, at least one
   * @return the fact's provenance as stored
   * @throws org.coopkit.error.NotFoundException if the aggregate does not exist
   * @throws org.coopkit.error.BrokenReferenceException if a source does not exist
   */
  FactProvenance cite(Fact fact, List<SourceId> sources);

  /**
   * Adds a value sources reported for a fact. A value already reported (same text) gains the new
   * sources instead. An adoption by a rule is applied again, so it may now adopt the new value; a
   * person's adoption stays.
   *
   * @param fact the fact
   * @param value the value and its sources
   * @return the fact's provenance as stored
   * @throws org.coopkit.error.NotFoundException if the aggregate does not exist
   * @throws org.coopkit.error.BrokenReferenceException if a source does not exist
   */
  FactProvenance report(Fact fact, ReportedValue value);

  /**
   * Adopts one of the reported values, chosen by the current actor (as the history names it), for a
   * reason: this settles the conflict, and the fact is no longer contested.
   *
   * @param fact the fact
   * @param value the text of a reported value
   * @param reason why; not blank, one line
   * @return the fact's provenance as stored
   * @throws org.coopkit.error.NotFoundException if the fact has no provenance
   * @throws org.coopkit.error.ValidationException if no reported value has this text, or the reason
   *     is blank
   */
  FactProvenance adopt(Fact fact, String value, String reason);

  /**
   * Adopts the reported value a rule picks, now and whenever a value is reported later. The fact
   * stays {@linkplain FactProvenance#isContested() contested}.
   *
   * @param fact the fact
   * @param rule {@link AdoptionRule#LATEST_SOURCE} or {@link AdoptionRule#MOST_SPECIFIC}
   * @return the fact's provenance as stored
   * @throws org.coopkit.error.NotFoundException if the fact has no provenance
   * @throws org.coopkit.error.ValidationException if the rule is {@link AdoptionRule#CHOSEN}, or
   *     the fact has no reported value
   */
  FactProvenance adoptByRule(Fact fact, AdoptionRule rule);

  /**
   * Stores a fact's provenance as an export holds it: its version and time kept when it has a
   * version (above 0), else at version 1, now.
   *
   * @param provenance the provenance
   * @return the provenance as stored
   * @throws org.coopkit.error.NotFoundException if the aggregate does not exist
   * @throws org.coopkit.error.BrokenReferenceException if a source does not exist
   * @throws org.coopkit.error.DuplicateException if the fact has provenance already
   */
  FactProvenance restore(FactProvenance provenance);

  /**
   * Removes a fact's provenance: its citations, reported values and adoption.
   *
   * @param fact the fact
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.NotFoundException if the fact has none
   * @throws org.coopkit.error.ConflictException if someone changed it since
   */
  void remove(Fact fact, long expectedVersion);

  /**
   * One page of facts' provenance: everything a source supports ({@link FactQuery#source()}), the
   * unresolved conflicts ({@link FactQuery#contested()}), the facts without a source ({@link
   * FactQuery#unsourced()}), or all of one aggregate.
   *
   * @param query the filters and page
   * @return the page
   */
  Page<FactProvenance> search(FactQuery query);

  /**
   * Which of {@code facts} are contested: for a report, the figures that rest on facts sources
   * disagree about and no one has settled, e.g. the totals of the events a tally counts.
   *
   * @param facts the facts a report uses
   * @return the provenance of those that are contested, in the order given
   */
  List<FactProvenance> contested(Collection<Fact> facts);
}
