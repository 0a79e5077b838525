package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsvImporterTest {
  private static final CsvImporter IMPORTER = CsvImporter.create();

  /** The columns of an office's French spreadsheet, as its staff named them. */
  private static final CsvMapping<EventField> FRENCH =
      CsvMapping.forEvents()
          .column(EventField.TITLE, "Titre")
          .column(EventField.TYPE, "Type d'événement")
          .column(EventField.DATE, "Date")
          .column(EventField.CITY, "Ville")
          .column(EventField.COUNTRY, "Pays")
          .column(EventField.PARTICIPANTS, "Participants")
          .column(EventField.PARTICIPANT_COUNTRIES, "Pays des participants")
          .column(EventField.PROJECTS, "Projet")
          .value(EventField.TYPE, "Conférence", "conference")
          .value(EventField.TYPE, "Atelier", "workshop")
          .value(EventField.TYPE, "Formation", "training")
          .value(EventField.COUNTRY, "Géorgie", "GE")
          .value(EventField.PARTICIPANT_COUNTRIES, "Géorgie", "GE")
          .defaultValue(EventField.STATUS, "held")
          .defaultValue(EventField.PROJECTS, "cyber-east")
          .dateFormats("dd/MM/yyyy", "MM/yyyy")
          .separator(';')
          .language("fr")
          .build();

  /** The exporter's columns; events of files without a projects column go to cyber-east. */
  private static final CsvMapping<EventField> WITH_PROJECT =
      CsvMapping.forEvents().defaultValue(EventField.PROJECTS, "cyber-east").build();

  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private final Project project = Stores.project(coopkit, "cyber-east");

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void importsASpreadsheetByItsOwnColumnNamesValuesDatesAndCountryNames() {
    // given: a French office's file, with its own words, date forms and country names
    String file =
        """
        Titre;Type d'événement;Date;Ville;Pays;Participants;Pays des participants;Projet
        Conférence régionale sur la cybercriminalité;Conférence;17/05/2018;Tbilisi;Géorgie;more than 500;Géorgie|Armenia|AZE;cyber-east
        Atelier sur les preuves électroniques;Atelier;10/2017;Skopje;the former Yugoslav Republic of Macedonia;about 50;;cyber-east
        Formation des juges;FORMATION;2019;Ankara;Turkey;93;;
        """;

    // when
    CsvImportReport report = IMPORTER.importEvents(coopkit, new StringReader(file), FRENCH);

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.stored()).isEqualTo(3);
    List<Event> events = Stores.events(coopkit);
    events.sort(Comparator.comparing(e -> e.title().get(java.util.Locale.FRENCH)));
    Event workshop = events.get(0);
    assertThat(workshop.type()).isEqualTo(EventType.WORKSHOP);
    assertThat(workshop.status()).isEqualTo(EventStatus.HELD);
    assertThat(workshop.dates()).isEqualTo(EventDates.on(PartialDate.ofMonth(2017, 10)));
    assertThat(workshop.venue()).isEqualTo(Venue.of("Skopje", CountryCode.of("MK")));
    assertThat(workshop.participation().total()).isEqualTo(ParticipantCount.approximately(50));
    Event conference = events.get(1);
    assertThat(conference.title().languages()).containsExactly("fr");
    assertThat(conference.type()).isEqualTo(EventType.CONFERENCE);
    assertThat(conference.dates()).isEqualTo(EventDates.on(PartialDate.of(2018, 5, 17)));
    assertThat(conference.participation().total()).isEqualTo(ParticipantCount.moreThan(500));
    assertThat(conference.participation().countries())
        .containsExactlyInAnyOrder(
            CountryCode.of("GE"), CountryCode.of("AM"), CountryCode.of("AZ"));
    assertThat(conference.projects()).containsExactly(project.id());
    Event training = events.get(2);
    assertThat(training.type()).isEqualTo(EventType.TRAINING);
    assertThat(training.dates()).isEqualTo(EventDates.on(PartialDate.ofYear(2019)));
    assertThat(training.venue().country()).isEqualTo(CountryCode.of("TR"));
    assertThat(training.participation().total()).isEqualTo(ParticipantCount.exactly(93));
    assertThat(training.projects()).as("the default").containsExactly(project.id());
  }

  @Test
  void aDryRunReportsEveryProblemByRowAndColumnAndStoresNothing() {
    // given: a file with a problem in almost every row
    String file =
        """
        Titre;Type d'événement;Date;Ville;Pays;Participants;Pays des participants;Projet
        Bonne ligne;Atelier;10/2017;Skopje;MK;12;;
        Type inconnu;Séminaire;2018;Tbilisi;GE;12;;
        Date fausse;Atelier;31/02/2018;Tbilisi;GE;12;;
        Pays inconnu;Atelier;2018;Tbilisi;Atlantis;beaucoup;;
        ;Atelier;2018;Tbilisi;GE;12;;no-such-project
        """;

    // when
    CsvImportReport report =
        IMPORTER.importEvents(
            coopkit,
            new StringReader(file),
            FRENCH,
            CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN));

    // then
    assertThat(report.isSuccess()).isFalse();
    assertThat(report.readCompletely()).isTrue();
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.stored()).isZero();
    assertThat(report.skipped()).isEqualTo(4);
    assertThat(report.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly(
            "3 Type d'événement", "4 Date", "5 Pays", "5 Participants", "6 Titre", "6 Projet");
    assertThat(report.problems().get(0).message())
        .isEqualTo(
            "must be one of conference, training, workshop, meeting, steering committee,"
                + " advisory mission, study visit, assessment, table top exercise, launch,"
                + " closing, other ('Séminaire')");
    assertThat(report.problems().get(1).toString())
        .isEqualTo("row 4, column Date: must be a real date between 1900 and 2200 ('31/02/2018')");
    assertThat(report.problems().get(5).message())
        .isEqualTo("must be the id or code of a stored project ('no-such-project')");
    assertThat(Stores.countEvents(coopkit)).isZero();
  }

  @Test
  void aDryRunOfAGoodFileSucceedsAndStoresNothing() {
    String file =
        """
        Titre;Type d'événement;Date;Ville;Pays;Participants;Pays des participants;Projet
        Bonne ligne;Atelier;10/2017;;;;;
        """;

    CsvImportReport report =
        IMPORTER.importEvents(
            coopkit,
            new StringReader(file),
            FRENCH,
            CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN));

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.stored()).isZero();
    assertThat(Stores.countEvents(coopkit)).isZero();
  }

  @Test
  void anAllOrNothingImportRefusedForOneBadRowLeavesTheStoreAsItWas() {
    // given: a store holding an event, and a file whose last row is bad
    coopkit
        .events()
        .create(
            Event.builder()
                .id(coopkit.ids().newEventId())
                .title("Already there")
                .addProject(project.id())
                .dates(EventDates.on(PartialDate.ofYear(2016)))
                .build());
    List<Event> before = Stores.events(coopkit);
    String file =
        """
        Titre;Type d'événement;Date;Ville;Pays;Participants;Pays des participants;Projet
        Un;Atelier;2017;;;;;
        Deux;Atelier;2018;;;;;
        Trois;Atelier;2018-13;;;;;
        """;

    // when
    CsvImportReport report = IMPORTER.importEvents(coopkit, new StringReader(file), FRENCH);

    // then
    assertThat(report.mode()).isEqualTo(CsvImportMode.ALL_OR_NOTHING);
    assertThat(report.stored()).isZero();
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.problems()).extracting(CsvImportProblem::row).containsExactly(4L);
    assertThat(Stores.events(coopkit)).isEqualTo(before);
  }

  @Test
  void rowByRowStoresTheGoodRowsAndReportsTheBadOnes() {
    String file =
        """
        Titre;Type d'événement;Date;Ville;Pays;Participants;Pays des participants;Projet
        Un;Atelier;2017;;;about 40;;
        Deux;Atelier;2018;;;-3;;
        Trois;Atelier;2018;;;40 planned;;
        """;

    CsvImportReport report =
        IMPORTER.importEvents(
            coopkit,
            new StringReader(file),
            FRENCH,
            CsvImportOptions.DEFAULT.withMode(CsvImportMode.ROW_BY_ROW).withBatchSize(2));

    assertThat(report.stored()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.problems())
        .extracting(CsvImportProblem::toString)
        .containsExactly(
            "row 3, column Participants: must be a number of participants such as 93, about 50,"
                + " more than 500, up to 40 or 40 planned ('-3')");
    assertThat(Stores.events(coopkit))
        .extracting(e -> e.participation().total())
        .containsExactlyInAnyOrder(
            ParticipantCount.approximately(40), ParticipantCount.planned(40));
  }

  @Test
  void aFileImportedTwiceWithExternalIdsChangesItsEventsInsteadOfDuplicatingThem() {
    String first =
        """
        title,date,status,external_id
        Steering committee,2018-03-01,scheduled,calendar:114
        """;
    String second =
        """
        title,date,status,external_id
        Steering committee,2018-03-01,held,calendar:114
        """;
    CsvMapping<EventField> mapping = WITH_PROJECT;

    IMPORTER.importEvents(coopkit, new StringReader(first), mapping);
    CsvImportReport again = IMPORTER.importEvents(coopkit, new StringReader(second), mapping);

    assertThat(again.isSuccess()).as("%s", again).isTrue();
    assertThat(Stores.events(coopkit))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.HELD))
        .satisfies(e -> assertThat(e.version()).isEqualTo(2));
  }

  @Test
  void aFileTheExporterWroteImportsWithoutAMapping() {
    // given: events exported to CSV
    coopkit
        .events()
        .create(
            Event.builder()
                .id(coopkit.ids().newEventId())
                .title("Workshop on evidence, \"e-evidence\" and cooperation")
                .type(EventType.WORKSHOP)
                .format(EventFormat.HYBRID)
                .addProject(project.id())
                .dates(new EventDates(PartialDate.of(2018, 5, 2), PartialDate.of(2018, 5, 4), null))
                .venue(Venue.of("Tbilisi", CountryCode.of("GE")))
                .participation(
                    Participation.of(
                        ParticipantCount.moreThan(500),
                        java.util.Set.of(CountryCode.of("GE"), CountryCode.of("AM"))))
                .addTopic(Topic.of("cybercrime"))
                .build());
    coopkit
        .events()
        .create(
            Event.builder()
                .id(coopkit.ids().newEventId())
                .title("Known from a news item")
                .addProject(project.id())
                .dates(EventDates.onOrBefore(java.time.LocalDate.of(2019, 5, 14)))
                .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.create()
        .withDialect(CsvDialect.SPREADSHEET)
        .events(coopkit, EventQuery.builder().build(), out);
    List<Event> exported = Stores.events(coopkit);

    // when: imported into a second store holding the same project
    try (Coopkit second = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      second.projects().restore(project);
      CsvImportReport report =
          IMPORTER.importEvents(
              second,
              new StringReader(out.toString(StandardCharsets.UTF_8)),
              CsvMapping.forEvents().separator(';').build());

      // then: the same events, but for their ids and stamps
      assertThat(report.isSuccess()).as("%s", report).isTrue();
      assertThat(Stores.events(second))
          .extracting(CsvImporterTest::withoutIdAndStamps)
          .containsExactlyInAnyOrderElementsOf(
              exported.stream().map(CsvImporterTest::withoutIdAndStamps).toList());
    }
  }

  private static String withoutIdAndStamps(Event e) {
    return e.toBuilder()
        .id(org.coopkit.model.event.EventId.of(new java.util.UUID(0, 1)))
        .version(0)
        .createdAt(java.time.Instant.EPOCH)
        .updatedAt(java.time.Instant.EPOCH)
        .build()
        .toString();
  }

  @Test
  void aRequiredColumnMissingFromTheHeaderStopsTheImportAtRowOne() {
    String file =
        """
        Name;Date
        Un;2017
        """;

    CsvImportReport report = IMPORTER.importEvents(coopkit, new StringReader(file), FRENCH);

    assertThat(report.readCompletely()).isFalse();
    assertThat(report.read()).isZero();
    assertThat(report.problems())
        .extracting(CsvImportProblem::toString)
        .containsExactly(
            "row 1, column Titre: no such column in the header, which has Name, Date; TITLE is"
                + " required",
            "row 1, column Type d'événement: no such column in the header, which has Name, Date",
            "row 1, column Ville: no such column in the header, which has Name, Date",
            "row 1, column Pays: no such column in the header, which has Name, Date",
            "row 1, column Participants: no such column in the header, which has Name, Date",
            "row 1, column Pays des participants: no such column in the header, which has Name,"
                + " Date");
  }

  @Test
  void aDefaultFillsAColumnTheFileLacksAndHeaderNamesMatchInAnyCaseAndSpacing() {
    String file =
        """
        \uFEFF  TITLE ,Start,END
        Launch,2018-01-10,2018-01-12
        """;
    CsvMapping<EventField> mapping =
        CsvMapping.forEvents()
            .column(EventField.TYPE, "Kind")
            .defaultValue(EventField.TYPE, "launch")
            .defaultValue(EventField.PROJECTS, "cyber-east")
            .build();

    CsvImportReport report = IMPORTER.importEvents(coopkit, new StringReader(file), mapping);

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(Stores.events(coopkit))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.LAUNCH))
        .satisfies(
            e ->
                assertThat(e.dates())
                    .isEqualTo(
                        new EventDates(
                            PartialDate.of(2018, 1, 10), PartialDate.of(2018, 1, 12), null)));
  }

  @Test
  void malformedCsvStopsTheImportWithTheRowAndStoresNothing() {
    String file = "title,date\r\nOne,2017\r\n\"Two,2018\r\n";

    CsvImportReport report = IMPORTER.importEvents(coopkit, new StringReader(file), WITH_PROJECT);

    assertThat(report.readCompletely()).isFalse();
    assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
    assertThat(Stores.countEvents(coopkit)).isZero();
  }

  @Test
  void anEmptyFileIsAProblemOfRowOne() {
    CsvImportReport report =
        IMPORTER.importEvents(coopkit, new StringReader(""), CsvMapping.forEvents().build());

    assertThat(report.problems())
        .extracting(CsvImportProblem::toString)
        .containsExactly("row 1: the file is empty: it must start with a header row");
  }

  @Test
  void anImportInsideAUnitOfWorkIsRefused() {
    assertThatThrownBy(
            () ->
                coopkit.useTransaction(
                    tx ->
                        IMPORTER.importEvents(
                            coopkit,
                            new StringReader("title\nx\n"),
                            CsvMapping.forEvents().build())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoFieldsGivenOneColumnAreRefusedWhenTheMappingIsBuilt() {
    assertThatThrownBy(
            () ->
                CsvMapping.forEvents()
                    .column(EventField.TITLE, "Name")
                    .column(EventField.VENUE, " name ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TITLE and VENUE must not read the same column, but both read name");
  }
}
