package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.spi.ContactStore;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Contacts with their role assignments, in the tables {@code contact} and {@code contact_*}. Reads
 * are one statement each (MULTISET).
 *
 * <p>The store runs the statements and translates their failures; what they hold is elsewhere: the
 * rows a contact is written as in {@link ContactTableRows}, a page's keyset query in {@link
 * ContactPageQuery}, and the way back from rows to contacts in {@link ContactReader}.
 */
final class JdbcContactStore implements ContactStore {
  static final String KIND = "Contact";

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, CONTACT, CONTACT.ID, CONTACT.VERSION);

  private final TransactionContext transaction;

  JdbcContactStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Contact> get(ContactId id) {
    try {
      return transaction
          .read()
          .select(ContactReader.SELECT)
          .from(CONTACT)
          .where(CONTACT.ID.eq(ColumnValues.id(id.value())))
          .fetchOptional(ContactReader::contact);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Contact> getForUpdate(ContactId id) {
    try {
      transaction.lockRow(CONTACT, CONTACT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<ContactId> existing(Collection<ContactId> ids) {
    try {
      return transaction
          .existing(CONTACT, CONTACT.ID, ids.stream().map(ContactId::toString).toList())
          .stream()
          .map(id -> ContactId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Contact> find(ContactQuery query) {
    List<Contact> found;
    try {
      found = ContactPageQuery.of(transaction.read(), query).fetch(ContactReader::contact);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return Pages.of(found, query.limit(), ContactSearch::cursorAfter);
  }

  // Writing.

  @Override
  public void insert(Contact contact) {
    insertAll(List.of(contact));
  }

  /** Inserts contacts as given; for {@link JdbcStorage#insertContacts} too. */
  void insertAll(List<Contact> contacts) {
    DSLContext dsl = transaction.write();
    try {
      ContactTableRows.of(contacts).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(contacts));
    }
  }

  @Override
  public void update(Contact contact, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(contact.id().value());
    try {
      OWN_ROW.replace(
          dsl,
          id,
          expectedVersion,
          ContactTableRows.of(List.of(contact)),
          ContactTableRows.CHILDREN);
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(List.of(contact)));
    }
  }

  @Override
  public void delete(ContactId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /** What a failed write of {@code contacts} can tell about its failure. */
  private TransactionContext.WriteFacts context(List<Contact> contacts) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return field.equals("Contact.id") && contacts.size() == 1
            ? contacts.get(0).id().toString()
            : null;
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
