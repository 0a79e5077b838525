package org.coopkit.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.internal.SeedOnFailure;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Limits;
import org.coopkit.model.PhoneNumber;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of random contacts. Each repetition draws from Instancio's seeded random; a failing
 * repetition names its seed in the failure message, and {@code @Seed(n)} on the method replays it.
 */
@ExtendWith({InstancioExtension.class, SeedOnFailure.class})
class ContactPropertiesTest {

  @RepeatedTest(100)
  void aValidContactSurvivesACopyAndNeverShowsItsPersonalData(
      @Given(ContactFixture.RandomContact.class) Contact contact) {
    Contact constructed =
        Contact.builder()
            .id(contact.id())
            .displayName(contact.displayName())
            .sortName(contact.sortName())
            .honorific(contact.honorific())
            .jobTitle(contact.jobTitle())
            .organisation(contact.organisation())
            .unit(contact.unit())
            .emails(contact.emails())
            .phones(contact.phones())
            .languages(contact.languages())
            .visibility(contact.visibility())
            .roles(contact.roles())
            .version(contact.version())
            .createdAt(contact.createdAt())
            .updatedAt(contact.updatedAt())
            .build();

    assertThat(contact.toBuilder().build()).isEqualTo(contact).hasSameHashCodeAs(contact);
    assertThat(constructed).isEqualTo(contact);
    assertShowsNothingPersonal(contact.toString(), personalData(contact));
  }

  @RepeatedTest(30)
  void anAddressRepeatedAnywhereIsRejectedWithoutShowingIt(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Contact contact = ContactFixture.randomContact(random);
    List<EmailAddress> emails = new ArrayList<>(contact.emails());
    if (emails.isEmpty()) {
      emails.add(ContactFixture.randomEmail(random));
    }
    EmailAddress repeated = random.oneOf(emails);
    emails.add(random.between(0, emails.size()), repeated);

    ValidationException e = invalid(() -> contact.toBuilder().emails(emails).build());

    assertThat(e.paths()).containsExactly("emails");
    List<String> personal = personalData(contact);
    personal.add(repeated.value());
    assertShowsNothingPersonal(e.getMessage(), personal);
  }

  @RepeatedTest(30)
  void aNameLongerThanTheLimitIsRejectedWithoutShowingIt(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Contact contact = ContactFixture.randomContact(random);
    String name = random.text(Limits.NAME + 1, Limits.NAME + 200);

    Violation v =
        violation(
            () -> contact.toBuilder().displayName(name).sortName(contact.sortName()).build(),
            "displayName",
            "must be at most " + Limits.NAME);

    assertThat(v.value()).isEqualTo(Violation.REDACTED);
    assertThat(v.toString()).doesNotContain(name.substring(0, 20));
  }

  @RepeatedTest(30)
  void aRoleEndingSomeDaysBeforeItStartsIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    LocalDate from = random.date();
    RoleAssignment role = ContactFixture.randomRole(random, ContactFixture.anyRoleId());

    violation(
        () ->
            role.toBuilder()
                .validFrom(from)
                .validUntil(from.minusDays(random.between(1, 5_000)))
                .build(),
        "validUntil",
        "must not be before validFrom");
  }

  @RepeatedTest(30)
  void aRoleIdRepeatedAnywhereIsRejectedAtItsSecondPlace(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Contact contact = ContactFixture.randomContact(random);
    List<RoleAssignment> roles = new ArrayList<>(contact.roles());
    if (roles.isEmpty()) {
      roles.add(ContactFixture.randomRole(random, ContactFixture.anyRoleId()));
    }
    int first = random.between(0, roles.size() - 1);
    RoleAssignment copy = ContactFixture.randomRole(random, roles.get(first).id());
    int at = random.between(0, roles.size());
    roles.add(at, copy);
    int second = at <= first ? first + 1 : at;

    violation(
        () -> contact.toBuilder().roles(roles).build(),
        "roles[" + second + "].id",
        "must not repeat a role id");
  }

  /**
   * The contact's names, addresses and numbers. Names shorter than 8 characters are left out: a
   * random "a" or "7" may well occur in an id.
   */
  private static List<String> personalData(Contact contact) {
    List<String> values = new ArrayList<>();
    for (String name : List.of(contact.displayName(), contact.sortName())) {
      if (name.length() >= 8) {
        values.add(name);
      }
    }
    contact.emails().stream().map(EmailAddress::value).forEach(values::add);
    contact.phones().stream().map(PhoneNumber::value).forEach(values::add);
    return values;
  }

  private static void assertShowsNothingPersonal(String text, List<String> personal) {
    for (String value : personal) {
      assertThat(text).doesNotContain(value);
    }
  }
}
