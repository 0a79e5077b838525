package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_EXTERNAL_ID;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.query.OrganisationQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * The keyset query of a page of organisations: the filters of an {@link OrganisationQuery}, its
 * order (sort key, then id) and the cursor's seek, the page's ids in a derived table joined back to
 * the organisations and their lists. Apart from {@link JdbcOrganisationStore} so that the query
 * reads on its own.
 */
final class OrganisationPageQuery {
  private OrganisationPageQuery() {}

  /**
   * The statement {@link JdbcOrganisationStore#find} runs: at most {@code limit + 1} organisations
   * (one more tells whether another page follows).
   */
  static ResultQuery<Record> of(DSLContext dsl, OrganisationQuery query) {
    var k = ORGANISATION.as("k");
    List<Condition> where = new ArrayList<>();
    if (!query.types().isEmpty()) {
      where.add(k.ORG_TYPE.in(query.types()));
    }
    if (!query.countries().isEmpty()) {
      where.add(k.COUNTRY.in(query.countries()));
    }
    if (!query.parents().isEmpty()) {
      where.add(k.PARENT_ID.in(query.parents().stream().map(Object::toString).toList()));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              ORGANISATION_EXTERNAL_ID,
              ORGANISATION_EXTERNAL_ID.ORGANISATION_ID,
              ORGANISATION_EXTERNAL_ID.SCHEME,
              ORGANISATION_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
    }
    if (query.text() != null) {
      where.add(k.SEARCH_TEXT.contains(query.text()));
    }
    return SortKeyPages.of(
        dsl,
        k,
        k.ID,
        k.SORT_KEY,
        where,
        query.direction(),
        query.after(),
        query.limit(),
        OrganisationReader.SELECT,
        ORGANISATION,
        ORGANISATION.ID);
  }
}
