package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopkit.error.NotFoundException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.junit.jupiter.api.Test;

/**
 * The contract of personal data: erasure removes a person's data and keeps an anonymised trace of
 * their roles; a subject access export holds everything about them; erased and internal contacts
 * never reach public directories.
 *
 * @since 0.1.0
 */
public abstract class PersonalDataTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected PersonalDataTestSuite() {}

  /** Checks that erasing a contact removes its personal data and keeps its roles. */
  @Test
  protected void erasingAContactRemovesItsPersonalDataAndKeepsItsRoles() {
    // given
    Organisation employer = storedOrganisation();
    Project project = storedProject();
    Contact stored = contacts().create(Fixtures.fullyPopulatedContact(employer.id(), project.id()));

    // when
    Contact erased = contacts().erase(stored.id());

    // then
    Contact read = contacts().get(stored.id());
    assertThat(read).isEqualTo(erased);
    assertThat(read.displayName()).isEqualTo(Contact.ERASED_NAME);
    assertThat(read.sortName()).isEqualTo(Contact.ERASED_NAME);
    assertThat(read.emails()).isEmpty();
    assertThat(read.phones()).isEmpty();
    assertThat(read.languages()).isEmpty();
    assertThat(read.honorific()).isNull();
    assertThat(read.jobTitle()).isNull();
    assertThat(read.visibility()).isEqualTo(Visibility.INTERNAL);
    assertThat(read.roles()).isEqualTo(stored.roles());
    assertThat(read.organisation()).isEqualTo(employer.id());
    assertThat(read.version()).isEqualTo(stored.version() + 1);
    assertThat(stored.externalIds()).isNotEmpty();
    assertThat(read.externalIds()).as("identifiers of the person").isEmpty();
    for (ExternalId id : stored.externalIds()) {
      assertThat(contacts().findByExternalId(id)).isEmpty();
    }
  }

  /**
   * Checks that erasing a position whose holder's name is not public erases it as any contact: it
   * reads erased, and keeps its roles.
   *
   * @since 0.2.0
   */
  @Test
  protected void erasingAPositionWithoutAPublicNameLeavesItErasedWithItsRoles() {
    // given
    Project project = storedProject();
    Contact position =
        contacts()
            .create(
                Contact.builder()
                    .id(Fixtures.newContactId())
                    .nameWithheld(true)
                    .addExternalId(ExternalId.of("post", "P-" + Fixtures.uniqueToken()))
                    .addRole(Fixtures.role(RoleType.PROGRAMME_MANAGER, project.id()))
                    .build());

    // when
    Contact erased = contacts().erase(position.id());

    // then
    assertThat(contacts().get(position.id())).isEqualTo(erased);
    assertThat(erased.nameWithheld()).isFalse();
    assertThat(erased.displayName()).isEqualTo(Contact.ERASED_NAME);
    assertThat(erased.externalIds()).isEmpty();
    assertThat(erased.roles()).isEqualTo(position.roles());
    assertThat(contacts().export(position.id()).contact()).isEqualTo(erased);
  }

  /** Checks that an erased contact is no longer found by name nor in the public directory. */
  @Test
  protected void anErasedContactIsNoLongerFoundByNameNorInThePublicDirectory() {
    // given
    CountryCode country = CountryCode.of("LI");
    Contact point =
        contacts()
            .create(
                Fixtures.contactNamed("Zosia " + Fixtures.uniqueToken(), "Zosia").toBuilder()
                    .visibility(Visibility.PUBLIC)
                    .addRole(Fixtures.contactPoint(country, null, null))
                    .build());
    assertThat(contacts().contactPoints(country)).extracting(Contact::id).contains(point.id());

    // when
    contacts().erase(point.id());

    // then
    assertThat(contacts().contactPoints(country))
        .extracting(Contact::id)
        .doesNotContain(point.id());
    assertThat(
            contacts()
                .search(ContactQuery.builder().namePrefix("zosia").limit(1000).build())
                .items())
        .extracting(Contact::id)
        .doesNotContain(point.id());
  }

  /**
   * Checks that erasing a contact succeeds even when its version changed since it was read: a data
   * protection request does not wait for an edit.
   */
  @Test
  protected void erasureWinsOverAConcurrentlyChangedVersion() {
    // given: someone edited the contact after we read it
    Contact read = storedContact();
    contacts().update(read.toBuilder().jobTitle("Expert").build());

    // when
    Contact erased = contacts().erase(read.id());

    // then
    assertThat(erased.version()).isEqualTo(3);
    assertThat(erased.jobTitle()).isNull();
  }

  /** Checks that erasing an unknown contact fails with a {@code NotFoundException}. */
  @Test
  protected void erasingAnUnknownContactFailsWithNotFound() {
    assertThatThrownBy(() -> contacts().erase(Fixtures.newContactId()))
        .isInstanceOf(NotFoundException.class);
  }

  /** Checks that a subject access export holds the contact and names what its roles refer to. */
  @Test
  protected void aSubjectAccessExportHoldsTheContactAndNamesWhatItsRolesReferTo() {
    // given
    Organisation employer = storedOrganisation();
    Project project = storedProject();
    Contact stored = contacts().create(Fixtures.fullyPopulatedContact(employer.id(), project.id()));

    // when
    PersonalDataExport export = contacts().export(stored.id());

    // then
    assertThat(export.contact()).isEqualTo(stored);
    assertThat(export.projectCodes()).containsEntry(project.id(), project.code());
    assertThat(export.organisationNames()).containsEntry(employer.id(), employer.name().english());
    assertThat(export.exportedAt()).isEqualTo(clock.instant());
    assertThat(export.toString())
        .doesNotContain(stored.displayName())
        .doesNotContain("celine.dewaele");
  }

  /** Checks that internal contacts never appear in public queries. */
  @Test
  protected void internalContactsNeverAppearInPublicQueries() {
    // given
    CountryCode country = CountryCode.of("MC");
    String token = Fixtures.uniqueToken();
    Contact internal =
        contacts()
            .create(
                Fixtures.contactNamed("Internal " + token, token).toBuilder()
                    .visibility(Visibility.INTERNAL)
                    .addRole(Fixtures.contactPoint(country, null, null))
                    .build());

    // then
    assertThat(contacts().contactPoints(country))
        .extracting(Contact::id)
        .doesNotContain(internal.id());
    assertThat(
            contacts()
                .search(ContactQuery.builder().namePrefix(token).publicOnly(true).build())
                .items())
        .isEmpty();
  }
}
