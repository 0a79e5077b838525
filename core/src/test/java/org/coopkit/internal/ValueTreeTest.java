package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coopkit.history.FieldChange;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class ValueTreeTest {
  private static final ProjectId PROJECT =
      ProjectId.of(UUID.fromString("01900000-0000-7000-8000-000000000001"));
  private static final ComponentId COMPONENT =
      ComponentId.of(UUID.fromString("01900000-0000-7000-8000-000000000002"));

  private static Project project() {
    return Project.builder().id(PROJECT).code("eap-ii").title("Cybercrime EAP II").build();
  }

  @Test
  void aTypedIdIsShownAsItsUuidAtItsOwnPath() {
    assertThat(ValueTree.flatten(project()))
        .containsEntry("id", new ValueTree.Leaf(PROJECT.value().toString(), false));
  }

  @Test
  void derivedAccessorsAndBookkeepingAreLeftOut() {
    assertThat(ValueTree.flatten(project()).keySet())
        .contains("title.texts[en]")
        .doesNotContain("title.english", "title.maxLength", "version", "updatedAt", "createdAt");
  }

  @Test
  void anUnchangedFieldIsNotAChange() {
    Project before = project();
    Project after = before.toBuilder().version(2).code("eap-iii").build();

    assertThat(ValueTree.diff(before, after))
        .containsExactly(new FieldChange("code", "eap-ii", "eap-iii", false));
  }

  @Test
  void listElementsWithAnIdAreNamedByIt() {
    Project before = project();
    Project after =
        before.toBuilder()
            .addComponent(Component.builder().id(COMPONENT).code("1").title("Outreach").build())
            .build();

    assertThat(ValueTree.diff(before, after))
        .extracting(FieldChange::path)
        .contains("components[" + COMPONENT.value() + "].title.texts[en]");
  }

  @Test
  void personalFieldsAreMarkedAndOthersAreNot() {
    Contact before =
        Contact.builder()
            .id(ContactId.of(UUID.fromString("01900000-0000-7000-8000-000000000003")))
            .displayName("Ana Pop")
            .sortName("Pop, Ana")
            .build();
    Contact after =
        before.toBuilder()
            .addEmail(EmailAddress.of("ana.pop@example.org"))
            .addRole(
                RoleAssignment.builder()
                    .id(RoleId.of(UUID.fromString("01900000-0000-7000-8000-000000000004")))
                    .type(RoleType.EXPERT)
                    .project(PROJECT)
                    .build())
            .build();

    List<FieldChange> changes = ValueTree.diff(before, after);

    assertThat(changes)
        .filteredOn(c -> c.path().equals("emails[0]"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.personal()).isTrue();
              assertThat(c.newValue()).isEqualTo("ana.pop@example.org");
              assertThat(c.erased().newValue()).isEqualTo(FieldChange.ERASED);
              assertThat(c.toString()).doesNotContain("ana.pop");
            });
    assertThat(changes).filteredOn(c -> c.path().startsWith("roles[")).allMatch(c -> !c.personal());
    assertThat(ValueTree.diff(null, before))
        .filteredOn(c -> c.path().equals("displayName"))
        .singleElement()
        .satisfies(c -> assertThat(c.personal()).isTrue());
  }
}
