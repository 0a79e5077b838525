package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.coopkit.testsupport.PersonalDataLeaks.DISPLAY_NAME;
import static org.coopkit.testsupport.PersonalDataLeaks.EMAIL;
import static org.coopkit.testsupport.PersonalDataLeaks.SORT_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.spi.TransactionMode;
import org.coopkit.testsupport.OutputCapture;
import org.coopkit.testsupport.PersonalDataLeaks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A person's e-mail address, phone number and names never reach the store's logs, standard output,
 * exception messages or {@code toString()}: a whole scenario on one person (create, read, search,
 * update, role changes, export, erasure, delete) and every failure on the way (conflicts, unknown
 * ids, duplicates, broken references, rules broken) runs with all output captured ({@link
 * OutputCapture}: {@code System.out}, {@code System.err}, {@code java.util.logging}, and so SLF4J's
 * simple and JUL bindings), while a host application logs every failure and value as a careless one
 * would. Afterwards neither the output nor any message or {@code toString()} shows the person's
 * data, and after erasure the store returns none of it.
 *
 * <p>To check what a store logs at debug level, run the suite with its logging at that level.
 *
 * @since 0.1.0
 */
public abstract class PersonalDataOutputTestSuite extends StorageTestSuite {
  private static final Logger HOST_LOG = Logger.getLogger("host.application");

  /** For subclasses. */
  protected PersonalDataOutputTestSuite() {}

  /**
   * Checks that no log line, exception message or {@code toString()} produced while a whole
   * scenario runs shows a contact's name, e-mail address or phone number.
   */
  @Test
  protected void noLogLineMessageOrToStringOfAWholeScenarioShowsThePersonsData() {
    // given
    List<String> shown = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    String output;
    String returnedAfterErasure;
    String heldBeforeErasure;
    Contact erased;
    try (OutputCapture capture = OutputCapture.start()) {
      Organisation employer = storedOrganisation();
      Project project = storedProject();
      Scenario scenario = new Scenario(shown, failures);

      // when
      Contact used = scenario.createAndUse(employer, project);
      heldBeforeErasure = PersonalDataLeaks.held(contacts().get(used.id()));
      Contact last = scenario.failEveryWay(used, project);
      erased = contacts().erase(last.id());
      PersonalDataExport export = contacts().export(erased.id());
      scenario.show(erased, export);
      returnedAfterErasure =
          PersonalDataLeaks.held(
              List.of(
                  contacts().get(erased.id()),
                  export,
                  storage()
                      .inTransaction(
                          TransactionMode.READ_ONLY, s -> s.contacts().get(erased.id()))));
      contacts().delete(erased.id(), erased.version());
      scenario.fail(() -> contacts().delete(erased.id(), erased.version()));
      scenario.fail(() -> contacts().update(erased));
      scenario.fail(() -> contacts().get(erased.id()));
      output = capture.text();
    }

    // then
    List<String> leaks = new ArrayList<>(PersonalDataLeaks.in("captured output", output));
    for (int i = 0; i < shown.size(); i++) {
      leaks.addAll(PersonalDataLeaks.in("shown value " + i, shown.get(i)));
    }
    leaks.addAll(
        PersonalDataLeaks.in("what the store returns after erasure", returnedAfterErasure));
    assertThat(leaks).as("personal data shown").isEmpty();
    assertThat(PersonalDataLeaks.in("before erasure", heldBeforeErasure))
        .as("what the store returned before erasure, read the way it is read after")
        .isNotEmpty();
    assertThat(output)
        .as("the capture saw the host's log lines")
        .contains(erased.id().toString(), "contact stored", "contact operation failed");
    assertThat(failures).as("failures on the way").hasSizeGreaterThan(15);
  }

  /** What a careless host application does with one person. */
  private final class Scenario {
    private final List<String> shown;
    private final List<Throwable> failures;

    Scenario(List<String> shown, List<Throwable> failures) {
      this.shown = shown;
      this.failures = failures;
    }

