package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.tck.ContractAssertions.contactOrder;
import static org.coopkit.storage.tck.Fixtures.contactNamed;
import static org.coopkit.storage.tck.Fixtures.role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.junit.jupiter.api.Test;

/**
 * The contract of contact searches: name prefixes in any script, the organisation filter, the role
 * filters (which must all hold for one and the same role assignment), public-only searches, the
 * order by folded sort name then id, and keyset pagination. Results are checked against {@link
 * ContactSearch#matches} as in {@link EventQueryTestSuite}.
 *
 * @since 0.1.0
 */
public abstract class ContactQueryTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected ContactQueryTestSuite() {}

  /**
   * Checks that a search finds by name prefix at the start of a word in any script ignoring case
   * and accents.
   */
  @Test
  protected void findsByNamePrefixAtTheStartOfAWordInAnyScriptIgnoringCaseAndAccents() {
    // given
    Contact celine = contacts().create(contactNamed("Céline DEWAELE", "DEWAELE, Céline"));
    Contact marcel = contacts().create(contactNamed("Marcel Ducel", "Ducel, Marcel"));
    Contact cyrillic = contacts().create(contactNamed("Джамиля Алиева", "Алиева, Джамиля"));
    Contact armenian = contacts().create(contactNamed("Արամ Պետրոսյան", "Պետրոսյան, Արամ"));
    Contact georgian = contacts().create(contactNamed("ნინო ბერიძე", "ბერიძე, ნინო"));
    Contact azerbaijani = contacts().create(contactNamed("Şəhla Məmmədova", "Məmmədova, Şəhla"));
    Contact greek = contacts().create(contactNamed("Ελένη Παπαδοπούλου", "Παπαδοπούλου, Ελένη"));
    List<Contact> ours = List.of(celine, marcel, cyrillic, armenian, georgian, azerbaijani, greek);

    // when / then
    assertFinds(prefix("cel"), ours, celine);
    assertFinds(prefix("CÉL"), ours, celine);
    assertFinds(prefix("dew"), ours, celine);
    assertFinds(prefix("dewaele, c"), ours, celine);
    assertFinds(prefix("ele"), ours);
    assertFinds(prefix("Дж"), ours, cyrillic);
    assertFinds(prefix("али"), ours, cyrillic);
    assertFinds(prefix("ՊԵՏ"), ours, armenian);
    assertFinds(prefix("ბერ"), ours, georgian);
    assertFinds(prefix("şəh"), ours, azerbaijani);
    assertFinds(prefix("SƏH"), ours, azerbaijani);
    assertFinds(prefix("ελ"), ours, greek);
    assertFinds(prefix("rcel"), ours);
  }

  /** Checks that a search filters by organisation, as employer or in a role. */
  @Test
  protected void filtersByOrganisationAsEmployerOrInARole() {
    // given
    Organisation organisation = storedOrganisation();
    Organisation other = storedOrganisation();
    Contact employed =
        contacts()
            .create(Fixtures.anyContact().toBuilder().organisation(organisation.id()).build());
    Contact inRole =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .organisation(other.id())
                    .addRole(Fixtures.roleFor(organisation.id()))
                    .build());
    Contact elsewhere =
        contacts().create(Fixtures.anyContact().toBuilder().organisation(other.id()).build());
    List<Contact> ours = List.of(employed, inRole, elsewhere);

    // when / then
    assertFinds(
        ContactQuery.builder().organisation(organisation.id()).build(), ours, employed, inRole);
  }

  /** Checks that a search filters by role type, project, country and day. */
  @Test
  protected void filtersByRoleTypeProjectCountryAndDay() {
    // given
    Project project = storedProject();
    Project other = storedProject();
    CountryCode armenia = CountryCode.of("AM");
    LocalDate day = LocalDate.of(2025, 3, 1);
    Contact manager =
        contact(role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder().validFrom(day).build());
    Contact expert =
        contact(
            role(RoleType.EXPERT, project.id()).toBuilder().validUntil(day.minusDays(1)).build());
    Contact contactPoint = contact(Fixtures.contactPoint(armenia, null, day));
    Contact otherProject = contact(role(RoleType.PROGRAMME_MANAGER, other.id()));
    List<Contact> ours = List.of(manager, expert, contactPoint, otherProject);

    // when / then
    assertFinds(ContactQuery.builder().project(project.id()).build(), ours, manager, expert);
    assertFinds(
        ContactQuery.builder()
            .project(project.id())
            .project(other.id())
            .role(RoleType.PROGRAMME_MANAGER)
            .build(),
        ours,
        manager,
        otherProject);
    assertFinds(
        ContactQuery.builder().country(armenia).role(RoleType.CONTACT_POINT_24_7).build(),
        ours,
        contactPoint);
    assertFinds(ContactQuery.builder().project(project.id()).activeOn(day).build(), ours, manager);
    assertFinds(
        ContactQuery.builder().project(project.id()).activeOn(day.minusDays(1)).build(),
        ours,
        expert);
  }

  /** Checks that a search applies role filters to one and the same role assignment. */
  @Test
  protected void appliesRoleFiltersToOneAndTheSameRoleAssignment() {
    // given
    Project project = storedProject();
    Project other = storedProject();
    LocalDate day = LocalDate.of(2025, 3, 1);
    Contact formerManager =
        contact(
            role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
                .validUntil(LocalDate.of(2024, 12, 31))
                .build(),
            role(RoleType.EXPERT, project.id()));
    Contact manager =
        contact(
            role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
                .validFrom(LocalDate.of(2025, 1, 1))
                .build());
    Contact managerElsewhere =
        contact(role(RoleType.PROGRAMME_MANAGER, other.id()), role(RoleType.EXPERT, project.id()));
    List<Contact> ours = List.of(formerManager, manager, managerElsewhere);

    // when / then
    assertFinds(
        ContactQuery.builder()
            .role(RoleType.PROGRAMME_MANAGER)
            .project(project.id())
            .activeOn(day)
            .build(),
        ours,
        manager);
    assertFinds(
        ContactQuery.builder().role(RoleType.PROGRAMME_MANAGER).project(project.id()).build(),
        ours,
        formerManager,
        manager);
    assertFinds(
        ContactQuery.builder().role(RoleType.EXPERT).project(project.id()).build(),
        ours,
        formerManager,
        managerElsewhere);
  }

  /** Checks that a search finds only public contacts when asked. */
  @Test
  protected void findsOnlyPublicContactsWhenAsked() {
    // given
    Organisation organisation = storedOrganisation();
    Contact publicOne =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .organisation(organisation.id())
                    .visibility(Visibility.PUBLIC)
                    .build());
    Contact internal =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .organisation(organisation.id())
                    .visibility(Visibility.INTERNAL)
                    .build());
    List<Contact> ours = List.of(publicOne, internal);

    // when / then
    assertFinds(
        ContactQuery.builder().organisation(organisation.id()).publicOnly(true).build(),
        ours,
        publicOne);
    assertFinds(
        ContactQuery.builder().organisation(organisation.id()).build(), ours, publicOne, internal);
  }

  /**
   * Checks that a search sorts by folded sort name then by id, in both directions and walks all
   * pages.
   */
  @Test
  protected void sortsByFoldedSortNameThenIdInBothDirectionsAndWalksAllPages() {
    // given
    Organisation organisation = storedOrganisation();
    String token = Fixtures.uniqueToken();
    List<String> sortNames =
        List.of(
            "Zhvania, Nino",
            "Abramyan, Ani",
            "ábramyan, ani",
            "Abramyan, Ani",
            "Петросян, Армен",
            "Ødegaard, Ola",
            "Ağayev, Əli",
            "Dewaele, Céline",
            "dewaele, celine",
            "Բաղդասարյան, Արմեն",
            "ბერიძე, ნინო",
            "Mammadova, Leyla");
    List<Contact> ours = new ArrayList<>();
    for (String sortName : sortNames) {
      ours.add(
          contacts()
              .create(
                  contactNamed(token + " " + sortName, sortName).toBuilder()
                      .organisation(organisation.id())
                      .build()));
    }

    for (SortDirection direction : SortDirection.values()) {
      for (int limit : new int[] {1, 2, 5, 12, 13}) {
        // when
        ContactQuery query =
            ContactQuery.builder()
                .organisation(organisation.id())
                .direction(direction)
                .limit(limit)
                .build();
        List<Page<Contact>> pages =
            ContractAssertions.pages(query, limit, contacts()::search, ContactQuery::after);

        // then
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Contact::id).toList())
            .as("pages of %d, %s", limit, direction)
            .containsExactlyElementsOf(
                ours.stream().sorted(contactOrder(direction)).map(Contact::id).toList());
      }
    }
  }

  /**
   * Checks that a role known only from a dated listing counts as held on that day alone, while a
   * role held from a date counts every day after it, and that each role keeps its unit.
   *
   * @since 0.2.0
   */
  @Test
  protected void aRoleSeenOnADateCountsOnThatDayAloneWhenSearchingByDay() {
    // given
    Project project = storedProject();
    LocalDate listed = LocalDate.of(2022, 3, 1);
    Contact seen =
        contact(
            role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
                .seenOn(listed)
                .unit("Cybercrime Programme Office")
                .build());
    Contact held =
        contact(
            role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
                .validFrom(listed.minusYears(1))
                .seenOn(listed)
                .unit("Secretariat")
                .build());
    List<Contact> ours = List.of(seen, held);

    // when / then
    assertThat(contacts().get(seen.id()).roles().get(0).seenOn()).isEqualTo(listed);
    assertThat(contacts().get(seen.id()).roles().get(0).unit())
        .isEqualTo("Cybercrime Programme Office");
    assertFinds(
        ContactQuery.builder().project(project.id()).activeOn(listed).build(), ours, seen, held);
    assertFinds(
        ContactQuery.builder().project(project.id()).activeOn(listed.plusDays(1)).build(),
        ours,
        held);
    assertFinds(
        ContactQuery.builder().project(project.id()).activeOn(listed.minusDays(1)).build(),
        ours,
        held);
  }

  /**
   * Checks that a position whose holder's name is not public is found by its role but by no name.
   *
   * @since 0.2.0
   */
  @Test
  protected void aPositionWithoutAPublicNameIsFoundByItsRoleButByNoName() {
    // given
    Project project = storedProject();
    Contact vacant =
        contacts()
            .create(
                Contact.builder()
                    .id(Fixtures.newContactId())
                    .nameWithheld(true)
                    .addRole(role(RoleType.PROGRAMME_ASSISTANT, project.id()))
                    .build());
    List<Contact> ours = List.of(vacant);

    // when / then
    assertThat(contacts().get(vacant.id())).isEqualTo(vacant);
    assertThat(contacts().get(vacant.id()).nameWithheld()).isTrue();
    assertFinds(ContactQuery.builder().project(project.id()).build(), ours, vacant);
    assertFinds(prefix("name"), ours);
    assertFinds(prefix("not"), ours);
  }

  /**
   * Checks that a search by external id finds the contact carrying it, and the service finds it by
   * that id.
   *
   * @since 0.2.0
   */
  @Test
  protected void findsAContactByAnExternalId() {
    // given
    ExternalId staff = ExternalId.of("staff", "E-" + Fixtures.uniqueToken());
    Contact carrying =
        contacts().create(Fixtures.anyContact().toBuilder().addExternalId(staff).build());
    Contact other =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .addExternalId(ExternalId.of("staff", staff.value() + "0"))
                    .build());
    List<Contact> ours = List.of(carrying, other);

    // when / then
    assertFinds(ContactQuery.builder().externalId(staff).build(), ours, carrying);
    assertThat(contacts().findByExternalId(staff)).contains(carrying);
    assertThat(contacts().findByExternalId(ExternalId.of("staff", "nobody"))).isEmpty();
  }

  private Contact contact(RoleAssignment... roles) {
    Contact.Builder contact = Fixtures.anyContact().toBuilder();
    for (RoleAssignment role : roles) {
      contact.addRole(role);
    }
    return contacts().create(contact.build());
  }

  private static ContactQuery prefix(String prefix) {
    return ContactQuery.builder().namePrefix(prefix).build();
  }

  /**
   * Checks that the first pages of a search without filters are in strict order, whatever else the
   * store holds.
   */
  @Test
  protected void ordersPagesOfTheWholeStore() {
    // given
    for (int i = 0; i < 12; i++) {
      storedContact();
    }

    // when, then
    searches().assertOrdersFirstPages(ContactQuery.builder().build());
  }

  private void assertFinds(ContactQuery query, List<Contact> ours, Contact... expected) {
    searches().assertFinds(query, ours, List.of(expected));
  }

  private SearchContract<ContactQuery, ContactQuery.Builder, Contact> searches() {
    return new SearchContract<>(
        ContactQuery::toBuilder,
        ContactQuery.Builder::build,
        query -> contacts().search(query),
        ContactSearch::matches,
        ContractAssertions::contactOrder,
        Contact::id);
  }
}
