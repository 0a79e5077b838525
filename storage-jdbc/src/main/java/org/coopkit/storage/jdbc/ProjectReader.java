package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_COUNTRY_PERIOD;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_TEXT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;

/**
 * Projects made from what a read returned: the {@code project} row and its lists, each a MULTISET
 * of a child table's rows ({@link #SELECT}). Apart from {@link JdbcProjectStore} so that the
 * mapping of columns back to the model reads on its own, the same for a read by id or code and for
 * a page.
 */
final class ProjectReader {
  private static final Field<Result<Record4<String, String, Integer, String>>> TEXTS =
      ChildRows.of(
          "texts",
          PROJECT_TEXT.PROJECT_ID,
          PROJECT.ID,
          select(
              PROJECT_TEXT.FIELD_NAME,
              PROJECT_TEXT.LANG,
              PROJECT_TEXT.POSITION,
              PROJECT_TEXT.CONTENT));
  private static final Field<
          Result<Record6<CountryCode, CountryRole, Integer, String, String, String>>>
      COUNTRIES =
          ChildRows.of(
              "countries",
              PROJECT_COUNTRY_PERIOD.PROJECT_ID,
              PROJECT.ID,
              select(
                  PROJECT_COUNTRY_PERIOD.COUNTRY,
                  PROJECT_COUNTRY_PERIOD.COUNTRY_ROLE,
                  PROJECT_COUNTRY_PERIOD.POSITION,
                  PROJECT_COUNTRY_PERIOD.VALID_FROM,
                  PROJECT_COUNTRY_PERIOD.VALID_UNTIL,
                  PROJECT_COUNTRY_PERIOD.NOTE));
  private static final Field<Result<Record3<Integer, String, String>>> FRAMEWORKS =
      ChildRows.of(
          "frameworks",
          PROJECT_FRAMEWORK.PROJECT_ID,
          PROJECT.ID,
          select(PROJECT_FRAMEWORK.POSITION, PROJECT_FRAMEWORK.CODE, PROJECT_FRAMEWORK.ACRONYM));
  private static final Field<Result<Record4<Integer, String, Integer, String>>> FRAMEWORK_TEXTS =
      ChildRows.of(
          "framework_texts",
          PROJECT_FRAMEWORK_TEXT.PROJECT_ID,
          PROJECT.ID,
          select(
              PROJECT_FRAMEWORK_TEXT.FRAMEWORK_POSITION,
              PROJECT_FRAMEWORK_TEXT.LANG,
              PROJECT_FRAMEWORK_TEXT.POSITION,
              PROJECT_FRAMEWORK_TEXT.CONTENT));
  private static final Field<Result<Record3<String, OrganisationRole, Integer>>> ORGANISATIONS =
      ChildRows.of(
          "organisations",
          PROJECT_ORGANISATION.PROJECT_ID,
          PROJECT.ID,
          select(
              PROJECT_ORGANISATION.ORGANISATION_ID,
              PROJECT_ORGANISATION.ORG_ROLE,
              PROJECT_ORGANISATION.POSITION));
  private static final Field<Result<Record3<String, RelationType, Integer>>> RELATIONS =
      ChildRows.of(
          "relations",
          PROJECT_RELATION.PROJECT_ID,
          PROJECT.ID,
          select(
              PROJECT_RELATION.RELATED_ID,
              PROJECT_RELATION.RELATION_TYPE,
              PROJECT_RELATION.POSITION));
  private static final Field<Result<Record4<Integer, String, String, Link.Kind>>> LINKS =
      ProjectTableRows.LINKS.list(PROJECT.ID);
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      ProjectTableRows.EXTERNAL_IDS.list(PROJECT.ID);
  private static final Field<Result<Record3<String, Integer, String>>> COMPONENTS =
      ChildRows.of(
          "components",
          COMPONENT.PROJECT_ID,
          PROJECT.ID,
          select(COMPONENT.ID, COMPONENT.POSITION, COMPONENT.CODE));
  private static final Field<Result<Record6<String, String, Integer, String, Integer, String>>>
      COMPONENT_TEXTS =
          multiset(
                  select(
                          COMPONENT_TEXT.COMPONENT_ID,
                          COMPONENT_TEXT.FIELD_NAME,
                          COMPONENT_TEXT.ITEM,
                          COMPONENT_TEXT.LANG,
                          COMPONENT_TEXT.POSITION,
                          COMPONENT_TEXT.CONTENT)
                      .from(COMPONENT_TEXT)
                      .join(COMPONENT)
                      .on(COMPONENT.ID.eq(COMPONENT_TEXT.COMPONENT_ID))
                      .where(COMPONENT.PROJECT_ID.eq(PROJECT.ID)))
              .as("component_texts");

  /** The columns of a project and all its lists, one row per project. */
  static final List<SelectField<?>> SELECT = selection();

  private ProjectReader() {}

