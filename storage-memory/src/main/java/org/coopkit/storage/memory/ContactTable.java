package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.ContactSearch;

/**
 * Contacts, sorted by folded sort name and id, and indexed by organisation (employer and roles),
 * and by the project, country and type of their roles.
 *
 * <p>The role indexes cover all of a contact's roles, past ones included: they only pick the
 * candidates, and {@link ContactSearch#matches} then checks that one role meets every role filter.
 */
final class ContactTable extends SortedTable<ContactId, Contact, ContactQuery> {
  private final MultiIndex<ContactId, Contact, OrganisationId> byOrganisation =
      indexed(new MultiIndex<>(ContactTable::organisations));
  private final MultiIndex<ContactId, Contact, ProjectId> byProject =
      indexed(
          new MultiIndex<>(
              c ->
                  c.roles().stream()
                      .map(RoleAssignment::project)
                      .filter(Objects::nonNull)
                      .toList()));
  private final MultiIndex<ContactId, Contact, CountryCode> byCountry =
      indexed(
          new MultiIndex<>(
              c ->
                  c.roles().stream()
                      .map(RoleAssignment::country)
                      .filter(Objects::nonNull)
                      .toList()));
  private final MultiIndex<ContactId, Contact, RoleType> byRole =
      indexed(new MultiIndex<>(c -> c.roles().stream().map(RoleAssignment::type).toList()));
  private final MultiIndex<ContactId, Contact, ExternalId> byExternalId =
      indexed(new MultiIndex<>(Contact::externalIds));

  private ContactTable() {
    super(
        new AggregateDescriptor<>(
            "Contact",
            Contact::id,
            Contact::version,
            ContactSearch::sortKey,
            ContactId::value,
            ContactId::of,
            ContactSearch::cursor));
  }

  static ContactTable create() {
    return new ContactTable();
  }

  /** The organisations {@link ContactQuery#organisations()} matches by: employer and roles. */
  private static List<OrganisationId> organisations(Contact contact) {
    List<OrganisationId> organisations = new ArrayList<>(contact.roles().size() + 1);
    OrganisationId employer = contact.organisation();
    if (employer != null) {
      organisations.add(employer);
    }
    for (RoleAssignment role : contact.roles()) {
      OrganisationId organisation = role.organisation();
      if (organisation != null) {
        organisations.add(organisation);
      }
    }
    return organisations;
  }

  @Override
  Page<Contact> find(ContactQuery query) {
    SortedTablePager<ContactId, Contact> pager = pager();
    pager.narrow(byOrganisation, query.organisations());
    pager.narrow(byProject, query.projects());
    pager.narrow(byCountry, query.countries());
    pager.narrow(byRole, query.roles());
    pager.narrow(byExternalId, query.externalIds());
    return pager.page(
        contact -> ContactSearch.matches(query, contact),
        query.direction(),
        query.limit(),
        query.after());
  }
}
