package org.coopkit.model.contact;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.contact.ContactFixture.DISPLAY_NAME;
import static org.coopkit.model.contact.ContactFixture.EMAIL;
import static org.coopkit.model.contact.ContactFixture.PHONE;
import static org.coopkit.model.contact.ContactFixture.PHONE_E164;
import static org.coopkit.model.contact.ContactFixture.SORT_NAME;
import static org.coopkit.model.contact.ContactFixture.aContact;
import static org.coopkit.model.contact.ContactFixture.aRole;
import static org.coopkit.model.contact.ContactFixture.anyContactId;
import static org.coopkit.model.contact.ContactFixture.celine;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Limits;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.organisation.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {
  /** Pieces of the personal data that no message and no toString() may show. */
  private static final List<String> PERSONAL =
      List.of(
          "Céline",
          "Celine",
          "celine",
          "Dewaele",
          "DEWAELE",
          EMAIL,
          "coe.example",
          PHONE,
          PHONE_E164,
          "88412000",
          "88 41 20 00");

  @Test
  void buildsAContactFromAnIdAndADisplayNameWithDefaultsForTheRest() {
    Contact contact = aContact().build();

    assertThat(contact.sortName()).isEqualTo(DISPLAY_NAME);
    assertThat(contact.visibility()).isEqualTo(Visibility.INTERNAL);
    assertThat(contact.emails()).isEmpty();
    assertThat(contact.roles()).isEmpty();
    assertThat(contact.version()).isZero();
  }

  @Test
  void requiresAnIdAndADisplayName() {
    ValidationException e = invalid(() -> Contact.builder().build());

    assertThat(e.paths()).containsExactly("id", "displayName");
  }

  @Test
  void stripsNamesAndPutsThemInNfc() {
    Contact contact =
        aContact().displayName("  Ce\u0301line Dewaele ").sortName(" Dewaele, Céline").build();

    assertThat(contact.displayName()).isEqualTo(DISPLAY_NAME);
    assertThat(contact.sortName()).isEqualTo(SORT_NAME);
  }

  @Test
  void normalisesLanguageTags() {
    assertThat(aContact().languages(List.of("EN-gb", " fr ", "sr-latn")).build().languages())
        .containsExactly("en-GB", "fr", "sr-Latn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"displayName", "sortName"})
  void rejectsABlankNameWithoutShowingIt(String field) {
    Contact.Builder builder =
        field.equals("displayName")
            ? aContact().displayName(" \t ").sortName(SORT_NAME)
            : aContact().sortName("  ");

    Violation v = violation(builder::build, field, "must not be blank");
    assertThat(v.value()).isEqualTo(Violation.REDACTED);
  }

  @Test
  void acceptsNamesAtTheLengthLimitAndRejectsOneBeyondWithoutShowingThem() {
    String atLimit = (DISPLAY_NAME + " ").repeat(30).substring(0, Limits.NAME - 1) + "x";
    assertThat(aContact().displayName(atLimit).build().displayName()).hasSize(Limits.NAME);

    String beyond = atLimit + "y";
    Violation v =
        violation(
            () -> aContact().displayName(beyond).sortName(SORT_NAME).build(),
            "displayName",
            "must be at most " + Limits.NAME + " characters long");
    assertThat(v.value()).isEqualTo(Violation.REDACTED);
    violation(
        () -> aContact().sortName(beyond).build(),
        "sortName",
        "must be at most " + Limits.NAME + " characters long");
  }

  @Test
  void rejectsControlCharactersInANameWithoutShowingIt() {
    Violation v =
        violation(
            () -> aContact().displayName("Céline\u0000Dewaele").sortName(SORT_NAME).build(),
            "displayName",
            "must not contain control characters");

    assertThat(v.value()).isEqualTo(Violation.REDACTED);
  }

  @Test
  void checksTheLengthOfHonorificJobTitleAndUnit() {
    assertThat(
            aContact()
                .honorific("H".repeat(Limits.CODE))
                .jobTitle("J".repeat(Limits.TITLE))
                .unit("U".repeat(Limits.NAME))
                .build())
        .extracting(Contact::honorific, Contact::jobTitle, Contact::unit)
        .containsExactly(
            "H".repeat(Limits.CODE), "J".repeat(Limits.TITLE), "U".repeat(Limits.NAME));

    ValidationException e =
        invalid(
            () ->
                aContact()
                    .honorific("H".repeat(Limits.CODE + 1))
                    .jobTitle("J".repeat(Limits.TITLE + 1))
                    .unit("U".repeat(Limits.NAME + 1))
                    .build());
    assertThat(e.paths()).containsExactly("honorific", "jobTitle", "unit");
    violation(() -> aContact().jobTitle(" ").build(), "jobTitle", "must not be blank");
  }

  @Test
  void rejectsAnAddressGivenTwiceWithoutShowingIt() {
    Violation v =
        violation(
            () ->
                aContact()
                    .addEmail(EmailAddress.of(EMAIL))
                    .addEmail(EmailAddress.of(" celine.example@COE.EXAMPLE"))
                    .build(),
            "emails",
            "must not repeat an address");

    assertThat(v.value()).isEqualTo(Violation.REDACTED);
  }

  @Test
  void rejectsAPhoneNumberGivenTwiceWithoutShowingIt() {
    Violation v =
        violation(
            () ->
                aContact()
                    .addPhone(PhoneNumber.of(PHONE))
                    .addPhone(PhoneNumber.of("0033 (0)3 88 41 20 00"))
                    .build(),
            "phones",
            "must not repeat a number");

    assertThat(v.value()).isEqualTo(Violation.REDACTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "not a tag", "en_GB!", "und"})
  void rejectsSomethingThatIsNotALanguageTagNamingItsIndex(String tag) {
    violation(
        () -> aContact().addLanguage("fr").addLanguage(tag).build(),
        "languages[1]",
        "must be a BCP 47 language tag");
  }

  @Test
  void rejectsALanguageGivenTwiceAfterNormalisation() {
    violation(
        () -> aContact().languages(List.of("en-GB", "fr", "EN-gb")).build(),
        "languages",
        "must not repeat a language");
  }

  @Test
  void rejectsARoleIdGivenTwiceNamingItsIndex() {
    RoleAssignment role = aRole().build();
    RoleAssignment sameId = aRole().id(role.id()).type(RoleType.EXPERT).build();

    violation(
        () -> aContact().addRole(role).addRole(aRole().build()).addRole(sameId).build(),
        "roles[2].id",
        "must not repeat a role id");
  }

  interface ListFiller {
    void fill(Contact.Builder builder, int entries);
  }

  static Stream<Arguments> listLimits() {
    List<CountryCode> regions = new ArrayList<>(CountryCode.all());
    return Stream.of(
        Arguments.of(
            "emails",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addEmail(EmailAddress.of("person" + i + "@coe.example")))),
        Arguments.of(
            "phones",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addPhone(PhoneNumber.of("+3739" + (100_000 + i))))),
        Arguments.of(
            "languages",
            Limits.LANGUAGES,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addLanguage("en-" + regions.get(i).alpha2()))),
        Arguments.of(
            "roles",
            Limits.LIST,
            (ListFiller) (b, n) -> IntStream.range(0, n).forEach(i -> b.addRole(aRole().build()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listLimits")
  void acceptsAListAtItsLimitAndRejectsOneEntryMore(String path, int limit, ListFiller filler) {
    Contact.Builder atLimit = aContact();
    filler.fill(atLimit, limit);
    assertThat(atLimit.build())
        .as("the %s kept whole", path)
        .extracting(path, as(InstanceOfAssertFactories.COLLECTION))
        .hasSize(limit);

    Contact.Builder beyond = aContact();
    filler.fill(beyond, limit + 1);
    violation(beyond::build, path, "must hold at most " + limit + " entries");
  }

  @Test
  void rejectsANegativeVersionAndAnUpdateBeforeTheCreation() {
    violation(() -> aContact().version(-1).build(), "version", "must not be negative");
    violation(
        () ->
            aContact()
                .createdAt(Instant.parse("2020-01-01T00:00:00.000001Z"))
                .updatedAt(Instant.parse("2020-01-01T00:00:00Z"))
                .build(),
        "updatedAt",
        "must not be before createdAt");
  }

  @Test
  void reportsEveryBrokenRuleOfOneContactTogether() {
    RoleAssignment role = aRole().build();

    ValidationException e =
        invalid(
            () ->
                aContact()
                    .sortName(" ")
                    .jobTitle(" ")
                    .addEmail(EmailAddress.of(EMAIL))
                    .addEmail(EmailAddress.of(EMAIL))
                    .addLanguage("not a tag")
                    .addRole(role)
                    .addRole(role)
                    .version(-1)
                    .build());

    assertThat(e.paths())
        .containsExactly(
            "sortName", "jobTitle", "emails", "languages[0]", "roles[1].id", "version");
  }

  static Stream<Arguments> invalidContacts() {
    String longName = (DISPLAY_NAME + " " + EMAIL + " ").repeat(10);
    return Stream.of(
        Arguments.of(
            "name too long", (ThrowingCallable) () -> aContact().displayName(longName).build()),
        Arguments.of(
            "name with a control character",
            (ThrowingCallable) () -> aContact().displayName(DISPLAY_NAME + "\u0007").build()),
        Arguments.of(
            "repeated address",
            (ThrowingCallable) () -> celine().toBuilder().addEmail(EmailAddress.of(EMAIL)).build()),
        Arguments.of(
            "repeated phone",
            (ThrowingCallable) () -> celine().toBuilder().addPhone(PhoneNumber.of(PHONE)).build()),
        Arguments.of(
            "everything at once",
            (ThrowingCallable)
                () ->
                    celine().toBuilder()
                        .displayName(longName)
                        .sortName(DISPLAY_NAME + "\n" + EMAIL)
                        .addEmail(EmailAddress.of(EMAIL))
                        .addPhone(PhoneNumber.of(PHONE_E164))
                        .addLanguage(EMAIL)
                        .build()),
        Arguments.of(
            "malformed address",
            (ThrowingCallable) () -> aContact().addEmail(EmailAddress.of(EMAIL + "@")).build()),
        Arguments.of(
            "malformed phone",
            (ThrowingCallable)
                () -> aContact().addPhone(PhoneNumber.of(PHONE + " ext. 5")).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidContacts")
  void neverShowsNameAddressOrPhoneInAValidationMessage(String what, ThrowingCallable build) {
    ValidationException e = invalid(build);

    assertThat(e.getMessage()).doesNotContain(PERSONAL);
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(PERSONAL));
  }

  @Test
  void neverShowsNameAddressOrPhoneInToString() {
    Contact contact = celine();

    assertThat(contact.toString())
        .doesNotContain(PERSONAL)
        .contains(contact.id().toString())
        .contains("PUBLIC");
  }

  @Test
  void listsTheRolesHeldOnADay() {
    Contact contact = celine();

    assertThat(contact.rolesOn(LocalDate.of(2016, 6, 1)))
        .extracting(RoleAssignment::type)
        .containsExactly(RoleType.PROGRAMME_MANAGER);
    assertThat(contact.rolesOn(LocalDate.of(2018, 1, 1)))
        .extracting(RoleAssignment::type)
        .containsExactly(RoleType.CONTACT_POINT_24_7);
    assertThat(contact.rolesOn(LocalDate.of(2014, 1, 1))).isEmpty();
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    Contact contact = celine();

    assertThat(contact.toBuilder().build()).isEqualTo(contact).hasSameHashCodeAs(contact);
  }

  @Test
  void equalsAnotherContactExactlyWhenEveryValueIsEqual() {
    Contact base = celine();
    List<Consumer<Contact.Builder>> changes =
        List.of(
            b -> b.id(anyContactId()),
            b -> b.displayName("Céline Dewaele-Martin"),
            b -> b.sortName(DISPLAY_NAME),
            b -> b.honorific(null),
            b -> b.jobTitle("Head of Operations"),
            b -> b.organisation(OrganisationId.of(UUID.randomUUID())),
            b -> b.unit(null),
            b -> b.emails(List.of()),
            b -> b.phones(List.of()),
            b -> b.languages(List.of("fr", "en")),
            b -> b.visibility(Visibility.INTERNAL),
            b -> b.roles(base.roles().subList(0, 1)),
            b -> b.version(6),
            b -> b.createdAt(Instant.parse("2015-02-20T10:00:00.000001Z")),
            b -> b.updatedAt(Instant.parse("2018-01-02T11:00:00Z")));
    EqualsTester tester =
        new EqualsTester()
            .addEqualityGroup(
                base,
                base.toBuilder().build(),
                base.toBuilder()
                    .displayName(" Ce\u0301line Dewaele")
                    .languages(List.of("EN", "FR"))
                    .build());
    for (Consumer<Contact.Builder> change : changes) {
      Contact.Builder builder = base.toBuilder();
      change.accept(builder);
      tester.addEqualityGroup(builder.build());
    }

    tester.testEquals();
  }

  @Test
  void letsABuilderBeReusedWithoutChangingWhatItBuiltBefore() {
    Contact.Builder builder = aContact();
    Contact first = builder.build();

    Contact second = builder.addEmail(EmailAddress.of(EMAIL)).visibility(Visibility.PUBLIC).build();

    assertThat(first.emails()).isEmpty();
    assertThat(first.visibility()).isEqualTo(Visibility.INTERNAL);
    assertThat(second.emails()).containsExactly(EmailAddress.of(EMAIL));
    assertThat(builder.build()).isEqualTo(second);
  }

  static Stream<Arguments> nullSetters() {
    return Stream.of(
        Arguments.of("id", (Executable) () -> aContact().id(null)),
        Arguments.of("displayName", (Executable) () -> aContact().displayName(null)),
        Arguments.of("sortName", (Executable) () -> aContact().sortName(null)),
        Arguments.of("email", (Executable) () -> aContact().addEmail(null)),
        Arguments.of("phone", (Executable) () -> aContact().addPhone(null)),
        Arguments.of("languageTag", (Executable) () -> aContact().addLanguage(null)),
        Arguments.of("visibility", (Executable) () -> aContact().visibility(null)),
        Arguments.of("role", (Executable) () -> aContact().addRole(null)),
        Arguments.of("createdAt", (Executable) () -> aContact().createdAt(null)),
        Arguments.of("updatedAt", (Executable) () -> aContact().updatedAt(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullSetters")
  void rejectsNullInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  static Stream<Arguments> nullListSetters() {
    return Stream.of(
        Arguments.of("emails", (Executable) () -> aContact().emails(null)),
        Arguments.of("phones", (Executable) () -> aContact().phones(null)),
        Arguments.of("languages", (Executable) () -> aContact().languages(null)),
        Arguments.of("roles", (Executable) () -> aContact().roles(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullListSetters")
  void rejectsANullListInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  @Test
  void copiesTheListsItIsGivenAndReturnsThemUnmodifiable() {
    List<EmailAddress> emails = new ArrayList<>(List.of(EmailAddress.of(EMAIL)));
    Contact contact = aContact().emails(emails).build();
    emails.add(EmailAddress.of("other@coe.example"));

    assertThat(contact.emails()).hasSize(1);
    Contact full = celine();
    assertThatThrownBy(() -> full.emails().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.phones().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.languages().add("de"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.roles().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