  /** The project of a row selected by {@link #SELECT}. */
  static Project project(Record r) {
    String id = r.get(PROJECT.ID).strip();
    Map<String, TreeMap<Integer, LocalizedText>> texts =
        TextRows.read(
            r.get(TEXTS)
                .map(t -> new TextRows.Row(t.value1(), 0, t.value2(), t.value3(), t.value4())));
    List<ParticipatingCountry> countries =
        r.get(COUNTRIES).stream()
            .sorted(Comparator.comparing(Record6::value3))
            .map(
                c ->
                    ParticipatingCountry.builder()
                        .country(c.value1())
                        .role(c.value2())
                        .validFrom(TextForms.partialDateOrNull(c.value4()))
                        .validUntil(TextForms.partialDateOrNull(c.value5()))
                        .note(c.value6())
                        .build())
            .toList();
    List<ProjectOrganisation> organisations =
        r.get(ORGANISATIONS).stream()
            .sorted(Comparator.comparing(Record3::value3))
            .map(
                o -> ProjectOrganisation.of(OrganisationId.of(IdText.uuid(o.value1())), o.value2()))
            .toList();
    List<ProjectRelation> relations =
        r.get(RELATIONS).stream()
            .sorted(Comparator.comparing(Record3::value3))
            .map(p -> ProjectRelation.of(ProjectId.of(IdText.uuid(p.value1())), p.value2()))
            .toList();
    List<Link> links = LinkAndIdRows.links(r.get(LINKS));
    List<ExternalId> externalIds = LinkAndIdRows.externalIds(r.get(EXTERNAL_IDS));
    Map<String, List<TextRows.Row>> componentTexts = new LinkedHashMap<>();
    for (Record6<String, String, Integer, String, Integer, String> t : r.get(COMPONENT_TEXTS)) {
      componentTexts
          .computeIfAbsent(t.value1().strip(), c -> new ArrayList<>())
          .add(new TextRows.Row(t.value2(), t.value3(), t.value4(), t.value5(), t.value6()));
    }
    List<Component> components =
        r.get(COMPONENTS).stream()
            .sorted(Comparator.comparing(Record3::value2))
            .map(
                c ->
                    component(
                        c.value1().strip(),
                        c.value3(),
                        componentTexts.getOrDefault(c.value1().strip(), List.of())))
            .toList();
    Map<String, TreeMap<Integer, LocalizedText>> frameworkNames =
        TextRows.read(
            r.get(FRAMEWORK_TEXTS)
                .map(t -> new TextRows.Row("", t.value1(), t.value2(), t.value3(), t.value4())));
    TreeMap<Integer, LocalizedText> namesByPosition =
        frameworkNames.getOrDefault("", new TreeMap<>());
    List<CooperationFramework> frameworks =
        r.get(FRAMEWORKS).stream()
            .sorted(Comparator.comparing(Record3::value1))
            .map(
                f -> {
                  LocalizedText name = namesByPosition.get(f.value1());
                  if (name == null) {
                    throw new IllegalStateException(
                        "the stored name of framework "
                            + f.value2()
                            + " of project "
                            + id
                            + " has no language");
                  }
                  return new CooperationFramework(f.value2(), name, f.value3());
                })
            .toList();
    BigDecimal amount = r.get(PROJECT.BUDGET_AMOUNT);
    Money budget =
        amount == null
            ? null
            : new Money(amount, Currency.getInstance(r.get(PROJECT.BUDGET_CURRENCY).strip()));
    Project.Builder project = ProjectRecordRows.lists(r, Project.builder());
    return project
        .id(ProjectId.of(IdText.uuid(id)))
        .code(r.get(PROJECT.CODE))
        .title(TextRows.required(texts, ProjectTableRows.TITLE, "project " + id))
        .acronym(r.get(PROJECT.ACRONYM))
        .summary(TextRows.single(texts, ProjectTableRows.SUMMARY))
        .aims(TextRows.single(texts, ProjectTableRows.AIMS))
        .status(r.get(PROJECT.STATUS))
        .dates(ProjectRecordRows.dates(r))
        .frameworks(frameworks)
        .countries(countries)
        .organisations(organisations)
        .relations(relations)
        .budget(budget)
        .components(components)
        .links(links)
        .externalIds(externalIds)
        .version(r.get(PROJECT.VERSION))
        .createdAt(r.get(PROJECT.CREATED_AT))
        .updatedAt(r.get(PROJECT.UPDATED_AT))
        .build();
  }

  private static Component component(String id, @Nullable String code, List<TextRows.Row> rows) {
    Map<String, TreeMap<Integer, LocalizedText>> texts = TextRows.read(rows);
    return Component.builder()
        .id(ComponentId.of(IdText.uuid(id)))
        .code(code)
        .title(TextRows.required(texts, ProjectTableRows.TITLE, "component " + id))
        .objective(TextRows.single(texts, ProjectTableRows.OBJECTIVE))
        .expectedResults(TextRows.list(texts, ProjectTableRows.RESULT))
        .build();
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(PROJECT.fields()));
    fields.addAll(
        List.of(
            TEXTS,
            COUNTRIES,
            FRAMEWORKS,
            FRAMEWORK_TEXTS,
            ORGANISATIONS,
            RELATIONS,
            LINKS,
            EXTERNAL_IDS,
            COMPONENTS,
            COMPONENT_TEXTS));
    fields.addAll(ProjectRecordRows.SELECT);
    return List.copyOf(fields);
  }
}
