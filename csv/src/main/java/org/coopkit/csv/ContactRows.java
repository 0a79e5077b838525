package org.coopkit.csv;

import static org.coopkit.csv.ContactField.*;

import java.util.Map;
import java.util.Optional;
import org.coopkit.Ids;
import org.coopkit.UnitOfWork;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Rows as contacts: each a new contact, or, with an external id already stored, a change of it that
 * keeps its roles. No personal value reaches a problem's message: {@link Row} redacts the values of
 * personal fields, and the model's own violations redact them too.
 */
final class ContactRows implements RecordKind<ContactField, Contact> {
  private static final Map<String, ContactField> BY_PATH =
      Map.ofEntries(
          Map.entry("displayName", DISPLAY_NAME),
          Map.entry("sortName", SORT_NAME),
          Map.entry("honorific", HONORIFIC),
          Map.entry("jobTitle", JOB_TITLE),
          Map.entry("organisation", ORGANISATION),
          Map.entry("unit", UNIT),
          Map.entry("emails", EMAILS),
          Map.entry("phones", PHONES),
          Map.entry("languages", LANGUAGES),
          Map.entry("visibility", VISIBILITY),
          Map.entry("externalIds", EXTERNAL_ID));

  private final Ids ids;
  private final ReferenceLookup references = new ReferenceLookup();

  ContactRows(Ids ids) {
    this.ids = ids;
  }

  @Override
  public @Nullable Contact read(Row<ContactField> row, UnitOfWork tx) {
    Contact.Builder b = Contact.builder().id(ids.newContactId());
    String name = row.text(DISPLAY_NAME);
    if (name == null) {
      row.problem(DISPLAY_NAME, "must not be empty", null);
    } else {
      b.displayName(name);
    }
    String sortName = row.text(SORT_NAME);
    if (sortName != null) {
      b.sortName(sortName);
    }
    b.honorific(row.text(HONORIFIC));
    b.jobTitle(row.text(JOB_TITLE));
    b.unit(row.text(UNIT));
    String organisation = row.text(ORGANISATION);
    if (organisation != null) {
      OrganisationId id =
          row.attempt(ORGANISATION, () -> references.organisation(tx, organisation));
      b.organisation(id);
    }
    for (String email : row.items(EMAILS)) {
      EmailAddress address = row.attempt(EMAILS, () -> new EmailAddress(email));
      if (address != null) {
        b.addEmail(address);
      }
    }
    for (String phone : row.items(PHONES)) {
      PhoneNumber number = row.attempt(PHONES, () -> PhoneNumber.of(phone));
      if (number != null) {
        b.addPhone(number);
      }
    }
    row.items(LANGUAGES).forEach(b::addLanguage);
    String visibility = row.text(VISIBILITY);
    if (visibility != null) {
      Visibility v =
          row.attempt(VISIBILITY, () -> CellReader.constant(Visibility.class, visibility));
      if (v != null) {
        b.visibility(v);
      }
    }
    String externalId = row.text(EXTERNAL_ID);
    if (externalId != null) {
      ExternalId id = row.attempt(EXTERNAL_ID, () -> CellReader.externalId(externalId));
      if (id != null) {
        b.addExternalId(id);
      }
    }
    if (row.hasProblems()) {
      return null;
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      row.violations(e, ContactRows::field);
      return null;
    }
  }

  private static @Nullable ContactField field(String path) {
    return BY_PATH.get(Row.head(path));
  }

  @Override
  public void store(UnitOfWork tx, Contact contact) {
    Optional<Contact> stored =
        contact.externalIds().isEmpty()
            ? Optional.empty()
            : tx.contacts().findByExternalId(contact.externalIds().get(0));
    if (stored.isEmpty()) {
      tx.contacts().create(contact);
    } else {
      Contact existing = stored.get();
      tx.contacts()
          .update(
              contact.toBuilder()
                  .id(existing.id())
                  .version(existing.version())
                  .roles(existing.roles())
                  .createdAt(existing.createdAt())
                  .updatedAt(existing.updatedAt())
                  .build());
    }
  }

  @Override
  public void refused(Row<ContactField> row, CoopkitException refusal) {
    if (refusal instanceof ValidationException e) {
      row.violations(e, ContactRows::field);
    } else if (refusal instanceof BrokenReferenceException e && field(e.path()) != null) {
      row.problem(field(e.path()), "must name a stored " + e.targetKind(), e.targetId());
    } else if (refusal instanceof DuplicateException e) {
      // The value may be an address or a name: only the field is named.
      row.problem("must not repeat a stored contact's " + e.field());
    } else {
      row.problem(refusal.getMessage());
    }
  }
}
