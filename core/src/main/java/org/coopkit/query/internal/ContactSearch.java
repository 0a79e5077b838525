package org.coopkit.query.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.Visibility;
import org.coopkit.query.ContactQuery;

/**
 * How a store carries out a {@link ContactQuery}: which contacts match, their sort key (the folded
 * sort name) and the cursors of their pages.
 *
 * <p>Not API: public for coopkit's own stores and contract kit, and may change in any release.
 */
public final class ContactSearch {
  private ContactSearch() {}

  /**
   * The key contact queries sort by: the folded sort name.
   *
   * @param contact the contact
   * @return the contact's folded sort name
   */
  public static String sortKey(Contact contact) {
    return SearchText.sortKey(contact);
  }

  /**
   * The next-page cursor of a page of contacts that ends with {@code last}.
   *
   * @param last the page's last contact
   * @return the cursor's text
   */
  public static String cursorAfter(Contact last) {
    return cursor(sortKey(last), last.id().value());
  }

  /**
   * The cursor of the position after {@code sortKey} and {@code id}, for a store that keeps the
   * sort key apart from the contact.
   *
   * @param sortKey the sort key of the position ({@link #sortKey})
   * @param id the id of the contact at the position
   * @return the cursor's text
   */
  public static String cursor(String sortKey, UUID id) {
    return Cursors.encode(Cursors.CONTACT, sortKey, id);
  }

  /**
   * Whether {@code query} filters by role at all.
   *
   * @param query the query
   * @return {@code true} if roles, projects, countries or a day of activity are given
   */
  public static boolean filtersRoles(ContactQuery query) {
    return !query.roles().isEmpty()
        || !query.projects().isEmpty()
        || !query.countries().isEmpty()
        || query.activeOn() != null;
  }

  /**
   * Whether {@code contact} matches every filter of {@code query} (the cursor aside).
   *
   * @param query the query
   * @param contact the contact to test
   * @return {@code true} if the contact passes all filters
   */
  public static boolean matches(ContactQuery query, Contact contact) {
    if (query.publicOnly() && contact.visibility() != Visibility.PUBLIC) {
      return false;
    }
    if (!query.externalIds().isEmpty()
        && Collections.disjoint(query.externalIds(), contact.externalIds())) {
      return false;
    }
    String namePrefix = query.namePrefix();
    if (namePrefix != null && !SearchText.startsWord(SearchText.nameKey(contact), namePrefix)) {
      return false;
    }
    if (!query.organisations().isEmpty()
        && !query.organisations().contains(contact.organisation())
        && contact.roles().stream()
            .map(RoleAssignment::organisation)
            .noneMatch(query.organisations()::contains)) {
      return false;
    }
    return !filtersRoles(query) || contact.roles().stream().anyMatch(r -> matchesRole(query, r));
  }

  /**
   * Whether one role assignment meets all of {@code query}'s role filters.
   *
   * @param query the query
   * @param role the role assignment to test
   * @return {@code true} if the assignment alone passes the role type, project, country and day
   *     filters
   */
  public static boolean matchesRole(ContactQuery query, RoleAssignment role) {
    LocalDate activeOn = query.activeOn();
    return (query.roles().isEmpty() || query.roles().contains(role.type()))
        && (query.projects().isEmpty() || query.projects().contains(role.project()))
        && (query.countries().isEmpty() || query.countries().contains(role.country()))
        && (activeOn == null || role.isActiveOn(activeOn));
  }

  /**
   * Whether {@code contact} lies after {@code query}'s cursor in its order.
   *
   * @param query the query
   * @param contact the contact to test
   * @return {@code true} if the contact sorts after the cursor, or there is no cursor
   */
  public static boolean isAfterCursor(ContactQuery query, Contact contact) {
    return Cursors.isAfter(
        query.after(),
        query.direction(),
        sortKey(contact),
        id -> contact.id().compareTo(ContactId.of(id)));
  }
}
