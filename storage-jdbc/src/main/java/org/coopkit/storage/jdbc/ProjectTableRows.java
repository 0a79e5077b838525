package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_COUNTRY_PERIOD;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_TEXT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.query.internal.SearchText;

/**
 * The rows a project is written as: its {@code project} row, the rows of each child table ({@code
 * project_text}, {@code project_country_period}, {@code project_framework}, …), and its components'
 * {@code component} and {@code component_text} rows. Apart from {@link JdbcProjectStore} so that
 * the mapping of a project to columns reads on its own.
 */
final class ProjectTableRows {
  /** The {@code field_name} of a project's or a component's title in its text table. */
  static final String TITLE = "TITLE";

  /** The {@code field_name} of a project's summary in {@code project_text}. */
  static final String SUMMARY = "SUMMARY";

  /** The {@code field_name} of a project's aims in {@code project_text}. */
  static final String AIMS = "AIMS";

  /** The {@code field_name} of a component's objective in {@code component_text}. */
  static final String OBJECTIVE = "OBJECTIVE";

  /**
   * The {@code field_name} of a component's expected results in {@code component_text}, by item.
   */
  static final String RESULT = "RESULT";

  /** The columns of {@code project_link}. */
  static final LinkAndIdRows.LinkColumns LINKS =
      LinkAndIdRows.LinkColumns.of(PROJECT_LINK.PROJECT_ID);

  /** The columns of {@code project_external_id}. */
  static final LinkAndIdRows.ExternalIdColumns EXTERNAL_IDS =
      LinkAndIdRows.ExternalIdColumns.of(PROJECT_EXTERNAL_ID.PROJECT_ID);

  private ProjectTableRows() {}

