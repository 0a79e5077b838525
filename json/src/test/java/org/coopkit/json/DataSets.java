package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.Coopkit;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceKind;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.FactQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SourceQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.RandomAggregates;
import org.coopkit.storage.tck.SourceFixtures;
import org.coopkit.storage.tck.TestClock;

/** Data sets for the document tests: stores filled through the services, and their contents. */
final class DataSets {
  static final Instant START = Instant.parse("2025-05-14T09:30:00.123456Z");

  private DataSets() {}

  /** An empty in-memory coopkit on a test clock. */
  static Coopkit empty() {
    return Coopkit.builder().storage(MemoryStorage.create()).clock(TestClock.at(START)).build();
  }

  /**
   * An in-memory coopkit holding {@code perKind} random organisations, projects, events and
   * contacts made by {@link RandomAggregates} from {@code seed}; organisations form trees, projects
   * relate to earlier ones.
   */
  static Coopkit random(long seed, int perKind) {
    TestClock clock = TestClock.at(START);
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).clock(clock).build();
    RandomAggregates random = new RandomAggregates(seed);
    List<OrganisationId> organisations = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      clock.advance(Duration.ofMillis(1));
      organisations.add(coopkit.organisations().register(random.organisation(organisations)).id());
    }
    List<ProjectId> projectIds = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      clock.advance(Duration.ofMillis(1));
      Project project = coopkit.projects().create(random.project(organisations, projectIds));
      projectIds.add(project.id());
      projects.add(project);
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      clock.advance(Duration.ofMillis(1));
      // Some are parts of earlier ones: the export must write each part after its parent.
      events.add(coopkit.events().create(random.event(projects, organisations, events)));
    }
    for (int i = 0; i < perKind; i++) {
      clock.advance(Duration.ofMillis(1));
      coopkit.contacts().create(random.contact(organisations, projectIds));
    }
    return coopkit;
  }

  /**
   * An in-memory coopkit with every field of every type set at least once: the storage kit's fully
   * populated aggregates, a unit, a predecessor project, and an updated (version 2) aggregate.
   */
  static Coopkit fullyPopulated() {
    TestClock clock = TestClock.at(START);
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).clock(clock).build();
    Organisation office =
        coopkit.organisations().register(Fixtures.fullyPopulatedOrganisation(null));
    Organisation unit =
        coopkit.organisations().register(Fixtures.fullyPopulatedOrganisation(office.id()));
    Project predecessor = coopkit.projects().create(Fixtures.anyProject());
    clock.advance(Duration.ofHours(1));
    Project project =
        coopkit
            .projects()
            .create(Fixtures.fullyPopulatedProject(office.id(), unit.id(), predecessor.id()));
    Event conference = coopkit.events().create(Fixtures.fullyPopulatedEvent(project, unit.id()));
    // A session of it that starts before it, so that it sorts first: the export still writes it
    // after its parent. Its date is known only from a news item.
    coopkit
        .events()
        .create(
            Fixtures.eventOf(project.id()).toBuilder()
                .partOf(conference.id())
                .dates(EventDates.onOrBefore(LocalDate.of(2019, 10, 14)))
                .build());
    coopkit
        .events()
        .create(
            Fixtures.eventOf(project.id()).toBuilder()
                .dates(EventDates.startingOn(PartialDate.ofMonth(2020, 3)))
                .build());
    coopkit
        .events()
        .create(Fixtures.eventOf(project.id()).toBuilder().dates(EventDates.unknown()).build());
    Contact contact =
        coopkit.contacts().create(Fixtures.fullyPopulatedContact(unit.id(), project.id()));
    clock.advance(Duration.ofDays(2));
    coopkit.contacts().update(contact.toBuilder().jobTitle("Head of Unit").build());
    // Where facts come from: a news item and a final report that disagree, one value adopted.
    Source news =
        coopkit
            .sources()
            .create(SourceFixtures.anySource().toBuilder().kind(SourceKind.NEWS_ITEM).build());
    Source report = coopkit.sources().create(SourceFixtures.anySource());
    Fact total = Fact.of(conference.id(), FactPath.PARTICIPATION_TOTAL);
    coopkit
        .provenance()
        .report(
            total,
            ReportedValue.builder()
                .value("50")
                .approximate(true)
                .note("about 50")
                .source(news.id())
                .build());
    coopkit.provenance().report(total, ReportedValue.of("93", List.of(report.id())));
    coopkit.actingAs(
        "editor@office.example",
        () -> coopkit.provenance().adopt(total, "93", "the final report counted signatures"));
    coopkit
        .provenance()
        .cite(Fact.of(project.id(), FactPath.of("countries[MD]")), List.of(news.id()));
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    coopkit.provenance().report(end, ReportedValue.of("2024-12-31", List.of(news.id())));
    coopkit.provenance().report(end, ReportedValue.of("2025-06-30", List.of(report.id())));
    coopkit.provenance().adoptByRule(end, AdoptionRule.LATEST_SOURCE);
    return coopkit;
  }

  /** Everything {@code coopkit} holds, by kind and id, for comparisons. */
  static Map<String, Map<Object, Object>> contents(Coopkit coopkit) {
    Map<String, Map<Object, Object>> contents = new LinkedHashMap<>();
    contents.put(
        "organisations",
        byId(
            PagedResultIterator.of(
                OrganisationQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.organisations()::search,
                OrganisationQuery::after),
            o -> o.id()));
    contents.put(
        "projects",
        byId(
            PagedResultIterator.of(
                ProjectQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.projects()::search,
                ProjectQuery::after),
            p -> p.id()));
    contents.put(
        "events",
        byId(
            PagedResultIterator.of(
                EventQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.events()::search,
                EventQuery::after),
            e -> e.id()));
    contents.put(
        "contacts",
        byId(
            PagedResultIterator.of(
                ContactQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.contacts()::search,
                ContactQuery::after),
            c -> c.id()));
    contents.put(
        "sources",
        byId(
            PagedResultIterator.of(
                SourceQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.sources()::list,
                SourceQuery::after),
            s -> s.id()));
    contents.put(
        "provenance",
        byId(
            PagedResultIterator.of(
                FactQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.provenance()::search,
                FactQuery::after),
            f -> f.fact()));
    return contents;
  }

  /** Asserts that {@code coopkit} holds nothing at all. */
  static void assertEmpty(Coopkit coopkit) {
    contents(coopkit).forEach((kind, items) -> assertThat(items).as(kind).isEmpty());
  }

  private static <T> Map<Object, Object> byId(Iterator<T> items, Function<T, Object> id) {
    Map<Object, Object> map = new LinkedHashMap<>();
    items.forEachRemaining(item -> map.put(id.apply(item), item));
    return map;
  }

  /** Exports {@code coopkit} to a string. */
  static String export(CoopkitJson json, Coopkit coopkit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.export(coopkit, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Imports {@code document} into {@code coopkit}. */
  static ImportReport importInto(
      CoopkitJson json, Coopkit coopkit, String document, ImportOptions options) {
    return json.importInto(
        coopkit, new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), options);
  }
}
