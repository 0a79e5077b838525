package org.coopkit.model.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Limits;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.instancio.junit.GivenProvider;

/** Contacts and roles for tests: minimal valid ones, a full one, and random valid ones. */
public final class ContactFixture {
  /** A name that must never show in a message or {@code toString()}. */
  public static final String DISPLAY_NAME = "Céline Dewaele";

  public static final String SORT_NAME = "Dewaele, Céline";
  public static final String EMAIL = "celine.example@coe.example";
  public static final String PHONE = "+33 3 88 41 20 00";

  /** The phone number as stored, in E.164. */
  public static final String PHONE_E164 = "+33388412000";

  private static final List<String> LANGUAGES = List.of("en", "fr", "hy", "ka", "az", "ru", "uk");

  private ContactFixture() {}

  public static ContactId anyContactId() {
    return ContactId.of(UUID.randomUUID());
  }

  public static RoleId anyRoleId() {
    return RoleId.of(UUID.randomUUID());
  }

  /** A builder holding the least a valid contact needs: an id and a display name. */
  public static Contact.Builder aContact() {
    return Contact.builder().id(anyContactId()).displayName(DISPLAY_NAME);
  }

  /** A programme manager role for some project, open-ended. */
  public static RoleAssignment.Builder aRole() {
    return RoleAssignment.builder()
        .id(anyRoleId())
        .type(RoleType.PROGRAMME_MANAGER)
        .project(ProjectId.of(UUID.randomUUID()));
  }

  /** A contact with every field set, the personal ones to {@link #DISPLAY_NAME} and co. */
  public static Contact celine() {
    return Contact.builder()
        .id(anyContactId())
        .displayName(DISPLAY_NAME)
        .sortName(SORT_NAME)
        .honorific("Ms")
        .jobTitle("Programme Manager")
        .organisation(OrganisationId.of(UUID.randomUUID()))
        .unit("Cybercrime Programme Office")
        .addEmail(EmailAddress.of(EMAIL))
        .addPhone(PhoneNumber.of(PHONE))
        .addLanguage("en")
        .addLanguage("fr")
        .visibility(Visibility.PUBLIC)
        .addRole(
            aRole()
                .validFrom(LocalDate.of(2015, 3, 1))
                .validUntil(LocalDate.of(2017, 12, 31))
                .title("Programme Manager, Cybercrime EAP II")
                .build())
        .addRole(
            RoleAssignment.builder()
                .id(anyRoleId())
                .type(RoleType.CONTACT_POINT_24_7)
                .country(CountryCode.of("FR"))
                .validFrom(LocalDate.of(2018, 1, 1))
                .build())
        .version(5)
        .createdAt(Instant.parse("2015-02-20T10:00:00Z"))
        .updatedAt(Instant.parse("2018-01-02T11:00:00.5Z"))
        .build();
  }

  /** A random valid role assignment with the given id. */
  public static RoleAssignment randomRole(RandomModelValues random, RoleId id) {
    RoleType type = random.anyOf(RoleType.class);
    boolean project = random.chance(0.5);
    boolean organisation = random.chance(0.5);
    boolean country =
        type == RoleType.CONTACT_POINT_24_7 || !(project || organisation) || random.chance(0.3);
    LocalDate from = random.chance(0.7) ? random.date() : null;
    LocalDate until =
        random.chance(0.5)
            ? (from == null ? random.date() : from.plusDays(random.between(0, 2_000)))
            : null;
    return RoleAssignment.builder()
        .id(id)
        .type(type)
        .title(random.chance(0.5) ? random.text(1, 120) : null)
        .project(project ? ProjectId.of(random.uuid()) : null)
        .organisation(organisation ? OrganisationId.of(random.uuid()) : null)
        .country(country ? random.countries(1).get(0) : null)
        .validFrom(from)
        .validUntil(until)
        .build();
  }

  /** A random valid e-mail address. */
  public static EmailAddress randomEmail(RandomModelValues random) {
    return EmailAddress.of(
        random.code(12)
            + "."
            + random.code(12)
            + "@"
            + random.code(12)
            + "."
            + random.oneOf("example", "coe.example", "gov.example"));
  }

  /** A random valid phone number in E.164. */
  public static PhoneNumber randomPhone(RandomModelValues random) {
    return PhoneNumber.of("+" + random.between(1, 9) + random.digits(random.between(6, 14)));
  }

  /** A random valid contact. */
  public static Contact randomContact(RandomModelValues random) {
    Set<EmailAddress> emails = new LinkedHashSet<>();
    for (int i = random.between(0, 3); i > 0; i--) {
      emails.add(randomEmail(random));
    }
    Set<PhoneNumber> phones = new LinkedHashSet<>();
    for (int i = random.between(0, 2); i > 0; i--) {
      phones.add(randomPhone(random));
    }
    Set<String> languages = new LinkedHashSet<>();
    for (int i = random.between(0, 3); i > 0; i--) {
      languages.add(random.oneOf(LANGUAGES));
    }
    List<RoleAssignment> roles = new ArrayList<>();
    for (UUID id : random.uuids(random.between(0, 4))) {
      roles.add(randomRole(random, RoleId.of(id)));
    }
    String displayName = random.text(1, 120);
    Instant createdAt = random.instant();
    return Contact.builder()
        .id(ContactId.of(random.uuid()))
        .displayName(displayName)
        .sortName(random.chance(0.5) ? random.text(1, 120) : displayName)
        .honorific(random.chance(0.5) ? random.oneOf("Ms", "Mr", "Dr", "Prof.") : null)
        .jobTitle(random.chance(0.5) ? random.text(1, Limits.TITLE) : null)
        .organisation(random.chance(0.5) ? OrganisationId.of(random.uuid()) : null)
        .unit(random.chance(0.3) ? random.text(1, Limits.NAME) : null)
        .emails(List.copyOf(emails))
        .phones(List.copyOf(phones))
        .languages(List.copyOf(languages))
        .visibility(random.anyOf(Visibility.class))
        .roles(roles)
        .version(random.between(0, 1_000))
        .createdAt(createdAt)
        .updatedAt(createdAt.plusSeconds(random.between(0, 100_000_000)))
        .build();
  }

  /** Gives a test method a random valid contact on the seed of the current test. */
  public static final class RandomContact implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return randomContact(new RandomModelValues(context.random()));
    }
  }
}
