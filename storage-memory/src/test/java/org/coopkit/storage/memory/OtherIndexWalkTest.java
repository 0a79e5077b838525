package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project, contact and organisation index walks against a brute-force filter and sort, for
 * random queries, first pages and whole paginations.
 */
class OtherIndexWalkTest {
  private final TestData data = new TestData(7_041_949L);
  private final MemoryStorage storage = MemoryStorage.create();
  private final List<Project> projects = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Organisation> organisations = new ArrayList<>();

  @BeforeEach
  void storeAggregates() {
    for (int i = 0; i < data.projects.size(); i++) {
      projects.add(data.project(data.projects.get(i), "p-" + data.random.nextInt(50) + "-" + i, 1));
    }
    for (int i = 0; i < 1_000; i++) {
      contacts.add(data.contact(ContactId.of(data.uuid()), 1));
    }
    for (OrganisationId id : data.organisations) {
      organisations.add(data.organisation(id, 1));
    }
    for (int i = 0; i < 300; i++) {
      organisations.add(data.organisation(OrganisationId.of(data.uuid()), 1));
    }
    storage.inTransaction(
        session -> {
          projects.forEach(session.projects()::insert);
          contacts.forEach(session.contacts()::insert);
          organisations.forEach(session.organisations()::insert);
          return null;
        });
  }

  @Test
  void projectQueriesReturnWhatABruteForceFilterReturns() {
    BruteForce<Project, ProjectId> bruteForce =
        new BruteForce<>(ProjectSearch::sortKey, Project::id, ProjectId::value);
    for (int i = 0; i < 500; i++) {
      ProjectQuery.Builder builder =
          ProjectQuery.builder().direction(direction()).limit(1 + data.random.nextInt(12));
      if (chance(40)) {
        data.some(TestData.COUNTRIES, 1, 2).forEach(builder::country);
      }
      if (chance(40)) {
        data.some(data.organisations, 1, 2).forEach(builder::organisation);
      }
      if (chance(20)) {
        builder.status(ProjectStatus.PIPELINE);
      }
      if (chance(30)) {
        Project at = data.any(projects);
        builder.after(ProjectSearch.cursorAfter(at));
      }
      ProjectQuery query = builder.build();
      check(
          bruteForce,
          projects,
          query.limit(),
          query.direction(),
          project -> ProjectSearch.matches(query, project),
          project -> ProjectSearch.isAfterCursor(query, project),
          s -> s.projects().find(query),
          s -> cursor -> s.projects().find(query.after(cursor)),
          query.toString());
    }
  }

  @Test
  void contactQueriesReturnWhatABruteForceFilterReturns() {
    BruteForce<Contact, ContactId> bruteForce =
        new BruteForce<>(ContactSearch::sortKey, Contact::id, ContactId::value);
    for (int i = 0; i < 800; i++) {
      ContactQuery.Builder builder =
          ContactQuery.builder().direction(direction()).limit(1 + data.random.nextInt(40));
      if (chance(20)) {
        builder.namePrefix(data.any(List.of("sm", "o", "ozt", "мел", "van d", "anna", "ae")));
      }
      if (chance(30)) {
        data.some(data.organisations, 1, 2).forEach(builder::organisation);
      }
      if (chance(30)) {
        data.some(data.projects, 1, 3).forEach(builder::project);
      }
      if (chance(30)) {
        data.some(TestData.COUNTRIES, 1, 2).forEach(builder::country);
      }
      if (chance(30)) {
        data.some(List.of(RoleType.values()), 1, 2).forEach(builder::role);
      }
      if (chance(20)) {
        builder.activeOn(data.day());
      }
      builder.publicOnly(chance(20));
      if (chance(30)) {
        Contact at = data.any(contacts);
        builder.after(ContactSearch.cursorAfter(at));
      }
      ContactQuery query = builder.build();
      check(
          bruteForce,
          contacts,
          query.limit(),
          query.direction(),
          contact -> ContactSearch.matches(query, contact),
          contact -> ContactSearch.isAfterCursor(query, contact),
          s -> s.contacts().find(query),
          s -> cursor -> s.contacts().find(query.after(cursor)),
          query.toString());
    }
  }

  @Test
  void organisationQueriesReturnWhatABruteForceFilterReturns() {
    BruteForce<Organisation, OrganisationId> bruteForce =
        new BruteForce<>(OrganisationSearch::sortKey, Organisation::id, OrganisationId::value);
    for (int i = 0; i < 800; i++) {
      OrganisationQuery.Builder builder =
          OrganisationQuery.builder().direction(direction()).limit(1 + data.random.nextInt(40));
      if (chance(30)) {
        data.some(List.of(OrganisationType.values()), 1, 3).forEach(builder::type);
      }
      if (chance(30)) {
        data.some(TestData.COUNTRIES, 1, 2).forEach(builder::country);
      }
      if (chance(30)) {
        data.some(data.organisations, 1, 3).forEach(builder::parent);
      }
      if (chance(15)) {
        builder.text(data.any(TestData.WORDS).substring(1, 4));
      }
      if (chance(30)) {
        Organisation at = data.any(organisations);
        builder.after(OrganisationSearch.cursorAfter(at));
      }
      OrganisationQuery query = builder.build();
      check(
          bruteForce,
          organisations,
          query.limit(),
          query.direction(),
          organisation -> OrganisationSearch.matches(query, organisation),
          organisation -> OrganisationSearch.isAfterCursor(query, organisation),
          s -> s.organisations().find(query),
          s -> cursor -> s.organisations().find(query.after(cursor)),
          query.toString());
    }
  }

  /** Checks the first page, and that paging on from it yields the rest of the order. */
  private <A, I extends Comparable<I>> void check(
      BruteForce<A, I> bruteForce,
      List<A> stored,
      int limit,
      SortDirection direction,
      Predicate<A> matches,
      Predicate<A> isAfterCursor,
      Function<StorageSession, Page<A>> first,
      Function<StorageSession, Function<String, Page<A>>> next,
      String query) {
    List<A> expected = bruteForce.all(stored, matches.and(isAfterCursor), direction);
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          Page<A> page = first.apply(session);
          bruteForce.assertPage(page, expected, limit, query);
          assertThat(BruteForce.allPages(page, next.apply(session), limit))
              .as(query)
              .containsExactlyElementsOf(expected);
          return null;
        });
  }

  private SortDirection direction() {
    return data.random.nextBoolean() ? SortDirection.ASCENDING : SortDirection.DESCENDING;
  }

  private boolean chance(int percent) {
    return data.random.nextInt(100) < percent;
  }
}
