package org.coopkit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;

/**
 * Contacts and their roles.
 *
 * @since 0.1.0
 */
public interface ContactService {
  /**
   * Stores a new contact with version 1 and timestamps from the clock.
   *
   * @param contact the new contact; its version and timestamps are ignored
   * @return the contact as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its organisation, or a role's project or
   *     organisation, does not exist
   */
  Contact create(Contact contact);

  /**
   * Stores {@code contact} as it was exported from a coopkit store, keeping its version and
   * timestamps: for moving a data set between stores (coopkit-json's import), not for new contacts,
   * which {@link #create} stamps. Every rule of {@link #create} applies, here as there, including
   * inside a unit of work. One that was never stored (version 0) is stamped as {@link #create}
   * stamps it.
   *
   * @param contact the contact as exported, with the version and timestamps it had in its store
   * @return the contact as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if its organisation, or a role's project or
   *     organisation, does not exist
   * @since 0.2.0
   */
  Contact restore(Contact contact);

  /**
   * The contact with this id, if any.
   *
   * @param id the contact's id
   * @return the contact, or empty if there is none
   */
  Optional<Contact> find(ContactId id);

  /**
   * The contact carrying this identifier of another system, if any: the one contact a search with
   * {@link org.coopkit.query.ContactQuery.Builder#externalId} finds.
   *
   * @param externalId the identifier, e.g. a staff number
   * @return the contact, or empty if none carries it
   * @throws org.coopkit.error.DuplicateException (field {@code Contact.externalIds}) if more than
   *     one contact carries it
   * @since 0.2.0
   */
  Optional<Contact> findByExternalId(ExternalId externalId);

  /**
   * The contact with this id.
   *
   * @param id the contact's id
   * @return the stored contact
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Contact get(ContactId id);

  /**
   * Replaces the stored contact, if its stored version is still {@code contact.version()}.
   *
   * @param contact the changed contact, carrying the version it was read at
   * @return the contact as stored, with its version raised by one
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Contact update(Contact contact);

  /**
   * Deletes a contact.
   *
   * @param id the contact's id
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  void delete(ContactId id, long expectedVersion);

  /**
   * Gives a contact a role, in addition to those held before.
   *
   * @param id the contact's id
   * @param expectedVersion the version the caller read
   * @param role the new role
   * @return the contact as stored
   * @throws org.coopkit.error.BrokenReferenceException if the role's project or organisation does
   *     not exist
   * @throws org.coopkit.error.ValidationException if the role id repeats one of the contact's
   */
  Contact assignRole(ContactId id, long expectedVersion, RoleAssignment role);

  /**
   * Ends a role on its last day; the role stays in the contact's history.
   *
   * @param id the contact's id
   * @param expectedVersion the version the caller read
   * @param role the role to end
   * @param lastDay the last day the role is held
   * @return the contact as stored
   * @throws org.coopkit.error.NotFoundException if the contact has no such role
   * @throws org.coopkit.error.ValidationException if {@code lastDay} is before the role began
   */
  Contact endRole(ContactId id, long expectedVersion, RoleId role, LocalDate lastDay);

  /**
   * Erases the person's personal data (Convention 108+, GDPR Article 17) while keeping an
   * anonymised trace of their roles, so reports and role histories stay correct: names become
   * {@link Contact#ERASED_NAME}; e-mail addresses, phone numbers, languages, honorific and job
   * title and (since 0.2.0) external ids are removed, and a withheld name reads erased too; the
   * contact becomes {@link org.coopkit.model.contact.Visibility#INTERNAL}. The store keeps no copy
   * of what was removed. Runs on whatever version is stored, and never fails with a {@link
   * org.coopkit.error.ConflictException}: it reads the contact with {@link
   * org.coopkit.spi.AggregateStore#getForUpdate}, so a concurrent edit either commits first (and is
   * erased too) or waits for the erasure.
   *
   * @param id the contact's id
   * @return the erased contact
   * @throws org.coopkit.error.NotFoundException if there is no such contact
   */
  Contact erase(ContactId id);

  /**
   * Everything held about one person, for a subject access request.
   *
   * @param id the contact's id
   * @return the export, stamped with the clock's time
   * @throws org.coopkit.error.NotFoundException if there is no such contact
   */
  PersonalDataExport export(ContactId id);

  /**
   * One page of the contacts matching the query.
   *
   * @param query the filters, order and page
   * @return the matching contacts of this page
   */
  Page<Contact> search(ContactQuery query);

  /**
   * The public directory of 24/7 contact points of a country: public contacts holding that role for
   * the country today (by the clock), in name order. Internal contacts never appear.
   *
   * @param country the country
   * @return the contact points, possibly none
   */
  List<Contact> contactPoints(CountryCode country);
}
