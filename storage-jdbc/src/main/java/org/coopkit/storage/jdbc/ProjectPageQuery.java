package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_COUNTRY_PERIOD;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FUNDING;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_SECTOR;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coopkit.query.Cursor;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;

/**
 * The keyset query of a page of projects: the filters of a {@link ProjectQuery}, its order (code,
 * then id) and the cursor's seek, the page's ids in a derived table joined back to the projects and
 * their lists. Apart from {@link JdbcProjectStore} so that the query reads on its own.
 */
final class ProjectPageQuery {
  private ProjectPageQuery() {}

  /**
   * The statement {@link JdbcProjectStore#find} runs: at most {@code limit + 1} projects (one more
   * tells whether another page follows), by code and id.
   */
  static ResultQuery<Record> of(DSLContext dsl, ProjectQuery query) {
    var k = PROJECT.as("k");
    List<Condition> where = new ArrayList<>();
    if (!query.countries().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_COUNTRY_PERIOD.PROJECT_ID)
                  .from(PROJECT_COUNTRY_PERIOD)
                  .where(PROJECT_COUNTRY_PERIOD.COUNTRY.in(query.countries()))));
    }
    if (!query.statuses().isEmpty()) {
      where.add(k.STATUS.in(query.statuses()));
    }
    if (!query.organisations().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_ORGANISATION.PROJECT_ID)
                  .from(PROJECT_ORGANISATION)
                  .where(PROJECT_ORGANISATION.ORGANISATION_ID.in(strings(query.organisations())))));
    }
    if (!query.frameworks().isEmpty()) {
      // Any of the project's frameworks, not only the primary one in framework_code.
      where.add(
          k.ID.in(
              select(PROJECT_FRAMEWORK.PROJECT_ID)
                  .from(PROJECT_FRAMEWORK)
                  .where(PROJECT_FRAMEWORK.CODE.in(query.frameworks()))));
    }
    if (!query.relatedTo().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_RELATION.PROJECT_ID)
                  .from(PROJECT_RELATION)
                  .where(PROJECT_RELATION.RELATED_ID.in(strings(query.relatedTo())))));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              PROJECT_EXTERNAL_ID,
              PROJECT_EXTERNAL_ID.PROJECT_ID,
              PROJECT_EXTERNAL_ID.SCHEME,
              PROJECT_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
    }
    if (!query.sectors().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_SECTOR.PROJECT_ID)
                  .from(PROJECT_SECTOR)
                  .where(PROJECT_SECTOR.SECTOR_CODE.in(query.sectors()))));
    }
    if (!query.donors().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_FUNDING.PROJECT_ID)
                  .from(PROJECT_FUNDING)
                  .where(PROJECT_FUNDING.DONOR_ID.in(strings(query.donors())))));
    }
    LocalDate day = query.activeOn();
    if (day != null) {
      // ProjectDates.isActiveOn: an unknown start or end is open.
      where.add(k.ACTIVE_FROM.isNull().or(k.ACTIVE_FROM.le(day)));
      where.add(k.ACTIVE_UNTIL.isNull().or(k.ACTIVE_UNTIL.ge(day)));
    }
    if (query.text() != null) {
      where.add(k.SEARCH_TEXT.contains(query.text()));
    }
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    SelectSeekStep2<Record2<String, String>, String, String> ordered =
        dsl.select(k.ID, k.CODE)
            .from(k)
            .where(where)
            .orderBy(
                ascending ? k.CODE.asc() : k.CODE.desc(), ascending ? k.ID.asc() : k.ID.desc());
    Cursor after = query.after();
    int rows = query.limit() + 1;
    Select<Record2<String, String>> keyset =
        after == null
            ? ordered.limit(rows)
            : ordered.seek(after.sortKey(), IdText.of(after.id())).limit(rows);
    Table<Record2<String, String>> page = keyset.asTable("page");
    Field<String> pageId = page.field(k.ID);
    Field<String> pageCode = page.field(k.CODE);
    return dsl.select(ProjectReader.SELECT)
        .from(page.join(PROJECT).on(PROJECT.ID.eq(pageId)))
        .orderBy(
            ascending ? pageCode.asc() : pageCode.desc(), ascending ? pageId.asc() : pageId.desc());
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }
}
