package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.source.Adoption;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.service.ProvenanceService;
import org.junit.jupiter.api.Test;

/**
 * Where facts come from: citations, conflicting reports kept beside the one adopted, adoption by a
 * person or a rule, the queries (conflicts, facts without a source, what a source supports), and
 * what deletion and erasure do to it.
 *
 * @since 0.2.0
 */
public abstract class ProvenanceTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected ProvenanceTestSuite() {}

  /**
   * The provenance service of {@link #coopkit()}.
   *
   * @return the provenance service under test
   */
  protected final ProvenanceService provenance() {
    return coopkit().provenance();
  }

  private Source storedSource(PartialDate speaksFor) {
    return coopkit().sources().create(SourceFixtures.sourceSpeakingFor(speaksFor));
  }

  private Fact totalOf(Event event) {
    return Fact.of(event.id(), FactPath.PARTICIPATION_TOTAL);
  }

  /** Checks that a fact cites each source once, and reads back equal. */
  @Test
  protected void aFactCitesEachSourceOnceAndReadsBackEqual() {
    // given
    Project project = storedProject();
    Source page = storedSource(PartialDate.ofYear(2024));
    Source record = storedSource(PartialDate.ofYear(2025));
    Fact country = Fact.of(project.id(), FactPath.of("countries[MD]"));

    // when
    provenance().cite(country, List.of(page.id()));
    FactProvenance cited = provenance().cite(country, List.of(page.id(), record.id()));

    // then
    assertThat(cited.sources()).containsExactly(page.id(), record.id());
    assertThat(cited.isSourced()).isTrue();
    assertThat(cited.version()).isEqualTo(2);
    assertThat(provenance().find(country)).contains(cited);
  }

  /** Checks that a missing source or aggregate is refused, and nothing is stored. */
  @Test
  protected void aMissingSourceOrAggregateIsRefused() {
    // given
    Project project = storedProject();
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    Source source = storedSource(PartialDate.ofYear(2024));

    // then
    assertThatThrownBy(() -> provenance().cite(end, List.of(SourceFixtures.newSourceId())))
        .isInstanceOf(BrokenReferenceException.class);
    assertThatThrownBy(
            () ->
                provenance()
                    .cite(
                        Fact.of(Fixtures.newProjectId(), FactPath.of("dates.actualEnd")),
                        List.of(source.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(provenance().find(end)).isEmpty();
  }

  /** Checks that two distinct reports are both kept and make the fact contested. */
  @Test
  protected void twoDistinctReportsAreKeptAndMakeTheFactContested() {
    // given
    Event event = storedEventOf(storedProject());
    Source news = storedSource(PartialDate.of(2024, 5, 2));
    Source report = storedSource(PartialDate.of(2024, 9, 30));

    // when
    provenance()
        .report(
            totalOf(event),
            ReportedValue.builder()
                .value("50")
                .approximate(true)
                .note("about 50")
                .source(news.id())
                .build());
    FactProvenance both =
        provenance().report(totalOf(event), ReportedValue.of("93", List.of(report.id())));

    // then
    assertThat(both.reported()).extracting(ReportedValue::value).containsExactly("50", "93");
    assertThat(both.reported().get(0).approximate()).isTrue();
    assertThat(both.reported().get(0).note()).isEqualTo("about 50");
    assertThat(both.isContested()).isTrue();
    assertThat(provenance().find(totalOf(event))).contains(both);
    assertThat(provenance().search(forAggregate(event).contested(true).build()).items())
        .containsExactly(both);
  }

  /** Checks that the same value reported again gains the new source instead of a second entry. */
  @Test
  protected void theSameValueReportedAgainGainsTheNewSource() {
    // given
    Event event = storedEventOf(storedProject());
    Source first = storedSource(PartialDate.ofYear(2024));
    Source second = storedSource(PartialDate.ofYear(2025));
    provenance().report(totalOf(event), ReportedValue.of("93", List.of(first.id())));

    // when
    FactProvenance merged =
        provenance().report(totalOf(event), ReportedValue.of("93", List.of(second.id())));

    // then
    assertThat(merged.reported()).hasSize(1);
    assertThat(merged.reported().get(0).sources()).containsExactly(first.id(), second.id());
    assertThat(merged.isContested()).isFalse();
  }

  /** Checks that a person's adoption settles the conflict, with who and why, and keeps the rest. */
  @Test
  protected void aPersonsAdoptionSettlesTheConflictAndKeepsTheOtherReports() {
    // given
    Event event = storedEventOf(storedProject());
    Source news = storedSource(PartialDate.ofYear(2024));
    Source report = storedSource(PartialDate.ofYear(2025));
    provenance().report(totalOf(event), ReportedValue.of("50", List.of(news.id())));
    provenance().report(totalOf(event), ReportedValue.of("93", List.of(report.id())));

    // when
    FactProvenance adopted =
        coopkit()
            .actingAs(
                "maria@office.example",
                () -> provenance().adopt(totalOf(event), "93", "final report counted signatures"));

    // then
    Adoption adoption = adopted.adoption();
    assertThat(adoption).isNotNull();
    assertThat(adoption.rule()).isEqualTo(AdoptionRule.CHOSEN);
    assertThat(adoption.actor()).isEqualTo("maria@office.example");
    assertThat(adoption.reason()).isEqualTo("final report counted signatures");
    assertThat(adoption.at()).isEqualTo(START);
    assertThat(adopted.adopted().orElseThrow().sources()).containsExactly(report.id());
    assertThat(adopted.reported()).hasSize(2);
    assertThat(adopted.isContested()).isFalse();
    assertThat(provenance().find(totalOf(event))).contains(adopted);
    assertThat(provenance().search(forAggregate(event).contested(true).build()).items()).isEmpty();
  }

  /** Checks that adopting a value no source reported is refused. */
  @Test
  protected void adoptingAValueNoSourceReportedIsRefused() {
    // given
    Event event = storedEventOf(storedProject());
    provenance().report(totalOf(event), ReportedValue.of("93", List.of()));

    // then
    assertThatThrownBy(() -> provenance().adopt(totalOf(event), "94", "typo"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("adoption.value").contains("94"));
  }

  /** Checks that the latest-source rule follows later reports and leaves the fact contested. */
  @Test
  protected void theLatestSourceRuleFollowsLaterReportsAndLeavesTheFactContested() {
    // given
    Project project = storedProject();
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    Source page = storedSource(PartialDate.ofMonth(2024, 1));
    Source donor = storedSource(PartialDate.ofMonth(2024, 6));
    Source older = storedSource(PartialDate.ofYear(2023));
    provenance().report(end, ReportedValue.of("2024-12-31", List.of(page.id())));
    provenance().report(end, ReportedValue.of("2025-06-30", List.of(donor.id())));

    // when
    FactProvenance byRule = provenance().adoptByRule(end, AdoptionRule.LATEST_SOURCE);
    FactProvenance afterOlder =
        provenance().report(end, ReportedValue.of("2024-06-30", List.of(older.id())));

    // then
    assertThat(byRule.adoption().value()).isEqualTo("2025-06-30");
    assertThat(afterOlder.adoption().value()).isEqualTo("2025-06-30");
    assertThat(afterOlder.adoption().rule()).isEqualTo(AdoptionRule.LATEST_SOURCE);
    assertThat(afterOlder.isContested()).isTrue();
  }

  /** Checks that the most-specific rule prefers an exact value to an approximate later one. */
  @Test
  protected void theMostSpecificRulePrefersAnExactValue() {
    // given
    Event event = storedEventOf(storedProject());
    Source report = storedSource(PartialDate.ofYear(2024));
    Source news = storedSource(PartialDate.ofYear(2025));
    provenance().report(totalOf(event), ReportedValue.of("93", List.of(report.id())));
    provenance()
        .report(
            totalOf(event),
            ReportedValue.builder().value("100").approximate(true).source(news.id()).build());

    // when
    FactProvenance adopted = provenance().adoptByRule(totalOf(event), AdoptionRule.MOST_SPECIFIC);

    // then
    assertThat(adopted.adoption().value()).isEqualTo("93");
  }

  /** Checks that searching by source lists every fact it supports, of any aggregate. */
  @Test
  protected void searchingBySourceListsEverythingItSupports() {
    // given
    Source page = storedSource(PartialDate.ofYear(2024));
    Project project = storedProject();
    Event event = storedEventOf(project);
    Contact contact = storedContact();
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    Fact role = Fact.of(contact.id(), FactPath.of("roles[lead].type"));
    provenance().cite(end, List.of(page.id()));
    provenance().report(totalOf(event), ReportedValue.of("93", List.of(page.id())));
    provenance().cite(role, List.of(page.id()));
    provenance()
        .cite(
            Fact.of(project.id(), FactPath.of("title")),
            List.of(storedSource(PartialDate.ofYear(2023)).id()));

    // when
    List<Fact> supported = all(FactQuery.builder().source(page.id()).limit(2).build());

    // then
    assertThat(supported).containsExactlyInAnyOrder(end, totalOf(event), role);
  }

  /** Checks that facts resting on no source are listed as unsourced. */
  @Test
  protected void factsRestingOnNoSourceAreListedAsUnsourced() {
    // given
    Project project = storedProject();
    Source page = storedSource(PartialDate.ofYear(2024));
    Fact sourced = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    Fact bare = Fact.of(project.id(), FactPath.of("dates.plannedEnd"));
    provenance().cite(sourced, List.of(page.id()));
    provenance().report(bare, ReportedValue.of("2025-12-31", List.of()));

    // when
    List<Fact> unsourced =
        all(
            FactQuery.builder()
                .aggregate(AggregateKind.PROJECT, project.id().value())
                .unsourced(true)
                .build());

    // then
    assertThat(unsourced).containsExactly(bare);
  }

  /** Checks that a report's figures are checked for contested facts, only those returned. */
  @Test
  protected void aReportListsTheFiguresThatRestOnContestedFacts() {
    // given
    Project project = storedProject();
    Event calm = storedEventOf(project);
    Event disputed = storedEventOf(project);
    Event unknown = storedEventOf(project);
    provenance().report(totalOf(calm), ReportedValue.of("20", List.of()));
    provenance().report(totalOf(disputed), ReportedValue.of("50", List.of()));
    provenance().report(totalOf(disputed), ReportedValue.of("93", List.of()));

    // when
    List<FactProvenance> contested =
        provenance().contested(List.of(totalOf(calm), totalOf(disputed), totalOf(unknown)));

    // then
    assertThat(contested).extracting(FactProvenance::fact).containsExactly(totalOf(disputed));
  }

  /** Checks that deleting an aggregate removes its facts' provenance and frees its sources. */
  @Test
  protected void deletingAnAggregateRemovesItsProvenance() {
    // given
    Event event = storedEventOf(storedProject());
    Source source = storedSource(PartialDate.ofYear(2024));
    provenance().report(totalOf(event), ReportedValue.of("93", List.of(source.id())));

    // when
    events().delete(event.id(), event.version());

    // then
    assertThat(provenance().find(totalOf(event))).isEmpty();
    coopkit().sources().delete(source.id(), source.version());
    assertThat(coopkit().sources().find(source.id())).isEmpty();
  }

  /** Checks that erasing a contact removes reported values and reasons, keeping citations. */
  @Test
  protected void erasingAContactRemovesItsReportedValuesAndKeepsTheCitations() {
    // given
    Contact contact = storedContact();
    Source source = storedSource(PartialDate.ofYear(2024));
    Fact title = Fact.of(contact.id(), FactPath.of("jobTitle"));
    provenance()
        .report(
            title,
            ReportedValue.builder()
                .value("Head of unit, J. Doe")
                .note("as signed by J. Doe")
                .source(source.id())
                .build());
    provenance().report(title, ReportedValue.of("Deputy head", List.of()));
    provenance().adopt(title, "Deputy head", "J. Doe said so by phone");

    // when
    contacts().erase(contact.id());

    // then
    FactProvenance erased = provenance().find(title).orElseThrow();
    assertThat(erased.reported()).isEmpty();
    assertThat(erased.adoption()).isNull();
    assertThat(erased.sources()).containsExactly(source.id());
    assertThat(erased.toString()).doesNotContain("Doe");
  }

  /** Checks that a stale removal conflicts and that a rolled-back unit leaves nothing. */
  @Test
  protected void aStaleRemovalConflictsAndARolledBackUnitLeavesNothing() {
    // given
    Project project = storedProject();
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    FactProvenance first = provenance().report(end, ReportedValue.of("2025-01-31", List.of()));
    provenance().report(end, ReportedValue.of("2025-06-30", List.of()));
    Fact other = Fact.of(project.id(), FactPath.of("dates.actualStart"));

    // then
    assertThatThrownBy(() -> provenance().remove(end, first.version()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.provenance().report(other, ReportedValue.of("2021-01-01", List.of()));
                          throw new IllegalStateException("roll back");
                        }))
        .hasMessage("roll back");
    assertThat(provenance().find(other)).isEmpty();
  }

  private static FactQuery.Builder forAggregate(Event event) {
    return FactQuery.builder().aggregate(AggregateKind.EVENT, event.id().value());
  }

  /** Every fact the query finds, page after page. */
  private List<Fact> all(FactQuery first) {
    List<Fact> facts = new ArrayList<>();
    FactQuery query = first;
    while (true) {
      Page<FactProvenance> page = provenance().search(query);
      page.items().forEach(p -> facts.add(p.fact()));
      if (page.nextCursor() == null) {
        return facts;
      }
      query = query.after(page.nextCursor());
    }
  }
}
