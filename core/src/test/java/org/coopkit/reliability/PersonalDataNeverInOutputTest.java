package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.coopkit.testsupport.PersonalDataLeaks.DISPLAY_NAME;
import static org.coopkit.testsupport.PersonalDataLeaks.EMAIL;
import static org.coopkit.testsupport.PersonalDataLeaks.PHONE;
import static org.coopkit.testsupport.PersonalDataLeaks.SORT_NAME;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.testsupport.OutputCapture;
import org.coopkit.testsupport.PersonalDataLeaks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A person's e-mail address, phone number and names never reach logs, standard output, exception
 * messages or {@code toString()}: a whole scenario (create, read, search, update, role changes,
 * export, erasure, delete) and every failure on the way (validation of the person's own values,
 * conflicts, unknown ids, duplicates, broken references) runs with all output captured, a host
 * application logging every failure and value as a careless one would; then neither the output nor
 * any message or {@code toString()} holds the person's data, and after erasure the store holds none
 * either.
 */
class PersonalDataNeverInOutputTest {
  private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
  private static final Logger HOST_LOG = Logger.getLogger("host.application");

  private final MapStorage storage = new MapStorage();
  private final Coopkit coopkit =
      Coopkit.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  private final List<String> shown = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private String heldBeforeErasure = "";

  @Test
  void noMessageLogLineOrToStringOfAWholeScenarioShowsThePersonsData() {
    String output;
    String heldAfterErasure;
    Contact contact;
    // given
    try (OutputCapture capture = OutputCapture.start()) {
      Organisation employer =
          coopkit
              .organisations()
              .register(
                  Organisation.builder()
                      .id(OrganisationId.of(UUID.randomUUID()))
                      .name("Cybercrime Programme Office")
                      .build());
      Project project =
          coopkit
              .projects()
              .create(
                  Project.builder()
                      .id(ProjectId.of(UUID.randomUUID()))
                      .code("cyber-east")
                      .title("CyberEast")
                      .build());

      // when
      contact = scenario(employer, project);
      heldAfterErasure = PersonalDataLeaks.held(storage.everything());
      finish(contact);
      output = capture.text();
    }

    // then
    List<String> leaks = new ArrayList<>(PersonalDataLeaks.in("captured output", output));
    for (int i = 0; i < shown.size(); i++) {
      leaks.addAll(PersonalDataLeaks.in("shown value " + i, shown.get(i)));
    }
    leaks.addAll(PersonalDataLeaks.in("the store after erasure", heldAfterErasure));
    assertThat(leaks).as("personal data shown").isEmpty();
    assertThat(output)
        .as("the capture saw the host's log lines")
        .contains(contact.id().toString(), "contact stored", "contact operation failed");
    assertThat(failures).as("failures on the way").hasSizeGreaterThan(20);
    assertThat(PersonalDataLeaks.in("the store before erasure", heldBeforeErasure))
        .as("what the store held before erasure, read the way it is read after")
        .isNotEmpty();
  }

  @Test
  void theLeakDetectorFindsThePersonsDataInEveryFormattingItLooksFor() {
    // given
    List<String> formats =
        List.of(
            EMAIL,
            EMAIL.toUpperCase(Locale.ROOT),
            "Marta.Example@coe.example",
            PHONE,
            "+374 91 234567",
            "+374 (91) 23-45.67",
            "0037491234567",
            "091 23 45 67",
            DISPLAY_NAME,
            SORT_NAME.toUpperCase(Locale.ROOT));

    for (String format : formats) {
      // when
      List<String> leaks = PersonalDataLeaks.in("text", "before " + format + " after");

      // then
      assertThat(leaks).as("found in '%s'", format).isNotEmpty();
    }
    assertThat(PersonalDataLeaks.in("text", "Contact[id=" + UUID.randomUUID() + "]")).isEmpty();
  }

