package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.history.FieldChange;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.query.Page;
import org.junit.jupiter.api.Test;

/**
 * The history of changes: every change through the services is recorded in its transaction, with
 * the version it produced, when, who and what changed field by field; {@code history().of(id)}
 * reads it in order, paged; erasure leaves no personal value in it.
 *
 * @since 0.2.0
 */
public abstract class HistoryTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected HistoryTestSuite() {}

  /** Checks that a creation records every field it set, at version 1, by "system". */
  @Test
  protected void aCreationIsRecordedWithEveryFieldItSetAtVersionOneBySystem() {
    // when
    Project project = storedProject();

    // then
    List<Change> history = all(project.id());
    assertThat(history).hasSize(1);
    Change created = history.get(0);
    assertThat(created.kind()).isEqualTo(ChangeKind.CREATED);
    assertThat(created.aggregateKind()).isEqualTo("Project");
    assertThat(created.aggregateId()).isEqualTo(project.id().toString());
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.at()).isEqualTo(START);
    assertThat(created.actor()).isEqualTo(Change.SYSTEM);
    assertThat(created.position()).isPositive();
    assertThat(fields(created))
        .containsEntry("code", new String[] {null, project.code()})
        .containsEntry("title.texts[en]", new String[] {null, project.title().english()})
        .containsEntry("id", new String[] {null, project.id().toString()})
        .doesNotContainKeys("version", "createdAt", "updatedAt");
  }

  /** Checks that an update records the fields it changed, with their old and new values, only. */
  @Test
  protected void anUpdateRecordsOnlyTheFieldsItChangedWithTheirOldAndNewValues() {
    // given
    Project project = storedProject();
    clock.advance(Duration.ofMinutes(5));

    // when
    Project renamed =
        projects().update(project.toBuilder().title("Renamed " + Fixtures.uniqueToken()).build());

    // then
    List<Change> history = all(project.id());
    assertThat(history).extracting(Change::version).containsExactly(1L, 2L);
    Change updated = history.get(1);
    assertThat(updated.kind()).isEqualTo(ChangeKind.UPDATED);
    assertThat(updated.at()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(updated.fields())
        .containsExactly(
            new FieldChange(
                "title.texts[en]", project.title().english(), renamed.title().english(), false));
  }

  /** Checks that every field of a fully populated aggregate is recorded, found by reflection. */
  @Test
  protected void everyFieldOfAFullyPopulatedAggregateIsRecordedWithoutBeingListed() {
    // given
    Organisation organiser = organisations().register(Fixtures.anyOrganisation());
    Project predecessor = storedProject();
    Project project =
        projects()
            .create(
                Fixtures.fullyPopulatedProject(organiser.id(), organiser.id(), predecessor.id()));

    // when
    Event event = events().create(Fixtures.fullyPopulatedEvent(project, organiser.id()));

    // then every field of the event that holds something heads a path, found without a list
    Change created = all(event).get(0);
    List<String> heads =
        created.fields().stream().map(f -> f.path().split("[.\\[]", 2)[0]).distinct().toList();
    int checked = 0;
    for (var field : Event.class.getDeclaredFields()) {
      String name = field.getName();
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
          || List.of("version", "createdAt", "updatedAt").contains(name)) {
        continue;
      }
      Object value;
      try {
        value = Event.class.getMethod(name).invoke(event);
      } catch (NoSuchMethodException e) {
        continue; // a field without an accessor is not part of the model's public state
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      boolean empty =
          value == null
              || (value instanceof java.util.Collection<?> c && c.isEmpty())
              || (value instanceof Map<?, ?> m && m.isEmpty());
      if (!empty) {
        assertThat(heads).as("paths of the event's creation").contains(name);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  /** Checks the actor: actingAs first, then the builder's supplier, else "system". */
  @Test
  protected void theActorIsTheOneActingElseTheHostsElseSystem() {
    // given
    Project project = storedProject();
    Coopkit hosted =
        Coopkit.builder().storage(storage()).clock(clock).actor(() -> "host-user").build();

    // when
    Project second =
        coopkit()
            .actingAs(
                "maria@office.example",
                () -> projects().update(project.toBuilder().title("By Maria").build()));
    Project third = hosted.projects().update(second.toBuilder().title("By the host").build());
    hosted.actingAs(
        "nested", () -> hosted.projects().update(third.toBuilder().title("Nested").build()));

    // then
    assertThat(all(project.id()))
        .extracting(Change::actor)
        .containsExactly(Change.SYSTEM, "maria@office.example", "host-user", "nested");
  }

  /** Checks that a unit of work records each version it made, and a rolled-back one none. */
  @Test
  protected void aUnitOfWorkRecordsEachVersionItMadeAndARolledBackOneNothing() {
    // given
    Project draft = Fixtures.anyProject();
    Project lost = Fixtures.anyProject();

    // when
    coopkit()
        .useTransaction(
            tx -> {
              Project created = tx.projects().create(draft);
              tx.projects().update(created.toBuilder().title("Second").build());
            });
    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.projects().create(lost);
                          throw new IllegalStateException("roll back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    // then
    assertThat(all(draft.id()))
        .extracting(Change::kind, Change::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.CREATED, 1L),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.UPDATED, 2L));
    assertThat(all(lost.id())).isEmpty();
  }

  /** Checks that upserts record a creation, then an update. */
  @Test
  protected void upsertsRecordACreationThenAnUpdate() {
    // given
    Project project = Fixtures.anyProject();

    // when
    projects().upsertByCode(project);
    projects().upsertByCode(project.toBuilder().title("Upserted again").build());

    // then
    List<Change> history = all(project.id());
    assertThat(history)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
    assertThat(history.get(1).fields())
        .extracting(FieldChange::path)
        .containsExactly("title.texts[en]");
  }

  /** Checks that a deletion is recorded, and the history outlives the aggregate. */
  @Test
  protected void aDeletionIsRecordedAndTheHistoryOutlivesTheAggregate() {
    // given
    Project project = storedProject();

    // when
    projects().delete(project.id(), project.version());

    // then
    List<Change> history = all(project.id());
    assertThat(history)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
    assertThat(history.get(1).version()).isEqualTo(1);
    assertThat(history.get(1).fields()).isEmpty();
  }

  /** Checks that the history is read in order, page by page, each change once. */
  @Test
  protected void theHistoryIsReadInOrderPageByPage() {
    // given
    Project project = storedProject();
    for (int i = 0; i < 6; i++) {
      project = projects().update(project.toBuilder().title("Title " + i).build());
    }

    // when
    List<Long> versions = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Change> page = coopkit().history().of(project.id(), cursor, 3);
      page.items().forEach(c -> versions.add(c.version()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    // then
    assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(pages).isEqualTo(3);
  }

  /** Checks that a page size out of range and a forged cursor are refused. */
  @Test
  protected void aBadPageSizeOrCursorIsRefused() {
    ProjectId id = Fixtures.newProjectId();
    assertThatThrownBy(() -> coopkit().history().of(id, null, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> coopkit().history().of(id, "not-a-cursor", 10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("after");
  }

  /**
   * Checks that after an erasure no change of the contact holds any of its former names, e-mail
   * addresses or phone numbers, and that the non-personal changes stay.
   */
  @Test
  protected void anErasureLeavesNoPersonalValueInTheHistoryOrTheFeed() {
    // given a contact renamed once, so that its history holds two names
    String before = coopkit().changes().after(null, 1).cursor();
    String start = latestCursor(before);
    Organisation employer = organisations().register(Fixtures.anyOrganisation());
    Project project = storedProject();
    Contact contact =
        contacts().create(Fixtures.fullyPopulatedContact(employer.id(), project.id()));
    String formerName = "Former Name " + Fixtures.uniqueToken();
    Contact renamed = contacts().update(contact.toBuilder().displayName(formerName).build());
    List<String> traces = traces(contact);
    traces.add(formerName);
    assertThat(mentions(all(contact), traces)).isNotEmpty();

    // when
    contacts().erase(renamed.id());

    // then
    List<Change> history = all(contact);
    assertThat(history).extracting(Change::version).containsExactly(1L, 2L, 3L);
    assertThat(mentions(history, traces)).isEmpty();
    assertThat(mentions(feedAfter(start), traces)).isEmpty();
    assertThat(history.get(0).fields())
        .anySatisfy(
            f -> {
              assertThat(f.path()).isEqualTo("displayName");
              assertThat(f.newValue()).isEqualTo(FieldChange.ERASED);
            });
    // what is not personal stays: the roles
    assertThat(history.get(0).fields())
        .anyMatch(f -> f.path().startsWith("roles[") && !f.personal());
  }

  /** Checks that deleting a contact erases the personal values of its history as well. */
  @Test
  protected void deletingAContactErasesThePersonalValuesOfItsHistory() {
    // given
    Contact contact = contacts().create(Fixtures.anyContact());
    List<String> traces = traces(contact);

    // when
    contacts().delete(contact.id(), contact.version());

    // then
    assertThat(all(contact)).hasSize(2);
    assertThat(mentions(all(contact), traces)).isEmpty();
  }

  /**
   * Checks that a report then an adoption of a fact's value are two changes of its provenance, in
   * order, in the history and the feed, each with its fields.
   */
  @Test
  protected void aReportThenAnAdoptionAreTwoChangesOfTheFactsProvenanceInOrder() {
    // given
    String start = latestCursor(coopkit().changes().after(null, 1).cursor());
    Project project = storedProject();
    Source report =
        coopkit().sources().create(SourceFixtures.sourceSpeakingFor(PartialDate.ofYear(2025)));
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));

    // when
    coopkit().provenance().report(end, ReportedValue.of("2025-06-30", List.of(report.id())));
    clock.advance(Duration.ofMinutes(5));
    coopkit()
        .actingAs(
            "maria@office.example",
            () -> coopkit().provenance().adopt(end, "2025-06-30", "The final report says so"));

    // then
    List<Change> history = allPages(c -> coopkit().history().of(end, c, 100));
    assertThat(history)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
    assertThat(history).extracting(Change::version).containsExactly(1L, 2L);
    String factId =
        UUID.nameUUIDFromBytes(end.toString().getBytes(StandardCharsets.UTF_8)).toString();
    assertThat(history)
        .allSatisfy(
            c -> {
              assertThat(c.aggregateKind()).isEqualTo("FactProvenance");
              assertThat(c.aggregateId()).isEqualTo(factId);
            });
    assertThat(fields(history.get(0)))
        .containsEntry("fact.path", new String[] {null, "dates.actualEnd"})
        .containsEntry("fact.aggregateId", new String[] {null, project.id().toString()})
        .containsEntry("reported[0].value", new String[] {null, "2025-06-30"})
        .containsEntry("reported[0].sources[0]", new String[] {null, report.id().toString()});
    Change adopted = history.get(1);
    assertThat(adopted.actor()).isEqualTo("maria@office.example");
    assertThat(adopted.at()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(fields(adopted))
        .containsEntry("adoption.value", new String[] {null, "2025-06-30"})
        .containsEntry("adoption.reason", new String[] {null, "The final report says so"})
        .containsEntry("adoption.rule", new String[] {null, "CHOSEN"})
        .doesNotContainKeys("reported[0].value", "fact.path");
    assertThat(feedAfter(start).stream().filter(c -> c.aggregateKind().equals("FactProvenance")))
        .containsExactlyElementsOf(history);
  }

  /**
   * Checks that after a contact's erasure no change of its facts' provenance, in the history or the
   * feed, holds what the reported values and adoptions quoted, even of a fact whose provenance was
   * removed before.
   */
  @Test
  protected void anErasureLeavesNoQuotedTextInTheHistoryOfTheContactsFacts() {
    // given
    String start = latestCursor(coopkit().changes().after(null, 1).cursor());
    Contact contact = contacts().create(Fixtures.anyContact());
    Source page = coopkit().sources().create(SourceFixtures.anySource());
    Fact title = Fact.of(contact.id(), FactPath.of("jobTitle"));
    Fact removed = Fact.of(contact.id(), FactPath.of("honorific"));
    String quoted = "Quoted title " + Fixtures.uniqueToken();
    String note = "Said on the phone " + Fixtures.uniqueToken();
    String reason = "Confirmed in person " + Fixtures.uniqueToken();
    String gone = "Quoted honorific " + Fixtures.uniqueToken();
    coopkit()
        .provenance()
        .report(title, ReportedValue.builder().value(quoted).source(page.id()).note(note).build());
    coopkit().provenance().adopt(title, quoted, reason);
    var before = coopkit().provenance().report(removed, ReportedValue.of(gone, List.of(page.id())));
    coopkit().provenance().remove(removed, before.version());
    List<String> traces = List.of(quoted, note, reason, gone);
    assertThat(mentions(allPages(c -> coopkit().history().of(title, c, 100)), traces)).isNotEmpty();

    // when
    contacts().erase(contact.id());

    // then
    List<Change> titleHistory = allPages(c -> coopkit().history().of(title, c, 100));
    assertThat(titleHistory).extracting(Change::version).containsExactly(1L, 2L, 3L);
    assertThat(mentions(titleHistory, traces)).isEmpty();
    assertThat(allPages(c -> coopkit().history().of(removed, c, 100))).hasSize(2);
    assertThat(mentions(allPages(c -> coopkit().history().of(removed, c, 100)), traces)).isEmpty();
    assertThat(mentions(feedAfter(start), traces)).isEmpty();
    // what names no one stays: the fact and the source it cites
    assertThat(fields(titleHistory.get(0)))
        .containsEntry("fact.path", new String[] {null, "jobTitle"});
  }

  /** Checks that a logframe's changes are read by its project's id. */
  @Test
  protected void aLogframesHistoryIsReadByItsProject() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(2));
    Event event = coopkit().events().create(Fixtures.eventOf(project.id()));

    // when
    Logframe defined =
        coopkit()
            .results()
            .define(ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id())));

    // then
    List<Change> history = allPages(c -> coopkit().history().ofLogframe(project.id(), c, 100));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).aggregateKind()).isEqualTo("Logframe");
    assertThat(history.get(0).aggregateId()).isEqualTo(project.id().toString());
    assertThat(history.get(0).version()).isEqualTo(defined.version());
    assertThat(all(project.id())).extracting(Change::aggregateKind).containsOnly("Project");
  }

  /** The name, sort name, e-mail addresses and phone numbers of a contact, lower-cased. */
  private static List<String> traces(Contact contact) {
    List<String> traces = new ArrayList<>();
    traces.add(contact.displayName());
    traces.add(contact.sortName());
    contact.emails().forEach(e -> traces.add(e.value()));
    contact.phones().forEach(p -> traces.add(p.value()));
    return traces;
  }

  /** The changes' values that contain one of the traces, as "path: trace". */
  private static List<String> mentions(List<Change> changes, List<String> traces) {
    List<String> found = new ArrayList<>();
    for (Change change : changes) {
      for (FieldChange f : change.fields()) {
        for (String value : new String[] {f.oldValue(), f.newValue(), f.path()}) {
          for (String trace : traces) {
            if (value != null
                && value.toLowerCase(Locale.ROOT).contains(trace.toLowerCase(Locale.ROOT))) {
              found.add(f.path() + ": " + trace);
            }
          }
        }
      }
    }
    return found;
  }

  /** The feed's cursor after every change committed so far, read on from {@code cursor}. */
  private String latestCursor(String cursor) {
    String at = cursor;
    while (true) {
      var batch = coopkit().changes().after(at, 1000);
      if (batch.changes().isEmpty()) {
        return at;
      }
      at = batch.cursor();
    }
  }

  /** Every change of the feed after {@code cursor}. */
  private List<Change> feedAfter(String cursor) {
    List<Change> all = new ArrayList<>();
    String at = cursor;
    while (true) {
      var batch = coopkit().changes().after(at, 1000);
      if (batch.changes().isEmpty()) {
        return all;
      }
      all.addAll(batch.changes());
      at = batch.cursor();
    }
  }

  private List<Change> all(ProjectId id) {
    return allPages(c -> coopkit().history().of(id, c, 100));
  }

  private List<Change> all(Event event) {
    return allPages(c -> coopkit().history().of(event.id(), c, 100));
  }

  private List<Change> all(Contact contact) {
    return allPages(c -> coopkit().history().of(contact.id(), c, 100));
  }

  /** Every page's changes, from the first page on. */
  private static List<Change> allPages(
      java.util.function.Function<@org.jspecify.annotations.Nullable String, Page<Change>> page) {
    List<Change> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<Change> one = page.apply(cursor);
      all.addAll(one.items());
      cursor = one.nextCursor();
    } while (cursor != null);
    return all;
  }

  /** The fields of a change by path, as {old, new}. */
  private static Map<String, String[]> fields(Change change) {
    Map<String, String[]> byPath = new TreeMap<>();
    change.fields().forEach(f -> byPath.put(f.path(), new String[] {f.oldValue(), f.newValue()}));
    return byPath;
  }
}
