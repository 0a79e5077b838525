package org.coopkit.query.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.Sector;
import org.coopkit.query.ProjectQuery;

/**
 * How a store carries out a {@link ProjectQuery}: which projects match, their sort key (the code)
 * and the cursors of their pages.
 *
 * <p>Not API: public for coopkit's own stores and contract kit, and may change in any release.
 */
public final class ProjectSearch {
  private ProjectSearch() {}

  /**
   * The key project queries sort by: the project's code.
   *
   * @param project the project
   * @return the project's code
   */
  public static String sortKey(Project project) {
    return project.code();
  }

  /**
   * The next-page cursor of a page of projects that ends with {@code last}.
   *
   * @param last the page's last project
   * @return the cursor's text
   */
  public static String cursorAfter(Project last) {
    return cursor(sortKey(last), last.id().value());
  }

  /**
   * The cursor of the position after {@code sortKey} and {@code id}, for a store that keeps the
   * sort key apart from the project.
   *
   * @param sortKey the sort key of the position ({@link #sortKey})
   * @param id the id of the project at the position
   * @return the cursor's text
   */
  public static String cursor(String sortKey, UUID id) {
    return Cursors.encode(Cursors.PROJECT, sortKey, id);
  }

  /**
   * Whether {@code project} matches every filter of {@code query} (the cursor aside).
   *
   * @param query the query
   * @param project the project to test
   * @return {@code true} if the project passes all filters
   */
  public static boolean matches(ProjectQuery query, Project project) {
    if (!query.countries().isEmpty()
        && Collections.disjoint(query.countries(), project.countryCodes())) {
      return false;
    }
    if (!query.statuses().isEmpty() && !query.statuses().contains(project.status())) {
      return false;
    }
    if (!query.organisations().isEmpty()
        && project.organisations().stream()
            .map(ProjectOrganisation::organisation)
            .noneMatch(query.organisations()::contains)) {
      return false;
    }
    if (!query.frameworks().isEmpty()
        && project.frameworks().stream()
            .map(f -> f.code())
            .noneMatch(query.frameworks()::contains)) {
      return false;
    }
    if (!query.relatedTo().isEmpty()
        && project.relations().stream()
            .map(ProjectRelation::project)
            .noneMatch(query.relatedTo()::contains)) {
      return false;
    }
    if (!query.externalIds().isEmpty()
        && Collections.disjoint(query.externalIds(), project.externalIds())) {
      return false;
    }
    if (!query.sectors().isEmpty()
        && project.sectors().stream().map(Sector::code).noneMatch(query.sectors()::contains)) {
      return false;
    }
    if (!query.donors().isEmpty()
        && project.funding().stream().map(FundingLine::donor).noneMatch(query.donors()::contains)) {
      return false;
    }
    LocalDate activeOn = query.activeOn();
    if (activeOn != null && !project.dates().isActiveOn(activeOn)) {
      return false;
    }
    String text = query.text();
    return text == null || SearchText.contains(SearchText.of(project), text);
  }

  /**
   * Whether {@code project} lies after {@code query}'s cursor in its order.
   *
   * @param query the query
   * @param project the project to test
   * @return {@code true} if the project sorts after the cursor, or there is no cursor
   */
  public static boolean isAfterCursor(ProjectQuery query, Project project) {
    return Cursors.isAfter(
        query.after(),
        query.direction(),
        sortKey(project),
        id -> project.id().compareTo(ProjectId.of(id)));
  }
}
