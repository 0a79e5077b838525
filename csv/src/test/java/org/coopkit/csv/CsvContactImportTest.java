package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsvContactImportTest {
  private static final CsvImporter IMPORTER = CsvImporter.create();

  private static final CsvMapping<ContactField> MAPPING =
      CsvMapping.forContacts()
          .column(ContactField.DISPLAY_NAME, "Name")
          .column(ContactField.ORGANISATION, "Organisation")
          .column(ContactField.EMAILS, "Email")
          .column(ContactField.PHONES, "Phone")
          .column(ContactField.VISIBILITY, "Public")
          .value(ContactField.VISIBILITY, "yes", "public")
          .value(ContactField.VISIBILITY, "no", "internal")
          .build();

  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private final Organisation ministry =
      coopkit
          .organisations()
          .register(
              Organisation.builder()
                  .id(coopkit.ids().newOrganisationId())
                  .name(LocalizedText.of("Ministry of Justice of Georgia"))
                  .acronym("MoJ-GE")
                  .type(OrganisationType.GOVERNMENT)
                  .build());

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void importsContactsWithTheirOrganisationByNameAndTheirAddresses() {
    String file =
        """
        Name,Organisation,Email,Phone,Public
        Nino Beridze,MoJ-GE,nino.beridze@example.org,+995 32 240 5555,yes
        Levan Kapanadze,Ministry of Justice of Georgia,levan@example.org|l.kapanadze@example.org,,no
        """;

    CsvImportReport report = IMPORTER.importContacts(coopkit, new StringReader(file), MAPPING);

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    List<Contact> contacts = Stores.contacts(coopkit);
    assertThat(contacts).extracting(Contact::organisation).containsOnly(ministry.id());
    assertThat(contacts)
        .filteredOn(c -> c.displayName().equals("Levan Kapanadze"))
        .singleElement()
        .satisfies(c -> assertThat(c.emails()).hasSize(2))
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.INTERNAL));
    assertThat(contacts)
        .filteredOn(c -> c.displayName().equals("Nino Beridze"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.emails())
                    .containsExactly(new EmailAddress("nino.beridze@example.org")))
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.PUBLIC));
  }

  @Test
  void aProblemNamesTheRowAndColumnOfAnAddressButNeverShowsIt() {
    // given: a bad address, a bad phone, and an unknown organisation
    String file =
        """
        Name,Organisation,Email,Phone,Public
        Nino Beridze,MoJ-GE,nino.beridze(at)example.org,,yes
        Levan Kapanadze,MoJ-GE,,call levan-kapanadze,maybe
        Tamar Gelashvili,Ministry of Magic,,,
        """;

    // when
    CsvImportReport report =
        IMPORTER.importContacts(
            coopkit,
            new StringReader(file),
            MAPPING,
            CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN));

    // then: each problem named, no personal value in any of them
    assertThat(report.problems())
        .extracting(CsvImportProblem::toString)
        .containsExactly(
            "row 2, column Email: must contain exactly one @ (<redacted>)",
            "row 3, column Phone: " + phoneRule(report) + " (<redacted>)",
            "row 3, column Public: must be one of public, internal ('maybe')",
            "row 4, column Organisation: must be the id, name or acronym of a stored organisation"
                + " ('Ministry of Magic')");
    String everything = report.toString().toLowerCase(java.util.Locale.ROOT);
    assertThat(everything).doesNotContain("nino", "beridze", "levan", "kapanadze", "tamar");
    assertThat(Stores.contacts(coopkit)).isEmpty();
  }

  @Test
  void aBadLanguageTagIsAProblemOfItsRowAndColumn() {
    String file = "display_name,languages\nNino Beridze,en|und\n";

    CsvImportReport report =
        IMPORTER.importContacts(coopkit, new StringReader(file), CsvMapping.forContacts().build());

    assertThat(report.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly("2 languages");
    assertThat(report.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("nino");
  }

  /** The phone number's rule, as the model words it, without its value. */
  private static String phoneRule(CsvImportReport report) {
    String message = report.problems().get(1).message();
    return message.substring(0, message.lastIndexOf(" ("));
  }

  @Test
  void rowByRowWritesABatchTheStoreRefusedARowOfAgainRowByRow() {
    // given: two stored contacts carrying one external id, by which the import then cannot find
    // one, and a file whose second row names that id: the model accepts the row, the service
    // refuses it
    ExternalId shared = ExternalId.of("crm", "7");
    for (int i = 0; i < 2; i++) {
      coopkit
          .contacts()
          .create(
              Contact.builder()
                  .id(coopkit.ids().newContactId())
                  .displayName("Stored " + i)
                  .addExternalId(shared)
                  .build());
    }
    String file =
        """
        display_name,external_id
        First,crm:1
        Second,crm:7
        Third,crm:3
        """;

    // when
    CsvImportReport report =
        IMPORTER.importContacts(
            coopkit,
            new StringReader(file),
            CsvMapping.forContacts().build(),
            CsvImportOptions.DEFAULT.withMode(CsvImportMode.ROW_BY_ROW));

    // then: the batch was refused and written again row by row: two stored, one reported
    assertThat(report.stored()).as("%s", report).isEqualTo(2);
    assertThat(report.problems()).extracting(CsvImportProblem::row).containsExactly(3L);
    assertThat(Stores.contacts(coopkit))
        .extracting(Contact::displayName)
        .containsExactlyInAnyOrder("Stored 0", "Stored 1", "First", "Third");
  }

  @Test
  void aContactImportedAgainByItsExternalIdIsChangedAndKeepsItsId() {
    String first = "display_name,visibility,external_id\nNino Beridze,internal,crm:1\n";
    String second = "display_name,visibility,external_id\nNino Beridze,public,crm:1\n";
    CsvMapping<ContactField> mapping = CsvMapping.forContacts().build();

    IMPORTER.importContacts(coopkit, new StringReader(first), mapping);
    Contact before = Stores.contacts(coopkit).get(0);
    CsvImportReport again = IMPORTER.importContacts(coopkit, new StringReader(second), mapping);

    assertThat(again.isSuccess()).as("%s", again).isTrue();
    assertThat(Stores.contacts(coopkit))
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(before.id()))
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.PUBLIC));
  }
}