  /**
   * The rows of {@code projects}: {@code project} rows first, then the child tables', then {@code
   * component} rows and last {@code component_text} rows.
   */
  static List<TableRows> of(Collection<Project> projects) {
    TableRows root =
        TableRows.of(
            PROJECT.ID,
            PROJECT.CODE,
            PROJECT.ACRONYM,
            PROJECT.STATUS,
            PROJECT.PLANNED_START,
            PROJECT.PLANNED_END,
            PROJECT.ACTUAL_START,
            PROJECT.ACTUAL_END,
            PROJECT.SIGNED,
            PROJECT.LAUNCHED,
            PROJECT.DURATION_MONTHS,
            PROJECT.ACTIVE_FROM,
            PROJECT.ACTIVE_UNTIL,
            PROJECT.FRAMEWORK_CODE,
            PROJECT.FRAMEWORK_ACRONYM,
            PROJECT.BUDGET_AMOUNT,
            PROJECT.BUDGET_CURRENCY,
            PROJECT.SEARCH_TEXT,
            PROJECT.VERSION,
            PROJECT.CREATED_AT,
            PROJECT.UPDATED_AT);
    TableRows texts =
        TableRows.of(
            PROJECT_TEXT.PROJECT_ID,
            PROJECT_TEXT.FIELD_NAME,
            PROJECT_TEXT.LANG,
            PROJECT_TEXT.POSITION,
            PROJECT_TEXT.CONTENT);
    TableRows countries =
        TableRows.of(
            PROJECT_COUNTRY_PERIOD.PROJECT_ID,
            PROJECT_COUNTRY_PERIOD.POSITION,
            PROJECT_COUNTRY_PERIOD.COUNTRY,
            PROJECT_COUNTRY_PERIOD.COUNTRY_ROLE,
            PROJECT_COUNTRY_PERIOD.VALID_FROM,
            PROJECT_COUNTRY_PERIOD.VALID_UNTIL,
            PROJECT_COUNTRY_PERIOD.FROM_DAY,
            PROJECT_COUNTRY_PERIOD.UNTIL_DAY,
            PROJECT_COUNTRY_PERIOD.NOTE);
    TableRows frameworks =
        TableRows.of(
            PROJECT_FRAMEWORK.PROJECT_ID,
            PROJECT_FRAMEWORK.POSITION,
            PROJECT_FRAMEWORK.CODE,
            PROJECT_FRAMEWORK.ACRONYM);
    TableRows frameworkTexts =
        TableRows.of(
            PROJECT_FRAMEWORK_TEXT.PROJECT_ID,
            PROJECT_FRAMEWORK_TEXT.FRAMEWORK_POSITION,
            PROJECT_FRAMEWORK_TEXT.LANG,
            PROJECT_FRAMEWORK_TEXT.POSITION,
            PROJECT_FRAMEWORK_TEXT.CONTENT);
    TableRows organisations =
        TableRows.of(
            PROJECT_ORGANISATION.PROJECT_ID, PROJECT_ORGANISATION.ORGANISATION_ID,
            PROJECT_ORGANISATION.ORG_ROLE, PROJECT_ORGANISATION.POSITION);
    TableRows relations =
        TableRows.of(
            PROJECT_RELATION.PROJECT_ID,
            PROJECT_RELATION.RELATED_ID,
            PROJECT_RELATION.RELATION_TYPE,
            PROJECT_RELATION.POSITION);
    TableRows links = LINKS.rows();
    TableRows externalIds = EXTERNAL_IDS.rows();
    List<TableRows> records = ProjectRecordRows.tables();
    TableRows components =
        TableRows.of(COMPONENT.ID, COMPONENT.PROJECT_ID, COMPONENT.POSITION, COMPONENT.CODE);
    TableRows componentTexts =
        TableRows.of(
            COMPONENT_TEXT.COMPONENT_ID,
            COMPONENT_TEXT.FIELD_NAME,
            COMPONENT_TEXT.ITEM,
            COMPONENT_TEXT.LANG,
            COMPONENT_TEXT.POSITION,
            COMPONENT_TEXT.CONTENT);
    for (Project p : projects) {
      String id = IdText.of(p.id().value());
      ProjectDates dates = p.dates();
      PartialDate start = dates.start();
      PartialDate end = dates.end();
      CooperationFramework framework = p.framework();
      Money budget = p.budget();
      root.add(
          id,
          p.code(),
          p.acronym(),
          p.status(),
          TextForms.partialDate(dates.plannedStart()),
          TextForms.partialDate(dates.plannedEnd()),
          TextForms.partialDate(dates.actualStart()),
          TextForms.partialDate(dates.actualEnd()),
          TextForms.partialDate(dates.signed()),
          TextForms.partialDate(dates.launched()),
          dates.durationMonths(),
          start == null ? null : start.earliest(),
          end == null ? null : end.latest(),
          framework == null ? null : framework.code(),
          framework == null ? null : framework.acronym(),
          budget == null ? null : budget.amount(),
          budget == null ? null : budget.currency().getCurrencyCode(),
          SearchText.of(p),
          p.version(),
          p.createdAt(),
          p.updatedAt());
      TextRows.append(texts.rows(), p.title(), id, TITLE);
      TextRows.append(texts.rows(), p.summary(), id, SUMMARY);
      TextRows.append(texts.rows(), p.aims(), id, AIMS);
      for (int i = 0; i < p.frameworks().size(); i++) {
        CooperationFramework f = p.frameworks().get(i);
        frameworks.add(id, i, f.code(), f.acronym());
        TextRows.append(frameworkTexts.rows(), f.name(), id, i);
      }
      for (int i = 0; i < p.countries().size(); i++) {
        ParticipatingCountry c = p.countries().get(i);
        PartialDate from = c.validFrom();
        PartialDate until = c.validUntil();
        countries.add(
            id,
            i,
            c.country(),
            c.role(),
            TextForms.partialDate(from),
            TextForms.partialDate(until),
            from == null ? null : from.earliest(),
            until == null ? null : until.latest(),
            c.note());
      }
      for (int i = 0; i < p.organisations().size(); i++) {
        ProjectOrganisation o = p.organisations().get(i);
        organisations.add(id, o.organisation().toString(), o.role(), i);
      }
      for (int i = 0; i < p.relations().size(); i++) {
        ProjectRelation r = p.relations().get(i);
        relations.add(id, r.project().toString(), r.type(), i);
      }
      LINKS.append(links, id, p.links());
      EXTERNAL_IDS.append(externalIds, id, p.externalIds());
      ProjectRecordRows.append(p, id, records);
      for (int i = 0; i < p.components().size(); i++) {
        Component c = p.components().get(i);
        String componentId = c.id().toString();
        components.add(componentId, id, i, c.code());
        TextRows.append(componentTexts.rows(), c.title(), componentId, TITLE, 0);
        TextRows.append(componentTexts.rows(), c.objective(), componentId, OBJECTIVE, 0);
        for (int r = 0; r < c.expectedResults().size(); r++) {
          TextRows.append(
              componentTexts.rows(), c.expectedResults().get(r), componentId, RESULT, r);
        }
      }
    }
    List<TableRows> all =
        new ArrayList<>(
            List.of(
                root,
                texts,
                countries,
                frameworks,
                frameworkTexts,
                organisations,
                relations,
                links,
                externalIds));
    all.addAll(records);
    all.add(components); // components last: an update writes them apart (JdbcProjectStore)
    all.add(componentTexts);
    return List.copyOf(all);
  }
}
