package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coopkit.model.contact.Visibility;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.internal.ContactSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * The keyset query of a page of contacts: the filters of a {@link ContactQuery}, its order (sort
 * key, then id) and the cursor's seek, the page's ids in a derived table joined back to the
 * contacts and their lists. The role filters are one subquery on {@code contact_role}, so that they
 * all hold for one and the same role. Apart from {@link JdbcContactStore} so that the query reads
 * on its own.
 */
final class ContactPageQuery {
  private ContactPageQuery() {}

  /**
   * The statement {@link JdbcContactStore#find} runs: at most {@code limit + 1} contacts (one more
   * tells whether another page follows).
   */
  static ResultQuery<Record> of(DSLContext dsl, ContactQuery query) {
    var k = CONTACT.as("k");
    List<Condition> where = new ArrayList<>();
    if (query.publicOnly()) {
      where.add(k.VISIBILITY.eq(Visibility.PUBLIC));
    }
    if (query.namePrefix() != null) {
      // SearchText.startsWord: the name key holds " " before every word.
      where.add(k.NAME_KEY.contains(" " + query.namePrefix()));
    }
    if (!query.organisations().isEmpty()) {
      List<String> organisations = strings(query.organisations());
      where.add(
          k.ORGANISATION_ID
              .in(organisations)
              .or(
                  k.ID.in(
                      select(CONTACT_ROLE.CONTACT_ID)
                          .from(CONTACT_ROLE)
                          .where(CONTACT_ROLE.ORGANISATION_ID.in(organisations)))));
    }
    if (ContactSearch.filtersRoles(query)) {
      List<Condition> role = new ArrayList<>();
      if (!query.roles().isEmpty()) {
        role.add(CONTACT_ROLE.ROLE_TYPE.in(query.roles()));
      }
      if (!query.projects().isEmpty()) {
        role.add(CONTACT_ROLE.PROJECT_ID.in(strings(query.projects())));
      }
      if (!query.countries().isEmpty()) {
        role.add(CONTACT_ROLE.COUNTRY.in(query.countries()));
      }
      LocalDate day = query.activeOn();
      if (day != null) {
        // RoleAssignment.isActiveOn: open ends count as open, and a role known only from a
        // seen-on date counts on that day alone.
        Condition seenOnly =
            CONTACT_ROLE
                .SEEN_ON
                .isNotNull()
                .and(CONTACT_ROLE.VALID_FROM.isNull())
                .and(CONTACT_ROLE.VALID_UNTIL.isNull());
        role.add(
            seenOnly
                .and(CONTACT_ROLE.SEEN_ON.eq(day))
                .or(
                    seenOnly
                        .not()
                        .and(CONTACT_ROLE.VALID_FROM.isNull().or(CONTACT_ROLE.VALID_FROM.le(day)))
                        .and(
                            CONTACT_ROLE
                                .VALID_UNTIL
                                .isNull()
                                .or(CONTACT_ROLE.VALID_UNTIL.ge(day)))));
      }
      where.add(k.ID.in(select(CONTACT_ROLE.CONTACT_ID).from(CONTACT_ROLE).where(role)));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              CONTACT_EXTERNAL_ID,
              CONTACT_EXTERNAL_ID.CONTACT_ID,
              CONTACT_EXTERNAL_ID.SCHEME,
              CONTACT_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
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
        ContactReader.SELECT,
        CONTACT,
        CONTACT.ID);
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }
}
