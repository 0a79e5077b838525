package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coopkit.Coopkit;
import org.coopkit.model.Money;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.query.FactQuery;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.StatementCounter.Counted;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.ResultFixtures;
import org.coopkit.storage.tck.SourceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How many statements the reads of many aggregates take: a page of logframes or of provenance, and
 * a dashboard's funding totals, each in as many statements however many aggregates it covers, and a
 * page of provenance reading the rows of its own facts only. Counted rather than timed, so that a
 * busy machine cannot make them pass or fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadStatementsTest {
  private static final int MANY = 20;

  private final SchemaPerDatabase schemas = new SchemaPerDatabase();
  private final StatementCounter counter = new StatementCounter();
  private final Map<Database, JdbcStorage> counted = new EnumMap<>(Database.class);

  @AfterAll
  void closeSchemas() {
    counted.values().forEach(JdbcStorage::close);
    schemas.close();
  }

  /** A storage on {@code database}'s schema whose statements {@link #counter} counts. */
  private JdbcStorage storage(Database database) {
    return counted.computeIfAbsent(
        database,
        d -> {
          schemas.storage(d);
          return JdbcStorage.create(counter.wrap(schemas.schema(d).dataSource()));
        });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aPageOfLogframesTakesAsManyStatementsWhateverItsSize(Database database) {
    // given
    JdbcStorage storage = storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    List<Logframe> defined = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      Project project = coopkit.projects().create(Fixtures.projectWithComponents(2));
      Event event = coopkit.events().create(Fixtures.eventOf(project.id()));
      defined.add(
          coopkit
              .results()
              .define(ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id()))));
    }
    defined.sort(Comparator.comparing(Logframe::id));

    // when
    Counted<Page<Logframe>> two = counter.count(() -> logframes(storage, 2));
    Counted<Page<Logframe>> many = counter.count(() -> logframes(storage, MANY));
    Counted<Logframe> one =
        counter.count(
            () ->
                storage.inTransaction(
                    TransactionMode.READ_ONLY,
                    s -> s.results().get(two.result().items().get(0).id()).orElseThrow()));

    // then
    assertThat(many.result().items()).isEqualTo(defined);
    assertThat(two.result().items()).isEqualTo(defined.subList(0, 2));
    assertThat(one.result()).isEqualTo(two.result().items().get(0));
    assertThat(many.statements())
        .as("statements of a page of %d logframes, against %d for a page of 2", MANY, 2)
        .isEqualTo(two.statements());
    assertThat(one.statements()).as("statements of one logframe").isEqualTo(two.statements());
  }

  private static Page<Logframe> logframes(JdbcStorage storage, int limit) {
    return storage.inTransaction(
        TransactionMode.READ_ONLY,
        s -> s.results().find(LogframeQuery.builder().limit(limit).build()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aPageOfProvenanceTakesAsManyStatementsWhateverItsSize(Database database) {
    // given: facts of many organisations (no other test here gives one a fact), each reported
    // twice with a citation
    JdbcStorage storage = storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    Source source = coopkit.sources().create(SourceFixtures.anySource());
    for (int i = 0; i < MANY; i++) {
      Organisation organisation = coopkit.organisations().register(Fixtures.anyOrganisation());
      reportTwice(coopkit, Fact.of(organisation.id(), FactPath.of("website")), source);
    }
    FactQuery.Builder query = FactQuery.builder().kind(AggregateKind.ORGANISATION);

    // when
    Counted<Page<FactProvenance>> two = counter.count(() -> provenance(storage, query.limit(2)));
    Counted<Page<FactProvenance>> many =
        counter.count(() -> provenance(storage, query.limit(MANY)));

    // then
    assertThat(many.result().items()).hasSize(MANY);
    assertThat(many.result().items()).allSatisfy(p -> assertThat(p.reported()).hasSize(2));
    assertThat(many.statements())
        .as("statements of a page of %d facts, against %d for a page of 2", MANY, 2)
        .isEqualTo(two.statements());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aPageOfProvenanceReadsTheRowsOfItsOwnFactsOnly(Database database) {
    // given: one project with three facts, another with many, each fact reported twice
    JdbcStorage storage = storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    Source source = coopkit.sources().create(SourceFixtures.anySource());
    Project few = coopkit.projects().create(Fixtures.anyProject());
    Project many = coopkit.projects().create(Fixtures.anyProject());
    // (a page of two reads a third fact, to tell whether another page follows)
    for (int i = 0; i < 3; i++) {
      reportTwice(coopkit, countryFact(few, i), source);
    }
    for (int i = 0; i < MANY; i++) {
      reportTwice(coopkit, countryFact(many, i), source);
    }

    // when: a page of two facts of each
    Counted<Page<FactProvenance>> ofFew = counter.count(() -> provenance(storage, twoOf(few)));
    Counted<Page<FactProvenance>> ofMany = counter.count(() -> provenance(storage, twoOf(many)));

    // then
    assertThat(ofMany.result().items()).hasSize(2);
    assertThat(ofMany.result().items()).allSatisfy(p -> assertThat(p.reported()).hasSize(2));
    assertThat(ofMany.rows())
        .as("rows read for a page of 2 facts of a project with %d, against 2 facts of 3", MANY)
        .isEqualTo(ofFew.rows());
  }

  private static FactQuery.Builder twoOf(Project project) {
    return FactQuery.builder().aggregate(AggregateKind.PROJECT, project.id().value()).limit(2);
  }

  private static Fact countryFact(Project project, int i) {
    return Fact.of(project.id(), FactPath.of("countries[C" + i + "]"));
  }

  /** Two reports of {@code fact}, each citing {@code source}, so that the fact is contested. */
  private static void reportTwice(Coopkit coopkit, Fact fact, Source source) {
    coopkit.provenance().report(fact, ReportedValue.of("50", List.of(source.id())));
    coopkit.provenance().report(fact, ReportedValue.of("93", List.of(source.id())));
  }

  private static Page<FactProvenance> provenance(JdbcStorage storage, FactQuery.Builder query) {
    FactQuery built = query.build();
    return storage.inTransaction(
        TransactionMode.READ_ONLY, s -> s.provenance().orElseThrow().find(built));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aDashboardsFundingTotalsTakeAsManyStatementsWhateverTheProjects(Database database) {
    // given
    JdbcStorage storage = storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    Organisation donor = coopkit.organisations().register(Fixtures.anyOrganisation());
    List<ProjectId> projects = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      projects.add(
          coopkit
              .projects()
              .create(
                  Fixtures.anyProject().toBuilder()
                      .addFunding(
                          FundingLine.of(donor.id(), Money.of("1000.25", "EUR"), FundingKind.GRANT))
                      .build())
              .id());
    }

    // when
    Counted<ProjectDashboard> two =
        counter.count(
            () ->
                coopkit
                    .reports()
                    .dashboard(ReportScope.projects(projects.subList(0, 2)), ReportFilter.ALL));
    Counted<ProjectDashboard> many =
        counter.count(
            () -> coopkit.reports().dashboard(ReportScope.projects(projects), ReportFilter.ALL));

    // then
    assertThat(two.result().fundingTotals().values()).containsExactly(Money.of("2000.50", "EUR"));
    assertThat(many.result().fundingTotals().values()).containsExactly(Money.of("20005.00", "EUR"));
    assertThat(many.statements())
        .as("statements of a dashboard of %d projects, against %d for one of 2", MANY, 2)
        .isEqualTo(two.statements());
  }
}
