package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EMAIL;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_LANGUAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_PHONE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;

import java.util.Collection;
import java.util.List;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.query.internal.SearchText;

/**
 * The rows a contact is written as: its {@code contact} row, with the folded name and sort keys
 * searches read, and the rows of each child table ({@code contact_email}, {@code contact_phone},
 * {@code contact_language}, {@code contact_role}, {@code contact_external_id}). Apart from {@link
 * JdbcContactStore} so that the mapping of a contact to columns reads on its own; the store
 * inserts, updates and bulk-loads these rows alike.
 */
final class ContactTableRows {
  /** The columns of {@code contact_external_id}. */
  static final LinkAndIdRows.ExternalIdColumns EXTERNAL_IDS =
      LinkAndIdRows.ExternalIdColumns.of(CONTACT_EXTERNAL_ID.CONTACT_ID);

  private ContactTableRows() {}

  /** The rows of {@code contacts}: {@code contact} rows first, then each child table's. */
  static List<TableRows> of(Collection<Contact> contacts) {
    TableRows root =
        TableRows.of(
            CONTACT.ID,
            CONTACT.DISPLAY_NAME,
            CONTACT.SORT_NAME,
            CONTACT.HONORIFIC,
            CONTACT.JOB_TITLE,
            CONTACT.ORGANISATION_ID,
            CONTACT.UNIT,
            CONTACT.VISIBILITY,
            CONTACT.NAME_KEY,
            CONTACT.SORT_KEY,
            CONTACT.NAME_WITHHELD,
            CONTACT.VERSION,
            CONTACT.CREATED_AT,
            CONTACT.UPDATED_AT);
    TableRows emails =
        TableRows.of(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION, CONTACT_EMAIL.ADDRESS);
    TableRows phones =
        TableRows.of(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION, CONTACT_PHONE.PHONE);
    TableRows languages =
        TableRows.of(CONTACT_LANGUAGE.CONTACT_ID, CONTACT_LANGUAGE.POSITION, CONTACT_LANGUAGE.LANG);
    TableRows roles =
        TableRows.of(
            CONTACT_ROLE.CONTACT_ID,
            CONTACT_ROLE.ID,
            CONTACT_ROLE.POSITION,
            CONTACT_ROLE.ROLE_TYPE,
            CONTACT_ROLE.TITLE,
            CONTACT_ROLE.PROJECT_ID,
            CONTACT_ROLE.ORGANISATION_ID,
            CONTACT_ROLE.COUNTRY,
            CONTACT_ROLE.VALID_FROM,
            CONTACT_ROLE.VALID_UNTIL,
            CONTACT_ROLE.SEEN_ON,
            CONTACT_ROLE.UNIT);
    TableRows externalIds = EXTERNAL_IDS.rows();
    for (Contact c : contacts) {
      String id = IdText.of(c.id().value());
      root.add(
          id,
          c.displayName(),
          c.sortName(),
          c.honorific(),
          c.jobTitle(),
          IdText.ofNullable(c.organisation()),
          c.unit(),
          c.visibility(),
          SearchText.nameKey(c),
          SortKeyColumn.stored(SearchText.sortKey(c)),
          c.nameWithheld(),
          c.version(),
          c.createdAt(),
          c.updatedAt());
      for (int i = 0; i < c.emails().size(); i++) {
        emails.add(id, i, c.emails().get(i).value());
      }
      for (int i = 0; i < c.phones().size(); i++) {
        phones.add(id, i, c.phones().get(i).value());
      }
      for (int i = 0; i < c.languages().size(); i++) {
        languages.add(id, i, c.languages().get(i));
      }
      for (int i = 0; i < c.roles().size(); i++) {
        RoleAssignment role = c.roles().get(i);
        roles.add(
            id,
            role.id().toString(),
            i,
            role.type(),
            role.title(),
            IdText.ofNullable(role.project()),
            IdText.ofNullable(role.organisation()),
            role.country(),
            role.validFrom(),
            role.validUntil(),
            role.seenOn(),
            role.unit());
      }
      EXTERNAL_IDS.append(externalIds, id, c.externalIds());
    }
    return List.of(root, emails, phones, languages, roles, externalIds);
  }
}
