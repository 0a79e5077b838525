package org.coopkit.examples;

import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: answer a person's requests about their data. {@code export} gives everything held on them;
 * {@code erase} removes their names, e-mails and phones everywhere and keeps the record's shell, so
 * that the roles they held still count in reports without naming them.
 */
public final class ErasePerson {
  private ErasePerson() {}

  /** What the person was shown, and the record after erasure. */
  public record Outcome(PersonalDataExport export, Contact erased) {}

  /** Adds a trainer, exports what is held on them, then erases them. */
  public static Outcome run(Coopkit coopkit) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    Contact trainer =
        coopkit
            .contacts()
            .create(
                Contact.builder()
                    .id(coopkit.ids().newContactId())
                    .displayName("Dana Example")
                    .sortName("Example, Dana")
                    .emails(List.of(EmailAddress.of("dana@example.org")))
                    .roles(
                        List.of(
                            RoleAssignment.builder()
                                .id(coopkit.ids().newRoleId())
                                .type(RoleType.TRAINER)
                                .project(seed.project().id())
                                .build()))
                    .build());
    PersonalDataExport export = coopkit.contacts().export(trainer.id());
    return new Outcome(export, coopkit.contacts().erase(trainer.id()));
  }

  /**
   * Prints the erased record's name and how many roles it keeps.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      Outcome outcome = run(coopkit);
      System.out.println(
          "erased: "
              + outcome.erased().displayName()
              + ", e-mails left: "
              + outcome.erased().emails().size()
              + ", roles kept: "
              + outcome.erased().roles().size());
    }
  }
}
