package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.tck.ContractAssertions.organisationOrder;
import static org.coopkit.storage.tck.Fixtures.anyOrganisation;
import static org.coopkit.storage.tck.Fixtures.localized;
import static org.coopkit.storage.tck.Fixtures.unitOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopkit.model.CountryCode;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.OrganisationSearch;
import org.junit.jupiter.api.Test;

/**
 * The contract of organisation searches: type, country, parent and text filters alone and together,
 * the order by folded English name then id, and keyset pagination. Results are checked against
 * {@link OrganisationSearch#matches} as in {@link EventQueryTestSuite}.
 *
 * @since 0.1.0
 */
public abstract class OrganisationQueryTestSuite extends StorageTestSuite {
  private static final CountryCode AZ = CountryCode.of("AZ");
  private static final CountryCode UA = CountryCode.of("UA");

  /** For subclasses. */
  protected OrganisationQueryTestSuite() {}

  /** Checks that a search filters by type. */
  @Test
  protected void filtersByType() {
    // given
    Organisation ngo =
        organisations().register(anyOrganisation().toBuilder().type(OrganisationType.NGO).build());
    Organisation academia =
        organisations()
            .register(anyOrganisation().toBuilder().type(OrganisationType.ACADEMIA).build());
    Organisation other = storedOrganisation();
    List<Organisation> ours = List.of(ngo, academia, other);

    // when / then
    assertFinds(OrganisationQuery.builder().type(OrganisationType.NGO).build(), ours, ngo);
    assertFinds(
        OrganisationQuery.builder()
            .type(OrganisationType.ACADEMIA)
            .type(OrganisationType.NGO)
            .build(),
        ours,
        ngo,
        academia);
  }

  /** Checks that a search filters by country. */
  @Test
  protected void filtersByCountry() {
    // given
    Organisation azerbaijani =
        organisations().register(anyOrganisation().toBuilder().country(AZ).build());
    Organisation ukrainian =
        organisations().register(anyOrganisation().toBuilder().country(UA).build());
    Organisation international = storedOrganisation();
    List<Organisation> ours = List.of(azerbaijani, ukrainian, international);

    // when / then
    assertFinds(OrganisationQuery.builder().country(AZ).build(), ours, azerbaijani);
    assertFinds(
        OrganisationQuery.builder().country(AZ).country(UA).build(), ours, azerbaijani, ukrainian);
  }

  /** Checks that a search filters by parent. */
  @Test
  protected void filtersByParent() {
    // given
    Organisation parent = storedOrganisation();
    Organisation otherParent = storedOrganisation();
    Organisation unit = organisations().register(unitOf(parent.id()));
    Organisation secondUnit = organisations().register(unitOf(parent.id()));
    Organisation subUnit = organisations().register(unitOf(unit.id()));
    Organisation otherUnit = organisations().register(unitOf(otherParent.id()));
    List<Organisation> ours = List.of(parent, otherParent, unit, secondUnit, subUnit, otherUnit);

    // when / then
    assertFinds(OrganisationQuery.builder().parent(parent.id()).build(), ours, unit, secondUnit);
    assertFinds(
        OrganisationQuery.builder().parent(unit.id()).parent(otherParent.id()).build(),
        ours,
        subUnit,
        otherUnit);
  }

  /**
   * Checks that a search filters by text in names of any language or the acronym ignoring case and
   * accents.
   */
  @Test
  protected void filtersByTextInNamesOfAnyLanguageOrTheAcronymIgnoringCaseAndAccents() {
    // given
    String token = Fixtures.uniqueToken();
    String upper = token.toUpperCase(Locale.ROOT);
    Organisation inEnglish =
        organisations()
            .register(
                anyOrganisation().toBuilder()
                    .name(localized("en", "Ministry of Internal Affairs " + upper))
                    .build());
    Organisation inFrench =
        organisations()
            .register(
                anyOrganisation().toBuilder()
                    .name(localized("en", "Prosecutor's Office", "fr", "Parquet général " + token))
                    .build());
    Organisation inArmenian =
        organisations()
            .register(
                anyOrganisation().toBuilder()
                    .name(localized("hy", "Գլխավոր դատախազություն " + token))
                    .build());
    Organisation inAcronym =
        organisations().register(anyOrganisation().toBuilder().acronym(upper).build());
    List<Organisation> ours = List.of(inEnglish, inFrench, inArmenian, inAcronym);

    // when / then
    assertFinds(
        OrganisationQuery.builder().text(token).build(),
        ours,
        inEnglish,
        inFrench,
        inArmenian,
        inAcronym);
    assertFinds(OrganisationQuery.builder().text("GÉNÉRAL " + upper).build(), ours, inFrench);
    assertFinds(
        OrganisationQuery.builder().text("ԴԱՏԱԽԱԶՈՒԹՅՈՒՆ " + token).build(), ours, inArmenian);
    assertFinds(OrganisationQuery.builder().text("affairs " + token).build(), ours, inEnglish);
  }

