package org.coopkit.query.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;

/**
 * How a store carries out an {@link OrganisationQuery}: which organisations match, their sort key
 * (the folded English name, or first name given) and the cursors of their pages.
 *
 * <p>Not API: public for coopkit's own stores and contract kit, and may change in any release.
 */
public final class OrganisationSearch {
  private OrganisationSearch() {}

  /**
   * The key organisation queries sort by: the folded English name (or first name given).
   *
   * @param organisation the organisation
   * @return the folded name
   */
  public static String sortKey(Organisation organisation) {
    return SearchText.fold(organisation.name().english());
  }

  /**
   * The next-page cursor of a page of organisations that ends with {@code last}.
   *
   * @param last the page's last organisation
   * @return the cursor's text
   */
  public static String cursorAfter(Organisation last) {
    return cursor(sortKey(last), last.id().value());
  }

  /**
   * The cursor of the position after {@code sortKey} and {@code id}, for a store that keeps the
   * sort key apart from the organisation.
   *
   * @param sortKey the sort key of the position ({@link #sortKey})
   * @param id the id of the organisation at the position
   * @return the cursor's text
   */
  public static String cursor(String sortKey, UUID id) {
    return Cursors.encode(Cursors.ORGANISATION, sortKey, id);
  }

  /**
   * What {@link org.coopkit.service.OrganisationService#findByName} compares a name with: the
   * organisation's name in each of its languages and its acronym, each folded; a name is one of
   * them when its folded form equals one.
   *
   * @param organisation the organisation
   * @return the folded names and acronym, without repeats and without empty ones, in the order of
   *     the name's languages with the acronym last
   */
  public static Set<String> nameKeys(Organisation organisation) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : organisation.name().texts().values()) {
      keys.add(SearchText.fold(name));
    }
    String acronym = organisation.acronym();
    if (acronym != null) {
      keys.add(SearchText.fold(acronym));
    }
    keys.remove("");
    return keys;
  }

  /**
   * Whether {@code organisation} matches every filter of {@code query} (the cursor aside).
   *
   * @param query the query
   * @param organisation the organisation to test
   * @return {@code true} if the organisation passes all filters
   */
  public static boolean matches(OrganisationQuery query, Organisation organisation) {
    String text = query.text();
    return (query.types().isEmpty() || query.types().contains(organisation.type()))
        && (query.countries().isEmpty() || query.countries().contains(organisation.country()))
        && (query.parents().isEmpty() || query.parents().contains(organisation.parent()))
        && (query.externalIds().isEmpty()
            || !Collections.disjoint(query.externalIds(), organisation.externalIds()))
        && (text == null || SearchText.contains(SearchText.of(organisation), text));
  }

  /**
   * Whether {@code organisation} lies after {@code query}'s cursor in its order.
   *
   * @param query the query
   * @param organisation the organisation to test
   * @return {@code true} if the organisation sorts after the cursor, or there is no cursor
   */
  public static boolean isAfterCursor(OrganisationQuery query, Organisation organisation) {
    return Cursors.isAfter(
        query.after(),
        query.direction(),
        sortKey(organisation),
        id -> organisation.id().compareTo(OrganisationId.of(id)));
  }
}
