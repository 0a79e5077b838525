package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.error.ConflictException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.model.project.Project;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceKind;
import org.coopkit.query.Page;
import org.coopkit.query.SourceQuery;
import org.coopkit.service.SourceService;
import org.junit.jupiter.api.Test;

/**
 * Sources: stored, read back equal, updated by version, listed and found by link, kept while a fact
 * cites them, and recorded in the history.
 *
 * @since 0.2.0
 */
public abstract class SourceTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected SourceTestSuite() {}

  /**
   * The sources service of {@link #coopkit()}.
   *
   * @return the source service under test
   */
  protected final SourceService sources() {
    return coopkit().sources();
  }

  /** Checks that a created source reads back equal, at version 1, stamped now. */
  @Test
  protected void aCreatedSourceReadsBackEqualAtVersionOne() {
    // when
    Source created = sources().create(SourceFixtures.anySource());

    // then
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.createdAt()).isEqualTo(START);
    assertThat(sources().get(created.id())).isEqualTo(created);
  }

  /** Checks that an update raises the version and that a stale one conflicts. */
  @Test
  protected void anUpdateRaisesTheVersionAndAStaleUpdateConflicts() {
    // given
    Source created = sources().create(SourceFixtures.anySource());
    clock.advance(Duration.ofMinutes(1));

    // when
    Source updated =
        sources().update(created.toBuilder().title("Revised").kind(SourceKind.WEB_PAGE).build());

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(sources().get(created.id())).isEqualTo(updated);
    assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThatThrownBy(() -> sources().update(created.toBuilder().title("Stale").build()))
        .isInstanceOf(ConflictException.class);
  }

  /** Checks that finding by link returns every source with that link, and only those. */
  @Test
  protected void findingByLinkReturnsEverySourceReadFromThatLinkOnly() {
    // given
    URI link = SourceFixtures.uniqueLink();
    Source first = sources().create(SourceFixtures.anySource().toBuilder().link(link).build());
    Source second = sources().create(SourceFixtures.anySource().toBuilder().link(link).build());
    sources().create(SourceFixtures.anySource());

    // when
    List<Source> found = sources().findByLink(link);

    // then
    assertThat(found).containsExactlyInAnyOrder(first, second);
  }

  /** Checks that pages of a listing cover every matching source once. */
  @Test
  protected void pagesOfAListingCoverEverySourceOnce() {
    // given
    URI link = SourceFixtures.uniqueLink();
    List<Source> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stored.add(sources().create(SourceFixtures.anySource().toBuilder().link(link).build()));
    }

    // when
    List<Source> seen = new ArrayList<>();
    SourceQuery query = SourceQuery.builder().link(link).limit(2).build();
    while (true) {
      Page<Source> page = sources().list(query);
      seen.addAll(page.items());
      if (page.nextCursor() == null) {
        break;
      }
      query = query.after(page.nextCursor());
    }

    // then
    assertThat(seen).containsExactlyInAnyOrderElementsOf(stored).doesNotHaveDuplicates();
  }

  /** Checks that a source a fact cites cannot be deleted until the citation goes. */
  @Test
  protected void aSourceCitedByAFactIsKeptUntilTheCitationGoes() {
    // given
    Source source = sources().create(SourceFixtures.anySource());
    Project project = storedProject();
    Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
    coopkit().provenance().cite(end, List.of(source.id()));

    // then
    assertThatThrownBy(() -> sources().delete(source.id(), source.version()))
        .isInstanceOfSatisfying(
            StillReferencedException.class, e -> assertThat(e.referencedBy()).isEqualTo("facts"));
    assertThat(sources().find(source.id())).isPresent();

    // when
    long version = coopkit().provenance().find(end).orElseThrow().version();
    coopkit().provenance().remove(end, version);
    sources().delete(source.id(), source.version());

    // then
    assertThat(sources().find(source.id())).isEmpty();
    assertThatThrownBy(() -> sources().get(source.id())).isInstanceOf(NotFoundException.class);
  }

  /** Checks that creating, changing and deleting a source is in its history. */
  @Test
  protected void aSourcesChangesAreInItsHistory() {
    // given
    Source created = sources().create(SourceFixtures.anySource());
    Source updated = sources().update(created.toBuilder().title("Revised").build());

    // when
    sources().delete(created.id(), updated.version());

    // then
    List<Change> history = coopkit().history().of(created.id(), null, 10).items();
    assertThat(history)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED);
    assertThat(history.get(0).aggregateKind()).isEqualTo("Source");
  }
}
