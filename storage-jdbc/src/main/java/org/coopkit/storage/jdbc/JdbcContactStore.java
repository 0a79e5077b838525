package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.spi.ContactStore;
import org.jspecify.annotations.Nullable;

/**
 * Contacts with their role assignments, in the tables {@code contact} and {@code contact_*}. Reads
 * are one statement each (MULTISET).
 *
 * <p>The store runs the statements and translates their failures; what they hold is elsewhere: the
 * rows a contact is written as in {@link ContactTableRows}, a page's keyset query in {@link
 * ContactPageQuery}, and the way back from rows to contacts in {@link ContactReader}.
 */
final class JdbcContactStore extends JdbcAggregateStore<ContactId, Contact, ContactQuery>
    implements ContactStore {
  static final String KIND = "Contact";

  JdbcContactStore(TransactionContext transaction) {
    super(
        transaction,
        new VersionedRows.OwnRow(KIND, CONTACT, CONTACT.ID, CONTACT.VERSION),
        ContactReader.SELECT,
        ContactReader::contact,
        ContactTableRows::of,
        Contact::id,
        ContactId::of,
        ContactId::value);
  }

  @Override
  public Page<Contact> find(ContactQuery query) {
    List<Contact> found = fetch(dsl -> ContactPageQuery.of(dsl, query));
    return Pages.of(found, query.limit(), ContactSearch::cursorAfter);
  }

  @Override
  TransactionContext.WriteFacts writeFacts(List<Contact> contacts) {
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return field.equals("Contact.id")
            ? contacts.stream().map(c -> c.id().toString()).toList()
            : List.of();
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "contact_organisation_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  contacts.stream()
                      .map(Contact::organisation)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          case "contact_role_project_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  roles(contacts)
                      .map(RoleAssignment::project)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          case "contact_role_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  roles(contacts)
                      .map(RoleAssignment::organisation)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          default -> null;
        };
      }
    };
  }

  private static Stream<RoleAssignment> roles(List<Contact> contacts) {
    return contacts.stream().flatMap(c -> c.roles().stream());
  }
}
