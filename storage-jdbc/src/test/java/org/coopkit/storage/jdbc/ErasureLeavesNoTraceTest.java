package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.storage.jdbc.internal.schema.DefaultSchema;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.SourceFixtures;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After {@code contacts().erase(id)}, no table holds the person's name, e-mail address or phone
 * number, not even the change history's values of names the person had before, nor what the history
 * of the provenance of the person's facts quoted: every column of every row of coopkit's tables is
 * read back raw and searched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureLeavesNoTraceTest {
  private final SchemaPerDatabase schemas = new SchemaPerDatabase();

  @AfterAll
  void dropSchemas() {
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void anErasedContactLeavesNoNameEmailOrPhoneInAnyTable(Database database) {
    // given
    Coopkit coopkit = Coopkit.builder().storage(schemas.storage(database)).build();
    Organisation employer = coopkit.organisations().register(Fixtures.anyOrganisation());
    Project project = coopkit.projects().create(Fixtures.anyProject());
    Contact contact =
        coopkit.contacts().create(Fixtures.fullyPopulatedContact(employer.id(), project.id()));
    List<String> traces = new ArrayList<>();
    traces.add(contact.displayName());
    traces.add(contact.sortName());
    contact.emails().forEach(e -> traces.add(e.value()));
    contact.phones().forEach(p -> traces.add(p.value()));
    // the folded forms the adapter keeps for searching and sorting, too
    traces.add("dewaele");
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces)).isNotEmpty();

    // when
    coopkit.contacts().erase(contact.id());

    // then
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces)).isEmpty();
    assertThat(coopkit.contacts().get(contact.id()).roles()).isEqualTo(contact.roles());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aFormerNameKeptByTheChangeHistoryIsGoneAfterErasureToo(Database database) {
    // given a contact renamed, so that only the history holds its first names
    Coopkit coopkit = Coopkit.builder().storage(schemas.storage(database)).build();
    Organisation employer = coopkit.organisations().register(Fixtures.anyOrganisation());
    Project project = coopkit.projects().create(Fixtures.anyProject());
    Contact contact =
        coopkit.contacts().create(Fixtures.fullyPopulatedContact(employer.id(), project.id()));
    String token = Fixtures.uniqueToken();
    Contact renamed =
        coopkit
            .contacts()
            .update(
                contact.toBuilder()
                    .displayName("Renamed " + token)
                    .sortName(token + ", Renamed")
                    .emails(List.of())
                    .phones(List.of())
                    .build());
    List<String> formerTraces = new ArrayList<>();
    formerTraces.add(contact.displayName());
    contact.emails().forEach(e -> formerTraces.add(e.value()));
    contact.phones().forEach(p -> formerTraces.add(p.value()));
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), formerTraces))
        .allMatch(row -> row.startsWith("change_field: "))
        .isNotEmpty();

    // when
    coopkit.contacts().erase(renamed.id());

    // then
    formerTraces.add(renamed.displayName());
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), formerTraces)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aDeletedContactLeavesNoNameInTheChangeHistory(Database database) {
    // given
    Coopkit coopkit = Coopkit.builder().storage(schemas.storage(database)).build();
    Contact contact = coopkit.contacts().create(Fixtures.anyContact());
    List<String> traces = List.of(contact.displayName(), contact.sortName());
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces)).isNotEmpty();

    // when
    coopkit.contacts().delete(contact.id(), contact.version());

    // then
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aValueReportedForAnErasedContactsFactLeavesNoTraceInAnyTable(Database database) {
    // given a fact of the contact with reported values and a reason that quote the person
    Coopkit coopkit = Coopkit.builder().storage(schemas.storage(database)).build();
    Contact contact = coopkit.contacts().create(Fixtures.anyContact());
    Source source = coopkit.sources().create(SourceFixtures.anySource());
    Fact jobTitle = Fact.of(contact.id(), FactPath.of("jobTitle"));
    String name = contact.displayName();
    coopkit
        .provenance()
        .report(
            jobTitle,
            ReportedValue.builder()
                .value("Head of unit " + name)
                .note("signed " + name)
                .source(source.id())
                .build());
    coopkit.provenance().report(jobTitle, ReportedValue.of("Deputy head", List.of()));
    coopkit.provenance().adopt(jobTitle, "Deputy head", "as " + name + " said by phone");
    List<String> traces = List.of(name);
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces))
        .contains(
            "fact_reported_value: " + name,
            "fact_provenance: " + name,
            // the history of the fact's provenance quotes the person too
            "change_field: " + name);

    // when
    coopkit.contacts().erase(contact.id());

    // then
    assertThat(rowsMentioningAnyOf(schemas.dsl(database), traces)).isEmpty();
    assertThat(coopkit.provenance().find(jobTitle).orElseThrow().sources())
        .containsExactly(source.id());
  }

  /** Every row of every coopkit table whose text, lower-cased, contains one of the traces. */
  private static List<String> rowsMentioningAnyOf(DSLContext dsl, List<String> traces) {
    List<String> found = new ArrayList<>();
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      String name = table.getName().toLowerCase(Locale.ROOT);
      for (Record row : dsl.selectFrom(table).fetch()) {
        String text = row.toString().toLowerCase(Locale.ROOT);
        for (String trace : traces) {
          if (text.contains(trace.toLowerCase(Locale.ROOT))) {
            found.add(name + ": " + trace);
          }
        }
      }
    }
    return found;
  }
}