    Contact createAndUse(Organisation employer, Project project) {
      Contact given =
          Fixtures.anyContact().toBuilder()
              .displayName(DISPLAY_NAME)
              .sortName(SORT_NAME)
              .honorific("Ms")
              .jobTitle("Programme Officer")
              .organisation(employer.id())
              .addEmail(EmailAddress.of(EMAIL))
              .addPhone(PhoneNumber.of("+374 (91) 23-45.67"))
              .languages(List.of("hy", "en"))
              .visibility(Visibility.PUBLIC)
              .addRole(Fixtures.contactPoint(CountryCode.of("AM"), LocalDate.of(2020, 1, 1), null))
              .build();
      Contact stored = contacts().create(given);
      HOST_LOG.log(Level.INFO, "contact stored: {0}", stored);
      System.out.println("stored " + stored);
      show(given, stored, stored.emails(), stored.phones());
      show(contacts().get(stored.id()), contacts().find(stored.id()));
      show(
          contacts()
              .search(
                  ContactQuery.builder().namePrefix("marta").organisation(employer.id()).build()));
      show(contacts().contactPoints(CountryCode.of("AM")));
      PersonalDataExport export = contacts().export(stored.id());
      show(export, export.contact(), export.organisationNames(), export.projectCodes());
      Contact updated = contacts().update(stored.toBuilder().jobTitle("Senior Officer").build());
      Contact assigned =
          contacts()
              .assignRole(
                  updated.id(), updated.version(), Fixtures.role(RoleType.EXPERT, project.id()));
      show(updated, assigned, assigned.roles());
      return assigned;
    }

    Contact failEveryWay(Contact read, Project project) {
      Contact current = contacts().get(read.id());
      RoleId pointRole = current.roles().get(0).id();
      fail(
          () ->
              contacts()
                  .update(
                      current.toBuilder().version(current.version() - 1).unit("Stale").build()));
      fail(() -> contacts().update(current.toBuilder().id(Fixtures.newContactId()).build()));
      fail(() -> contacts().create(current));
      fail(
          () ->
              contacts()
                  .create(
                      current.toBuilder()
                          .id(Fixtures.newContactId())
                          .organisation(Fixtures.newOrganisationId())
                          .build()));
      fail(
          () ->
              contacts()
                  .create(
                      current.toBuilder()
                          .id(Fixtures.newContactId())
                          .addRole(Fixtures.role(RoleType.EXPERT, Fixtures.newProjectId()))
                          .build()));
      fail(
          () ->
              contacts()
                  .endRole(
                      current.id(),
                      current.version(),
                      Fixtures.newRoleId(),
                      LocalDate.of(2025, 1, 1)));
      fail(
          () ->
              contacts()
                  .endRole(current.id(), current.version(), pointRole, LocalDate.of(2019, 1, 1)));
      fail(() -> contacts().assignRole(current.id(), current.version(), current.roles().get(0)));
      fail(
          () ->
              contacts()
                  .assignRole(
                      current.id(),
                      current.version() - 1,
                      Fixtures.role(RoleType.EXPERT, project.id())));
      fail(() -> contacts().delete(current.id(), current.version() - 1));
      fail(() -> contacts().erase(Fixtures.newContactId()));
      fail(() -> contacts().export(Fixtures.newContactId()));
      fail(() -> contacts().get(Fixtures.newContactId()));
      fail(() -> contacts().update(current.toBuilder().addEmail(EmailAddress.of(EMAIL)).build()));
      fail(
          () ->
              contacts()
                  .update(current.toBuilder().addPhone(PhoneNumber.of("0037491234567")).build()));
      fail(
          () ->
              contacts().update(current.toBuilder().displayName("Marta\u0007Exampleyan").build()));
      fail(
          () ->
              contacts()
                  .update(current.toBuilder().sortName((SORT_NAME + " ").repeat(30)).build()));
      fail(() -> EmailAddress.of("marta.example@@coe.example"));
      fail(() -> EmailAddress.of("marta.example@coe"));
      fail(() -> PhoneNumber.of("+374 91 234567 ext"));
      fail(() -> PhoneNumber.of("37491234567"));
      Contact ended =
          contacts()
              .endRole(current.id(), current.version(), pointRole, LocalDate.of(2024, 12, 31));
      show(ended);
      return ended;
    }

    /** Runs a call that must fail, and logs and prints its failure as a careless host would. */
    void fail(ThrowingCallable call) {
      Throwable failure = catchThrowable(call);
      assertThat(failure).as("a call that must fail").isNotNull();
      failures.add(failure);
      shown.add(PersonalDataLeaks.shown(failure));
      if (failure instanceof ValidationException invalid) {
        invalid.violations().forEach(v -> shown.add(v + " " + v.value()));
      }
      HOST_LOG.log(Level.WARNING, "contact operation failed", failure);
      System.err.println("failed: " + failure);
      failure.printStackTrace();
    }

    void show(@Nullable Object... values) {
      for (Object value : values) {
        shown.add(String.valueOf(value));
      }
    }
  }
}