  /** Everything a host application does with one person, failures included. */
  private Contact scenario(Organisation employer, Project project) {
    RoleId pointRole = RoleId.of(UUID.randomUUID());
    Contact given =
        Contact.builder()
            .id(ContactId.of(UUID.randomUUID()))
            .displayName(DISPLAY_NAME)
            .sortName(SORT_NAME)
            .honorific("Ms")
            .jobTitle("Programme Officer")
            .organisation(employer.id())
            .addEmail(EmailAddress.of(EMAIL))
            .addPhone(PhoneNumber.of("+374 (91) 23-45.67"))
            .languages(List.of("hy", "en"))
            .visibility(Visibility.PUBLIC)
            .addRole(
                RoleAssignment.builder()
                    .id(pointRole)
                    .type(RoleType.CONTACT_POINT_24_7)
                    .country(CountryCode.of("AM"))
                    .validFrom(LocalDate.of(2020, 1, 1))
                    .build())
            .build();
    show(given);
    show(given.emails(), given.phones(), given.emails().get(0), given.phones().get(0));

    Contact stored = coopkit.contacts().create(given);
    heldBeforeErasure = PersonalDataLeaks.held(storage.everything());
    HOST_LOG.log(Level.INFO, "contact stored: {0}", stored);
    System.out.println("stored " + stored);
    show(stored);
    show(coopkit.contacts().get(stored.id()), coopkit.contacts().find(stored.id()));
    show(
        coopkit
            .contacts()
            .search(
                ContactQuery.builder().namePrefix("marta").organisation(employer.id()).build()));
    show(coopkit.contacts().contactPoints(CountryCode.of("AM")));
    PersonalDataExport export = coopkit.contacts().export(stored.id());
    show(export, export.contact(), export.organisationNames(), export.projectCodes());

    Contact updated =
        coopkit.contacts().update(stored.toBuilder().jobTitle("Senior Officer").build());
    Contact assigned =
        coopkit
            .contacts()
            .assignRole(
                updated.id(),
                updated.version(),
                RoleAssignment.builder()
                    .id(RoleId.of(UUID.randomUUID()))
                    .type(RoleType.EXPERT)
                    .project(project.id())
                    .validFrom(LocalDate.of(2021, 3, 1))
                    .build());
    Contact ended =
        coopkit
            .contacts()
            .endRole(assigned.id(), assigned.version(), pointRole, LocalDate.of(2024, 12, 31));
    show(updated, assigned, ended, ended.roles());

    // Every way the person's own values can be wrong.
    for (String email :
        List.of(
            "marta.example@@coe.example",
            "marta.example@coe",
            "marta example@coe.example",
            "marta.example@coe..example",
            "marta.example@coe.example.",
            "marta.example@-coe.example",
            "marta.example" + "x".repeat(60) + "@coe.example",
            "marta.example@coe.example\u0007",
            "@marta.example.coe",
            "marta.example@123.456")) {
      fail(() -> EmailAddress.of(email));
    }
    for (String phone :
        List.of(
            "37491234567",
            "+374 91 234567 ext",
            "+374-91-234567#",
            "+3749123456789012",
            "+0 374 91 234567",
            "+374 91",
            "tel:+37491234567",
            "+374 91 234567\u0007",
            "++37491234567")) {
      fail(() -> PhoneNumber.of(phone));
    }
    fail(() -> stored.toBuilder().addEmail(EmailAddress.of(EMAIL)).build());
    fail(() -> stored.toBuilder().addPhone(PhoneNumber.of("0037491234567")).build());
    fail(() -> stored.toBuilder().displayName("Marta\u0007Exampleyan").build());
    fail(() -> stored.toBuilder().sortName("Exampleyan,\tMarta").build());
    fail(() -> stored.toBuilder().displayName((DISPLAY_NAME + " ").repeat(30)).build());
    fail(() -> stored.toBuilder().displayName("   ").sortName(SORT_NAME).build());
    fail(
        () ->
            stored.toBuilder()
                .addEmail(EmailAddress.of(EMAIL))
                .addLanguage("not a tag!")
                .jobTitle("x".repeat(600))
                .build());

    // Every way a write on the person can fail.
    fail(() -> coopkit.contacts().update(stored.toBuilder().unit("Stale").build()));
    fail(
        () ->
            coopkit
                .contacts()
                .update(stored.toBuilder().id(ContactId.of(UUID.randomUUID())).build()));
    fail(() -> coopkit.contacts().create(ended));
    fail(
        () ->
            coopkit
                .contacts()
                .create(
                    given.toBuilder()
                        .id(ContactId.of(UUID.randomUUID()))
                        .organisation(OrganisationId.of(UUID.randomUUID()))
                        .build()));
    fail(
        () ->
            coopkit
                .contacts()
                .endRole(
                    ended.id(),
                    ended.version(),
                    RoleId.of(UUID.randomUUID()),
                    LocalDate.of(2025, 1, 1)));
    fail(
        () ->
            coopkit
                .contacts()
                .endRole(ended.id(), ended.version(), pointRole, LocalDate.of(2019, 1, 1)));
    fail(() -> coopkit.contacts().assignRole(ended.id(), ended.version(), ended.roles().get(0)));
    fail(
        () ->
            coopkit
                .contacts()
                .assignRole(
                    ended.id(),
                    ended.version() - 1,
                    RoleAssignment.builder()
                        .id(RoleId.of(UUID.randomUUID()))
                        .type(RoleType.EXPERT)
                        .project(ProjectId.of(UUID.randomUUID()))
                        .build()));
    fail(() -> coopkit.contacts().delete(ended.id(), 1));
    fail(() -> coopkit.contacts().erase(ContactId.of(UUID.randomUUID())));
    fail(() -> coopkit.contacts().export(ContactId.of(UUID.randomUUID())));
    fail(() -> coopkit.contacts().get(ContactId.of(UUID.randomUUID())));

    Contact erased = coopkit.contacts().erase(ended.id());
    show(erased, coopkit.contacts().export(erased.id()));
    return erased;
  }

  /** Deletes the erased person; what fails after that fails without showing anything either. */
  private void finish(Contact erased) {
    coopkit.contacts().delete(erased.id(), erased.version());
    fail(() -> coopkit.contacts().delete(erased.id(), erased.version()));
    fail(() -> coopkit.contacts().update(erased));
    fail(() -> coopkit.contacts().get(erased.id()));
  }

  /** Runs a call that must fail, and logs and prints its failure as a careless host would. */
  private void fail(ThrowingCallable call) {
    Throwable failure = catchThrowable(call);
    assertThat(failure).as("a call that must fail").isNotNull();
    failures.add(failure);
    shown.add(PersonalDataLeaks.shown(failure));
    if (failure instanceof ValidationException invalid) {
      invalid.violations().forEach(v -> shown.add(v.toString() + " " + v.value()));
    }
    HOST_LOG.log(Level.WARNING, "contact operation failed", failure);
    System.err.println("failed: " + failure);
    failure.printStackTrace();
  }

  private void show(@Nullable Object... values) {
    for (Object value : values) {
      shown.add(String.valueOf(value));
    }
  }
}