  /** Checks that a search combines filters so that each must match. */
  @Test
  protected void combinesFiltersSoThatEachMustMatch() {
    // given
    Organisation parent = storedOrganisation();
    String token = Fixtures.uniqueToken();
    Organisation match =
        unitOf(parent.id()).toBuilder()
            .name("Cybercrime Unit " + token)
            .type(OrganisationType.LAW_ENFORCEMENT)
            .country(UA)
            .build();
    List<Organisation> variants =
        List.of(
            match,
            match.toBuilder().type(OrganisationType.PROSECUTION_SERVICE).build(),
            match.toBuilder().country(AZ).build(),
            match.toBuilder().parent(null).build(),
            match.toBuilder().name("Cybercrime Unit").build());
    List<Organisation> ours = new ArrayList<>();
    for (Organisation variant : variants) {
      ours.add(
          organisations().register(variant.toBuilder().id(Fixtures.newOrganisationId()).build()));
    }
    OrganisationQuery query =
        OrganisationQuery.builder()
            .type(OrganisationType.LAW_ENFORCEMENT)
            .country(UA)
            .parent(parent.id())
            .text(token)
            .build();

    // when / then
    assertFinds(query, ours, ours.get(0));
  }

  /**
   * Checks that a search sorts by folded English name then by id, in both directions and walks all
   * pages.
   */
  @Test
  protected void sortsByFoldedEnglishNameThenIdInBothDirectionsAndWalksAllPages() {
    // given
    Organisation parent = storedOrganisation();
    List<Organisation> ours = new ArrayList<>();
    for (String name :
        List.of(
            "Ministry of Justice",
            "ministry of justice",
            "Ministère",
            "Académie",
            "Academy",
            "Міністерство",
            "Prokuratura",
            "Ombudsman",
            "Ministry of Justice")) {
      ours.add(
          organisations()
              .register(
                  unitOf(parent.id()).toBuilder()
                      .name(localized("en", name, "fr", "Nom " + name))
                      .build()));
    }
    ours.add(
        organisations()
            .register(
                unitOf(parent.id()).toBuilder()
                    .name(localized("uk", "Генеральна прокуратура"))
                    .build()));

    for (SortDirection direction : SortDirection.values()) {
      for (int limit : new int[] {1, 3, 4, 10, 11}) {
        // when
        OrganisationQuery query =
            OrganisationQuery.builder()
                .parent(parent.id())
                .direction(direction)
                .limit(limit)
                .build();
        List<Page<Organisation>> pages =
            ContractAssertions.pages(
                query, limit, organisations()::search, OrganisationQuery::after);

        // then
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Organisation::id).toList())
            .as("pages of %d, %s", limit, direction)
            .containsExactlyElementsOf(
                ours.stream().sorted(organisationOrder(direction)).map(Organisation::id).toList());
      }
    }
  }

  /**
   * Checks that the first pages of a search without filters are in strict order, whatever else the
   * store holds.
   */
  @Test
  protected void ordersPagesOfTheWholeStore() {
    // given
    for (int i = 0; i < 12; i++) {
      storedOrganisation();
    }

    // when, then
    searches().assertOrdersFirstPages(OrganisationQuery.builder().build());
  }

  private void assertFinds(
      OrganisationQuery query, List<Organisation> ours, Organisation... expected) {
    searches().assertFinds(query, ours, List.of(expected));
  }

  private SearchContract<OrganisationQuery, OrganisationQuery.Builder, Organisation> searches() {
    return new SearchContract<>(
        OrganisationQuery::toBuilder,
        OrganisationQuery.Builder::build,
        query -> organisations().search(query),
        OrganisationSearch::matches,
        ContractAssertions::organisationOrder,
        Organisation::id);
  }
}
