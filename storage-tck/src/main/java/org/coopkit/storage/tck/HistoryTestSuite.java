package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.history.FieldChange;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
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
