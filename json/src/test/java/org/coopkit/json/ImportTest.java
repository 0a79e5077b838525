package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.json.Documents.contact;
import static org.coopkit.json.Documents.document;
import static org.coopkit.json.Documents.event;
import static org.coopkit.json.Documents.organisation;
import static org.coopkit.json.Documents.project;
import static org.coopkit.json.Documents.uuid;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.error.Violation;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.junit.jupiter.api.Test;

class ImportTest {
  private static final ImportOptions RECORD_BY_RECORD =
      ImportOptions.DEFAULT.withMode(ImportMode.RECORD_BY_RECORD);

  private final CoopkitJson json = CoopkitJson.create();

  @Test
  void aRecordByRecordImportStoresTheGoodRecordsAndReportsEachBadOneWithItsLocation() {
    // given: two bad records among good ones, on known lines
    String document =
        String.join(
            "\n",
            "{\"format\": \"coopkit/1\",",
            " \"organisations\": [",
            "  " + organisation(1, "") + ",",
            "  " + organisation(2, ", \"country\": \"XX\"") + ",",
            "  " + organisation(3, ", \"parent\": \"" + uuid(1) + "\"") + "],",
            " \"projects\": [",
            "  "
                + project(
                    10,
                    ", \"organisations\": [{\"organisation\": \""
                        + uuid(2)
                        + "\", \"role\": \"funding\"}]")
                + ",",
            "  "
                + project(
                    11,
                    ", \"organisations\": [{\"organisation\": \""
                        + uuid(3)
                        + "\", \"role\": \"funding\"}]")
                + "],",
            " \"events\": [",
            "  "
                + event(20, 11, ", \"dates\": {\"start\": \"2024-05-02\", \"end\": \"2024-05-01\"}")
                    .replace(", \"dates\": {\"start\": \"2024-05\", \"end\": \"2024-05\"}", "")
                + ",",
            "  " + event(21, 11, "") + "],",
            " \"contacts\": [",
            "  " + contact(30, ", \"emails\": [\"ana.secret@@example.org\"]") + ",",
            "  " + contact(31, ", \"organisation\": \"" + uuid(3) + "\"") + "]}");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    // then
    assertThat(report.readCompletely()).isTrue();
    assertThat(report.organisations()).isEqualTo(new ImportReport.Counts(3, 2, 1));
    assertThat(report.projects()).isEqualTo(new ImportReport.Counts(2, 1, 1));
    assertThat(report.events()).isEqualTo(new ImportReport.Counts(2, 1, 1));
    assertThat(report.contacts()).isEqualTo(new ImportReport.Counts(2, 1, 1));
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/organisations/1/country (4:95): Invalid CountryCode: alpha2: must be an ISO 3166-1"
                + " alpha-2 country code ('XX')",
            "/projects/0/organisations/0/organisation (7:3): Project.organisations[0] refers to"
                + " Organisation "
                + uuid(2)
                + ", which does not exist",
            "/events/0/dates/end (10:173): Invalid EventDates: dates.end: must not be before"
                + " dates.start ('2024-05-01 < 2024-05-02')",
            "/contacts/0/emails/0 (13:90): Invalid EmailAddress: value: must contain exactly one @ ("
                + Violation.REDACTED
                + ")");
    assertThat(report.problems()).noneSatisfy(p -> assertThat(p.message()).contains("secret"));
    assertThat(target.organisations().find(OrganisationId.of(UUID.fromString(uuid(3)))))
        .get()
        .extracting(Organisation::parent)
        .isEqualTo(OrganisationId.of(UUID.fromString(uuid(1))));
    assertThat(target.projects().find(ProjectId.of(UUID.fromString(uuid(11))))).isPresent();
    assertThat(target.events().find(EventId.of(UUID.fromString(uuid(21))))).isPresent();
    assertThat(target.contacts().find(ContactId.of(UUID.fromString(uuid(31))))).isPresent();
  }

  @Test
  void parentsAndRelationsMayPointForwardWithinTheirSection() {
    // given: units before their parents, a project before the project it follows
    String document =
        document(
            "\"organisations\": ["
                + organisation(3, ", \"parent\": \"" + uuid(2) + "\"")
                + ", "
                + organisation(2, ", \"parent\": \"" + uuid(1) + "\"")
                + ", "
                + organisation(1, "")
                + "],\n \"projects\": ["
                + project(
                    10,
                    ", \"relations\": [{\"project\": \""
                        + uuid(11)
                        + "\", \"type\": \"predecessor\"}, {\"project\": \""
                        + uuid(12)
                        + "\", \"type\": \"related\"}]")
                + ", "
                + project(11, "")
                + ", "
                + project(
                    12,
                    ", \"relations\": [{\"project\": \"" + uuid(11) + "\", \"type\": \"sibling\"}]")
                + "]");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(target.organisations().get(id(3)).parent()).isEqualTo(id(2));
    assertThat(target.organisations().get(id(2)).parent()).isEqualTo(id(1));
    assertThat(target.projects().get(projectId(10)).relations())
        .containsExactly(
            ProjectRelation.of(projectId(11), RelationType.PREDECESSOR),
            ProjectRelation.of(projectId(12), RelationType.RELATED));
  }

  @Test
  void aParentLoopWithinTheDocumentIsRefused() {
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, ", \"parent\": \"" + uuid(2) + "\"")
                + ", "
                + organisation(2, ", \"parent\": \"" + uuid(1) + "\"")
                + "]");
    Coopkit target = DataSets.empty();

    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/organisations/0/parent (2:19): Invalid Organisation: parent: must not make the parent"
                + " chain loop ('"
                + uuid(2)
                + "')");
    DataSets.assertEmpty(target);
  }

  @Test
  void aRecordByRecordImportStoresARecordWithoutAForwardReferenceThatNeverCame() {
    String document =
        document(
            "\"projects\": ["
                + project(
                    10,
                    ", \"relations\": [{\"project\": \""
                        + uuid(11)
                        + "\", \"type\": \"predecessor\"}, {\"project\": \""
                        + uuid(99)
                        + "\", \"type\": \"related\"}]")
                + ", "
                + project(11, "")
                + "]");
    Coopkit target = DataSets.empty();

    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    assertThat(report.projects()).isEqualTo(new ImportReport.Counts(2, 2, 0));
    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .containsExactly("/projects/0/relations/1/project");
    assertThat(target.projects().get(projectId(10)).relations())
        .containsExactly(ProjectRelation.of(projectId(11), RelationType.PREDECESSOR));
  }

  @Test
  void aRecordByRecordImportThatStopsMidSectionStillStoresOrReportsTheRecordsThatWaited() {
    // given: project 10 waits for project 11, and the document breaks before 11 comes
    String document =
        document(
            "\"projects\": ["
                + project(
                    10,
                    ", \"relations\": [{\"project\": \""
                        + uuid(11)
                        + "\", \"type\": \"predecessor\"}]")
                + ", ]");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    // then
    assertThat(report.readCompletely()).isFalse();
    assertThat(report.projects()).isEqualTo(new ImportReport.Counts(1, 1, 0));
    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .contains("/projects/0/relations/0/project");
    assertThat(target.projects().get(projectId(10)).relations()).isEmpty();
  }

  @Test
  void anImportInsideAUnitOfWorkIsRefusedBeforeReadingAnything() {
    Coopkit target = DataSets.empty();
    String document = document("\"projects\": [" + project(10, "") + "]");

    assertThatThrownBy(
            () ->
                target.useTransaction(
                    tx -> DataSets.importInto(json, target, document, ImportOptions.DEFAULT)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a unit of work");
    DataSets.assertEmpty(target);
  }

  @Test
  void aParentThatNeverComesFailsAnAllOrNothingImportAtTheRecordThatNamesIt() {
    // given: the parent is checked only when the import's unit of work ends
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, "")
                + ",\n"
                + organisation(2, ", \"parent\": \"" + uuid(99) + "\"")
                + "], \"projects\": ["
                + project(10, "")
                + "]");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    // then
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/organisations/1/parent (3:1): Organisation.parent refers to Organisation "
                + uuid(99)
                + ", which does not exist");
    assertThat(report.stored()).isZero();
    DataSets.assertEmpty(target);
  }

  @Test
  void aRecordByRecordImportStoresProjectsThatWaitForEachOtherWithTheirStamps() {
    // given: the first project relates to the second, which relates back to the first
    String stamps =
        ", \"version\": 3, \"createdAt\": \"2020-01-01T00:00:00Z\","
            + " \"updatedAt\": \"2021-01-01T00:00:00Z\"";
    String document =
        document(
            "\"projects\": ["
                + project(
                    10,
                    ", \"relations\": [{\"project\": \""
                        + uuid(11)
                        + "\", \"type\": \"predecessor\"}]"
                        + stamps)
                + ", "
                + project(
                    11,
                    ", \"relations\": [{\"project\": \""
                        + uuid(10)
                        + "\", \"type\": \"successor\"}]"
                        + stamps)
                + "]");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.projects()).isEqualTo(new ImportReport.Counts(2, 2, 0));
    assertThat(target.projects().get(projectId(10)).relations())
        .containsExactly(ProjectRelation.of(projectId(11), RelationType.PREDECESSOR));
    assertThat(target.projects().get(projectId(11)).relations())
        .containsExactly(ProjectRelation.of(projectId(10), RelationType.SUCCESSOR));
    assertThat(List.of(target.projects().get(projectId(10)), target.projects().get(projectId(11))))
        .allSatisfy(
            p -> {
              assertThat(p.version()).isEqualTo(3);
              assertThat(p.updatedAt()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
            });
  }

  @Test
  void aRecordByRecordImportReportsAParentLoopAndStoresItsOrganisations() {
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, ", \"parent\": \"" + uuid(2) + "\"")
                + ", "
                + organisation(2, ", \"parent\": \"" + uuid(1) + "\"")
                + ", "
                + organisation(3, ", \"parent\": \"" + uuid(4) + "\"")
                + ", "
                + organisation(4, "")
                + "]");
    Coopkit target = DataSets.empty();

    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    assertThat(report.organisations()).isEqualTo(new ImportReport.Counts(4, 4, 0));
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/organisations/0/parent (2:19): Invalid Organisation: parent: must not make the parent"
                + " chain loop ('"
                + uuid(2)
                + "')");
    assertThat(target.organisations().get(id(1)).parent()).isNull();
    assertThat(target.organisations().get(id(2)).parent()).isEqualTo(id(1));
    assertThat(target.organisations().get(id(3)).parent()).isEqualTo(id(4));
  }

  @Test
  void recordsMayReferToWhatTheStoreHoldsAlready() {
    Coopkit target = DataSets.empty();
    Organisation stored =
        target
            .organisations()
            .register(Organisation.builder().id(id(1)).name("Council of Europe").build());

    ImportReport report =
        DataSets.importInto(
            json,
            target,
            document(
                "\"organisations\": ["
                    + organisation(2, ", \"parent\": \"" + uuid(1) + "\"")
                    + "], \"projects\": ["
                    + project(
                        10,
                        ", \"organisations\": [{\"organisation\": \""
                            + uuid(1)
                            + "\", \"role\": \"implementing\"}]")
                    + "]"),
            ImportOptions.DEFAULT);

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(target.organisations().get(id(2)).parent()).isEqualTo(stored.id());
  }

  @Test
  void anIdOrCodeTakenInTheStoreIsReportedAndTheStoreIsLeftAsItWas() {
    Coopkit target = DataSets.empty();
    DataSets.importInto(
        json,
        target,
        document(
            "\"organisations\": ["
                + organisation(1, "")
                + "], \"projects\": ["
                + project(10, "")
                + "]"),
        ImportOptions.DEFAULT);
    var before = DataSets.contents(target);

    ImportReport report =
        DataSets.importInto(
            json,
            target,
            document(
                "\"organisations\": ["
                    + organisation(2, "")
                    + ", "
                    + organisation(1, "")
                    + "], \"projects\": ["
                    + project(11, "").replace("project-11", "project-10")
                    + "]"),
            ImportOptions.DEFAULT);

    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Organisation.id must be unique, but "
                + uuid(1)
                + " is taken, in the store or earlier in the document");
    assertThat(DataSets.contents(target)).isEqualTo(before);

    ImportReport byRecord =
        DataSets.importInto(
            json,
            target,
            document("\"projects\": [" + project(11, "").replace("project-11", "project-10") + "]"),
            RECORD_BY_RECORD);
    assertThat(byRecord.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/projects/0/code (2:14): Project.code must be unique, but project-10 is taken");
  }

  @Test
  void recordsWithoutStampsAreStampedAsTheServicesStampNewOnesAndStampedRecordsKeepTheirs() {
    Coopkit target = DataSets.empty();
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, "")
                + ", "
                + organisation(
                    2,
                    ", \"version\": 7, \"createdAt\": \"2020-01-01T00:00:00.123456789Z\","
                        + " \"updatedAt\": \"2021-01-01T00:00:00Z\"")
                + "]");

    DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    Organisation fresh = target.organisations().get(id(1));
    assertThat(List.of(fresh.version(), fresh.createdAt(), fresh.updatedAt()))
        .containsExactly(1L, DataSets.START, DataSets.START);
    Organisation kept = target.organisations().get(id(2));
    assertThat(List.of(kept.version(), kept.createdAt(), kept.updatedAt()))
        .containsExactly(
            7L,
            Instant.parse("2020-01-01T00:00:00.123456Z"),
            Instant.parse("2021-01-01T00:00:00Z"));
  }

  @Test
  void anEmptyDocumentImportsNothingSuccessfully() {
    ImportReport report =
        DataSets.importInto(json, DataSets.empty(), document(""), ImportOptions.DEFAULT);

    assertThat(report.isSuccess()).isTrue();
    assertThat(report.stored()).isZero();
  }

  @Test
  void optionsRejectLimitsThatMakeNoSense() {
    assertThatThrownBy(() -> ImportOptions.DEFAULT.withMaxProblems(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxProblems must be at least 1, but was 0");
    assertThatThrownBy(() -> ImportOptions.DEFAULT.withMaxRecordBytes(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecordBytes must be at least 65536, but was 1000");
  }

  private static OrganisationId id(int n) {
    return OrganisationId.of(UUID.fromString(uuid(n)));
  }

  private static ProjectId projectId(int n) {
    return ProjectId.of(UUID.fromString(uuid(n)));
  }

  @Test
  void readsTheParticipationFiguresASourceGivesAndRefusesACountryCountBelowTheCountriesNamed() {
    // given: one event with every figure, one naming three countries but counting two
    String document =
        String.join(
            "\n",
            "{\"format\": \"coopkit/1\",",
            " \"projects\": [" + project(10, "") + "],",
            " \"events\": [",
            "  "
                + event(
                    20,
                    10,
                    ", \"participation\": {\"total\": {\"value\": 45, \"qualifier\": \"exact\"},"
                        + " \"countryCount\": {\"value\": 20, \"qualifier\": \"more_than\"},"
                        + " \"organisationCount\": {\"value\": 30, \"qualifier\": \"approximately\"},"
                        + " \"experts\": {\"value\": 6, \"qualifier\": \"exact\"},"
                        + " \"note\": \" announced \"}")
                + ",",
            "  "
                + event(
                    21,
                    10,
                    ", \"participation\": {\"countries\": [\"AM\", \"GE\", \"MD\"],"
                        + " \"countryCount\": {\"value\": 2, \"qualifier\": \"exact\"}}")
                + "]}");
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, RECORD_BY_RECORD);

    // then
    assertThat(report.events()).isEqualTo(new ImportReport.Counts(2, 1, 1));
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .singleElement()
        .asString()
        .startsWith("/events/1/participation")
        .contains(
            "participation.countryCount: must not be below the number of"
                + " participation.countries ('2 < 3')");
    Participation read =
        target.events().find(EventId.of(UUID.fromString(uuid(20)))).orElseThrow().participation();
    assertThat(read)
        .isEqualTo(
            Participation.builder()
                .total(ParticipantCount.exactly(45))
                .countryCount(ParticipantCount.moreThan(20))
                .organisationCount(ParticipantCount.approximately(30))
                .experts(ParticipantCount.exactly(6))
                .note("announced")
                .build());
  }
}
