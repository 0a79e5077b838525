package org.coopkit.spi;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.internal.OrganisationSearch;

/**
 * Stores organisations.
 *
 * @since 0.1.0
 */
public interface OrganisationStore
    extends AggregateStore<OrganisationId, Organisation, OrganisationQuery> {
  /**
   * The organisations that have {@code foldedName} among their name keys: their name in some
   * language, or their acronym, folds to it. Called by {@link
   * org.coopkit.service.OrganisationService#findByName} with a name it has checked and folded.
   *
   * <p>The default narrows with {@link #find}'s free-text filter (every name key is part of the
   * text that filter searches) and keeps the organisations with the key: right on any store whose
   * {@code find} is, and as fast as that filter. A store that indexes the name keys may override
   * it.
   *
   * @param foldedName a name folded as {@link org.coopkit.query} says text is folded; not empty
   * @return the organisations with this name key, in the order of {@link OrganisationQuery} (folded
   *     English name, then id); empty if none
   * @since 0.2.0
   */
  default List<Organisation> findByName(String foldedName) {
    // The filter takes at most MAX_TEXT characters; any part of the name narrows as well.
    int cut = Math.min(foldedName.length(), Paging.MAX_TEXT);
    if (cut < foldedName.length() && Character.isLowSurrogate(foldedName.charAt(cut))) {
      cut--;
    }
    OrganisationQuery query =
        OrganisationQuery.builder()
            .text(foldedName.substring(0, cut))
            .limit(Paging.MAX_LIMIT)
            .build();
    List<Organisation> found = new ArrayList<>();
    while (true) {
      Page<Organisation> page = find(query);
      for (Organisation organisation : page.items()) {
        if (OrganisationSearch.nameKeys(organisation).contains(foldedName)) {
          found.add(organisation);
        }
      }
      String next = page.nextCursor();
      if (next == null) {
        return found;
      }
      query = query.after(next);
    }
  }
}
