package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.json.Documents.document;
import static org.coopkit.json.Documents.event;
import static org.coopkit.json.Documents.organisation;
import static org.coopkit.json.Documents.project;
import static org.coopkit.json.Documents.uuid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.coopkit.Coopkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken documents: each is refused with a located, readable problem, and nothing of it
 * is stored, not even the valid organisation it starts with.
 */
class HostileInputTest {
  private static final String VALID_FIRST = organisation(1, "");

  private final CoopkitJson json = CoopkitJson.create();

  static Stream<Arguments> hostileDocuments() {
    String longText = "x".repeat(CoopkitJson.MAX_STRING_LENGTH + 1);
    return Stream.of(
        Arguments.of(
            "deep nesting",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + "[".repeat(40)
                    + "]".repeat(40)
                    + "]"),
            "/organisations/1",
            "the document exceeds a limit: Document nesting depth (33)"
                + " exceeds the maximum allowed (32)"),
        Arguments.of(
            "a huge string",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"acronym\": \"" + longText + "\"")
                    + "]"),
            "/organisations/1/acronym",
            "the document exceeds a limit: String value length"),
        Arguments.of(
            "a huge number",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"version\": 1" + "0".repeat(40))
                    + "]"),
            "/organisations/1/version",
            "the document exceeds a limit: Number value length"),
        Arguments.of(
            "an unknown field",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"nickname\": \"CoE\"")
                    + "]"),
            "/organisations/1/nickname",
            "Invalid Organisation: unknown field 'nickname'"),
        Arguments.of(
            "a class name where a record belongs",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"@class\": \"java.lang.ProcessBuilder\"")
                    + "]"),
            "/organisations/1/@class",
            "unknown field '@class'"),
        Arguments.of(
            "a duplicate key",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"acronym\": \"A\", \"acronym\": \"B\"")
                    + "]"),
            "/organisations/1/acronym",
            "invalid JSON: Duplicate Object property \"acronym\""),
        Arguments.of(
            "a duplicate section",
            document("\"organisations\": [" + VALID_FIRST + "], \"organisations\": []"),
            "/organisations",
            "invalid JSON: Duplicate Object property \"organisations\""),
        Arguments.of(
            "a duplicate id",
            document("\"organisations\": [" + VALID_FIRST + ", " + VALID_FIRST + "]"),
            "/organisations/1/id",
            "Organisation.id must be unique, but " + uuid(1) + " is taken"),
        Arguments.of(
            "a record of the wrong type",
            document("\"organisations\": [" + VALID_FIRST + ", \"" + uuid(2) + "\"]"),
            "/organisations/1",
            "must be an object, not a string"),
        Arguments.of(
            "a section of the wrong type",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + "], \"projects\": {\"id\": \""
                    + uuid(3)
                    + "\"}"),
            "/projects",
            "must be an array, not an object"),
        Arguments.of(
            "a value of the wrong type",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"links\": \"https://example.org\"")
                    + "]"),
            "/organisations/1/links",
            "must be an array, not a string"),
        Arguments.of(
            "too many entries",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + "], "
                    + "\"projects\": ["
                    + project(3, "")
                    + "], \"events\": ["
                    + event(4, 3, ", \"topics\": [" + "\"t\", ".repeat(500) + "\"last\"]")
                    + "]"),
            "/events/0/topics/500",
            "Invalid Event: topics: must hold at most 500 entries"),
        Arguments.of(
            "a broken reference",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + "], "
                    + "\"events\": ["
                    + event(4, 99, "")
                    + "]"),
            "/events/0/projects/0",
            "Event.projects[0] refers to Project " + uuid(99) + ", which does not exist"),
        Arguments.of(
            "another format",
            "{\"format\": \"coopkit/2\", \"organisations\": [" + VALID_FIRST + "]}",
            "/format",
            "unsupported format: this version reads \"coopkit/1\", not 'coopkit/2'"),
        Arguments.of(
            "no format",
            "{\"organisations\": [" + VALID_FIRST + "]}",
            "/organisations",
            "the document's first field must be \"format\": \"coopkit/1\""),
        Arguments.of(
            "the format not first",
            "{\"organisations\": [" + VALID_FIRST + "], \"format\": \"coopkit/1\"}",
            "/organisations",
            "the document's first field must be \"format\""),
        Arguments.of(
            "an array for a document",
            "[" + VALID_FIRST + "]",
            "",
            "the document must be a JSON object"),
        Arguments.of("an empty input", "", "", "the document must be a JSON object"),
        Arguments.of(
            "sections out of order",
            document("\"events\": [], \"organisations\": [" + VALID_FIRST + "]"),
            "/organisations",
            "section 'organisations' must come before 'events'"),
        Arguments.of(
            "an unknown section",
            document("\"organisations\": [" + VALID_FIRST + "], \"people\": []"),
            "/people",
            "unknown section 'people'"),
        Arguments.of(
            "something after the document",
            document("\"organisations\": [" + VALID_FIRST + "]") + " {}",
            "",
            "nothing may follow the document's closing brace"),
        Arguments.of(
            "a truncated document",
            "{\"format\": \"coopkit/1\", \"organisations\": [" + VALID_FIRST,
            "/organisations",
            "invalid JSON: Unexpected end-of-input"),
        Arguments.of(
            "a comment",
            document("\"organisations\": [" + VALID_FIRST + " /* hidden */]"),
            "/organisations",
            "invalid JSON: Unexpected character"),
        Arguments.of(
            "a not-a-number",
            document(
                "\"organisations\": ["
                    + VALID_FIRST
                    + ", "
                    + organisation(2, ", \"version\": NaN")
                    + "]"),
            "/organisations/1/version",
            "invalid JSON: Non-standard token 'NaN'"));
  }

  /** The pointer given is where the problem starts: the parser may have got deeper. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileDocuments")
  void aHostileOrBrokenDocumentIsRefusedWithALocatedProblemAndNothingIsStored(
      String name, String document, String pointer, String message) {
    // given
    Coopkit target = DataSets.empty();

    // when
    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    // then
    assertThat(report.isSuccess()).as("%s", report).isFalse();
    assertThat(report.stored()).isZero();
    assertThat(report.problems())
        .as("%s", report)
        .anySatisfy(
            problem -> {
              assertThat(problem.pointer()).startsWith(pointer);
              assertThat(problem.message()).contains(message).doesNotContain("Source");
              assertThat(problem.line()).isPositive();
              assertThat(problem.column()).isNotNegative();
            });
    DataSets.assertEmpty(target);
  }

  @Test
  void aMalformedTokenIsReportedWithoutQuotingIt() {
    Coopkit target = DataSets.empty();
    String document =
        document(
            "\"contacts\": [{\"id\": \""
                + uuid(1)
                + "\", \"displayName\": ana.secret@example.org}]");

    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/contacts/0/displayName");
              assertThat(problem.message())
                  .startsWith("invalid JSON: Unrecognized token")
                  .doesNotContain("ana")
                  .doesNotContain("secret");
            });
    DataSets.assertEmpty(target);
  }

  @Test
  void aRecordLargerThanTheLimitStopsTheImport() {
    Coopkit target = DataSets.empty();
    StringBuilder links = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      links
          .append(i == 0 ? "" : ", ")
          .append("{\"uri\": \"https://example.org/")
          .append("p".repeat(1_000))
          .append("\", \"kind\": \"other\"}");
    }
    String document =
        document(
            "\"organisations\": ["
                + VALID_FIRST
                + ", "
                + organisation(2, ", \"links\": [" + links + "]")
                + "]");

    ImportReport report =
        DataSets.importInto(
            json, target, document, ImportOptions.DEFAULT.withMaxRecordBytes(64 * 1024));

    assertThat(report.readCompletely()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).startsWith("/organisations/1/links/");
              assertThat(problem.message())
                  .startsWith("the document exceeds a limit: the record starting after byte ")
                  .endsWith(" takes more than 65536 bytes (ImportOptions.maxRecordBytes)");
              assertThat(problem.line()).as("the problem's line").isPositive();
              assertThat(problem.column()).as("the problem's column").isPositive();
            });
    DataSets.assertEmpty(target);
  }

  @Test
  void anAllOrNothingImportStopsReadingOnceItHasFoundMaxProblems() {
    Coopkit target = DataSets.empty();
    StringBuilder records = new StringBuilder(VALID_FIRST);
    for (int i = 2; i <= 20; i++) {
      records.append(", ").append(organisation(i, ", \"type\": \"club\""));
    }
    String document = document("\"organisations\": [" + records + "]");

    ImportReport report =
        DataSets.importInto(json, target, document, ImportOptions.DEFAULT.withMaxProblems(3));

    assertThat(report.readCompletely()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .containsExactly("/organisations/1/type", "/organisations/2/type", "/organisations/3/type");
    assertThat(report.organisations().read()).isEqualTo(4);
    DataSets.assertEmpty(target);
  }

  @Test
  void afterTheFirstProblemAnAllOrNothingImportStillReportsTheModelProblemsOfTheRest() {
    Coopkit target = DataSets.empty();
    String document =
        document(
            "\"organisations\": ["
                + VALID_FIRST
                + ", "
                + organisation(2, ", \"country\": \"XX\"")
                + ", "
                + organisation(3, "")
                + ", "
                + organisation(4, ", \"type\": \"club\"")
                + "]");

    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    assertThat(report.readCompletely()).isTrue();
    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .containsExactly("/organisations/1/country", "/organisations/3/type");
    assertThat(report.organisations()).isEqualTo(new ImportReport.Counts(4, 0, 2));
    DataSets.assertEmpty(target);
  }

  @Test
  void anInputThatFailsWhileBeingReadThrowsAndStoresNothing() {
    Coopkit target = DataSets.empty();
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(
                ("{\"format\": \"coopkit/1\", \"organisations\": [" + VALID_FIRST + ", ")
                    .getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset");
              }
            });

    assertThatThrownBy(() -> json.importInto(target, failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("connection reset");
    DataSets.assertEmpty(target);
  }
}
