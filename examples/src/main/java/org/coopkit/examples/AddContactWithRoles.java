package org.coopkit.examples;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: a contact whose roles change over time. A role ends on a day rather than being deleted, so
 * the record still says who held it when.
 */
public final class AddContactWithRoles {
  private AddContactWithRoles() {}

  /** Adds a project officer who later becomes the programme manager; returns the contact. */
  public static Contact run(Coopkit coopkit) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    RoleAssignment officer =
        RoleAssignment.builder()
            .id(coopkit.ids().newRoleId())
            .type(RoleType.PROJECT_OFFICER)
            .title("Project Officer")
            .project(seed.project().id())
            .validFrom(LocalDate.of(2015, 3, 1))
            .build();
    Contact contact =
        coopkit
            .contacts()
            .create(
                Contact.builder()
                    .id(coopkit.ids().newContactId())
                    .displayName("Ana Example")
                    .sortName("Example, Ana")
                    .visibility(Visibility.PUBLIC)
                    .roles(List.of(officer))
                    .build());
    Contact ended =
        coopkit
            .contacts()
            .endRole(contact.id(), contact.version(), officer.id(), LocalDate.of(2016, 12, 31));
    return coopkit
        .contacts()
        .assignRole(
            ended.id(),
            ended.version(),
            RoleAssignment.builder()
                .id(coopkit.ids().newRoleId())
                .type(RoleType.PROGRAMME_MANAGER)
                .title("Programme Manager")
                .project(seed.project().id())
                .validFrom(LocalDate.of(2017, 1, 1))
                .build());
  }

  /**
   * Prints the contact's roles with their periods.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      run(coopkit)
          .roles()
          .forEach(
              r ->
                  System.out.println(
                      r.title() + " from " + r.validFrom() + " until " + r.validUntil()));
    }
  }
}
