package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_COUNTRY;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_TEXT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.Cursor;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SearchText;
import org.coopkit.query.SortDirection;
import org.coopkit.spi.ProjectStore;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Projects with their components, in the tables {@code project}, {@code project_*}, {@code
 * component} and {@code component_text}. Reads are one statement each (MULTISET), as for events. An
 * update replaces the project's lists, except components: events refer to them, so those kept are
 * updated in place, those dropped deleted, and new ones inserted.
 */
final class JdbcProjectStore implements ProjectStore {
  static final String KIND = "Project";

  private static final String TITLE = "TITLE";
  private static final String SUMMARY = "SUMMARY";
  private static final String AIMS = "AIMS";
  private static final String FRAMEWORK_NAME = "FRAMEWORK_NAME";
  private static final String OBJECTIVE = "OBJECTIVE";
  private static final String RESULT = "RESULT";

  static final List<Field<?>> ROOT =
      List.of(
          PROJECT.ID,
          PROJECT.CODE,
          PROJECT.ACRONYM,
          PROJECT.STATUS,
          PROJECT.PLANNED_START,
          PROJECT.PLANNED_END,
          PROJECT.ACTUAL_START,
          PROJECT.ACTUAL_END,
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

  /** The child tables an update replaces wholesale (components are handled apart). */
  private static final Map<Table<?>, Field<String>> CHILDREN = childTables();

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, PROJECT, PROJECT.ID, PROJECT.VERSION);

  private static final Field<Result<Record4<String, String, Integer, String>>> TEXTS =
      multiset(
              select(
                      PROJECT_TEXT.FIELD_NAME,
                      PROJECT_TEXT.LANG,
                      PROJECT_TEXT.POSITION,
                      PROJECT_TEXT.CONTENT)
                  .from(PROJECT_TEXT)
                  .where(PROJECT_TEXT.PROJECT_ID.eq(PROJECT.ID)))
          .as("texts");
  private static final Field<Result<Record3<String, String, Integer>>> COUNTRIES =
      multiset(
              select(
                      PROJECT_COUNTRY.COUNTRY,
                      PROJECT_COUNTRY.COUNTRY_ROLE,
                      PROJECT_COUNTRY.POSITION)
                  .from(PROJECT_COUNTRY)
                  .where(PROJECT_COUNTRY.PROJECT_ID.eq(PROJECT.ID)))
          .as("countries");
  private static final Field<Result<Record3<String, String, Integer>>> ORGANISATIONS =
      multiset(
              select(
                      PROJECT_ORGANISATION.ORGANISATION_ID,
                      PROJECT_ORGANISATION.ORG_ROLE,
                      PROJECT_ORGANISATION.POSITION)
                  .from(PROJECT_ORGANISATION)
                  .where(PROJECT_ORGANISATION.PROJECT_ID.eq(PROJECT.ID)))
          .as("organisations");
  private static final Field<Result<Record3<String, String, Integer>>> RELATIONS =
      multiset(
              select(
                      PROJECT_RELATION.RELATED_ID,
                      PROJECT_RELATION.RELATION_TYPE,
                      PROJECT_RELATION.POSITION)
                  .from(PROJECT_RELATION)
                  .where(PROJECT_RELATION.PROJECT_ID.eq(PROJECT.ID)))
          .as("relations");
  private static final Field<Result<Record4<Integer, String, String, String>>> LINKS =
      multiset(
              select(
                      PROJECT_LINK.POSITION,
                      PROJECT_LINK.URI,
                      PROJECT_LINK.TITLE,
                      PROJECT_LINK.LINK_KIND)
                  .from(PROJECT_LINK)
                  .where(PROJECT_LINK.PROJECT_ID.eq(PROJECT.ID)))
          .as("links");
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      multiset(
              select(
                      PROJECT_EXTERNAL_ID.POSITION,
                      PROJECT_EXTERNAL_ID.SCHEME,
                      PROJECT_EXTERNAL_ID.ID_VALUE)
                  .from(PROJECT_EXTERNAL_ID)
                  .where(PROJECT_EXTERNAL_ID.PROJECT_ID.eq(PROJECT.ID)))
          .as("external_ids");
  private static final Field<Result<Record3<String, Integer, String>>> COMPONENTS =
      multiset(
              select(COMPONENT.ID, COMPONENT.POSITION, COMPONENT.CODE)
                  .from(COMPONENT)
                  .where(COMPONENT.PROJECT_ID.eq(PROJECT.ID)))
          .as("components");
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

  private static final List<SelectField<?>> SELECT = selection();

  private final TransactionContext transaction;

  JdbcProjectStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Project> get(ProjectId id) {
    return one(PROJECT.ID.eq(ColumnValues.id(id.value())));
  }

  @Override
  public Optional<Project> getByCode(String code) {
    return one(PROJECT.CODE.eq(code));
  }

  private Optional<Project> one(Condition condition) {
    try {
      return transaction
          .read()
          .select(SELECT)
          .from(PROJECT)
          .where(condition)
          .fetchOptional(JdbcProjectStore::project);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Project> getForUpdate(ProjectId id) {
    try {
      transaction.lockRow(PROJECT, PROJECT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<ProjectId> existing(Collection<ProjectId> ids) {
    try {
      return transaction
          .existing(PROJECT, PROJECT.ID, ids.stream().map(ProjectId::toString).toList())
          .stream()
          .map(id -> ProjectId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Project> find(ProjectQuery query) {
    List<Project> found;
    try {
      found = pageQuery(transaction.read(), query).fetch(JdbcProjectStore::project);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    if (found.size() <= query.limit()) {
      return Page.last(found);
    }
    List<Project> items = found.subList(0, query.limit());
    Project last = items.get(items.size() - 1);
    return new Page<>(items, ProjectQuery.cursorAfter(last));
  }

  /** The statement {@link #find} runs, for at most {@code limit + 1} projects, by code and id. */
  static ResultQuery<Record> pageQuery(DSLContext dsl, ProjectQuery query) {
    var k = PROJECT.as("k");
    List<Condition> where = new ArrayList<>();
    if (!query.countries().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_COUNTRY.PROJECT_ID)
                  .from(PROJECT_COUNTRY)
                  .where(PROJECT_COUNTRY.COUNTRY.in(strings(query.countries())))));
    }
    if (!query.statuses().isEmpty()) {
      where.add(k.STATUS.in(query.statuses().stream().map(Enum::name).toList()));
    }
    if (!query.organisations().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_ORGANISATION.PROJECT_ID)
                  .from(PROJECT_ORGANISATION)
                  .where(PROJECT_ORGANISATION.ORGANISATION_ID.in(strings(query.organisations())))));
    }
    if (!query.frameworks().isEmpty()) {
      where.add(k.FRAMEWORK_CODE.in(query.frameworks()));
    }
    if (!query.relatedTo().isEmpty()) {
      where.add(
          k.ID.in(
              select(PROJECT_RELATION.PROJECT_ID)
                  .from(PROJECT_RELATION)
                  .where(PROJECT_RELATION.RELATED_ID.in(strings(query.relatedTo())))));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              PROJECT_EXTERNAL_ID,
              PROJECT_EXTERNAL_ID.PROJECT_ID,
              PROJECT_EXTERNAL_ID.SCHEME,
              PROJECT_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
    }
    LocalDate day = query.activeOn();
    if (day != null) {
      // ProjectDates.isActiveOn: an unknown start or end is open.
      where.add(k.ACTIVE_FROM.isNull().or(k.ACTIVE_FROM.le(day)));
      where.add(k.ACTIVE_UNTIL.isNull().or(k.ACTIVE_UNTIL.ge(day)));
    }
    if (query.text() != null) {
      where.add(k.SEARCH_TEXT.contains(query.text()));
    }
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    SelectSeekStep2<Record2<String, String>, String, String> ordered =
        dsl.select(k.ID, k.CODE)
            .from(k)
            .where(where)
            .orderBy(
                ascending ? k.CODE.asc() : k.CODE.desc(), ascending ? k.ID.asc() : k.ID.desc());
    Cursor after = query.after();
    int rows = query.limit() + 1;
    Select<Record2<String, String>> keyset =
        after == null
            ? ordered.limit(rows)
            : ordered.seek(after.sortKey(), ColumnValues.id(after.id())).limit(rows);
    Table<Record2<String, String>> page = keyset.asTable("page");
    Field<String> pageId = page.field(k.ID);
    Field<String> pageCode = page.field(k.CODE);
    return dsl.select(SELECT)
        .from(page.join(PROJECT).on(PROJECT.ID.eq(pageId)))
        .orderBy(
            ascending ? pageCode.asc() : pageCode.desc(), ascending ? pageId.asc() : pageId.desc());
  }

  private static Project project(Record r) {
    String id = r.get(PROJECT.ID).strip();
    Map<String, TreeMap<Integer, LocalizedText>> texts =
        TextRows.read(
            r.get(TEXTS)
                .map(t -> new TextRows.Row(t.value1(), 0, t.value2(), t.value3(), t.value4())));
    List<ParticipatingCountry> countries =
        r.get(COUNTRIES).stream()
            .sorted(Comparator.comparing(Record3::value3))
            .map(
                c ->
                    ParticipatingCountry.of(
                        ColumnValues.countryOrNull(c.value1()),
                        ColumnValues.enumValue(CountryRole.class, c.value2())))
            .toList();
    List<ProjectOrganisation> organisations =
        r.get(ORGANISATIONS).stream()
            .sorted(Comparator.comparing(Record3::value3))
            .map(
                o ->
                    ProjectOrganisation.of(
                        OrganisationId.of(ColumnValues.uuid(o.value1())),
                        ColumnValues.enumValue(OrganisationRole.class, o.value2())))
            .toList();
    List<ProjectRelation> relations =
        r.get(RELATIONS).stream()
            .sorted(Comparator.comparing(Record3::value3))
            .map(
                p ->
                    ProjectRelation.of(
                        ProjectId.of(ColumnValues.uuid(p.value1())),
                        ColumnValues.enumValue(RelationType.class, p.value2())))
            .toList();
    List<Link> links =
        r.get(LINKS).stream()
            .sorted(Comparator.comparing(Record4::value1))
            .map(
                l ->
                    new Link(
                        ColumnValues.uri(l.value2()),
                        l.value3(),
                        ColumnValues.enumValue(Link.Kind.class, l.value4())))
            .toList();
    List<ExternalId> externalIds =
        r.get(EXTERNAL_IDS).stream()
            .sorted(Comparator.comparing(Record3::value1))
            .map(x -> ExternalId.of(x.value2(), x.value3()))
            .toList();
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
    String frameworkCode = r.get(PROJECT.FRAMEWORK_CODE);
    CooperationFramework framework =
        frameworkCode == null
            ? null
            : new CooperationFramework(
                frameworkCode,
                TextRows.required(texts, FRAMEWORK_NAME, "project " + id),
                r.get(PROJECT.FRAMEWORK_ACRONYM));
    BigDecimal amount = r.get(PROJECT.BUDGET_AMOUNT);
    Money budget =
        amount == null
            ? null
            : new Money(amount, Currency.getInstance(r.get(PROJECT.BUDGET_CURRENCY).strip()));
    return Project.builder()
        .id(ProjectId.of(ColumnValues.uuid(id)))
        .code(r.get(PROJECT.CODE))
        .title(TextRows.required(texts, TITLE, "project " + id))
        .acronym(r.get(PROJECT.ACRONYM))
        .summary(TextRows.single(texts, SUMMARY))
        .aims(TextRows.single(texts, AIMS))
        .status(ColumnValues.enumValue(ProjectStatus.class, r.get(PROJECT.STATUS)))
        .dates(
            new ProjectDates(
                ColumnValues.partialDateOrNull(r.get(PROJECT.PLANNED_START)),
                ColumnValues.partialDateOrNull(r.get(PROJECT.PLANNED_END)),
                ColumnValues.partialDateOrNull(r.get(PROJECT.ACTUAL_START)),
                ColumnValues.partialDateOrNull(r.get(PROJECT.ACTUAL_END))))
        .framework(framework)
        .countries(countries)
        .organisations(organisations)
        .relations(relations)
        .budget(budget)
        .components(components)
        .links(links)
        .externalIds(externalIds)
        .version(r.get(PROJECT.VERSION))
        .createdAt(ColumnValues.instant(r.get(PROJECT.CREATED_AT)))
        .updatedAt(ColumnValues.instant(r.get(PROJECT.UPDATED_AT)))
        .build();
  }

  private static Component component(String id, @Nullable String code, List<TextRows.Row> rows) {
    Map<String, TreeMap<Integer, LocalizedText>> texts = TextRows.read(rows);
    return Component.builder()
        .id(ComponentId.of(ColumnValues.uuid(id)))
        .code(code)
        .title(TextRows.required(texts, TITLE, "component " + id))
        .objective(TextRows.single(texts, OBJECTIVE))
        .expectedResults(TextRows.list(texts, RESULT))
        .build();
  }

  // Writing.

  @Override
  public void insert(Project project) {
    DSLContext dsl = transaction.write();
    try {
      rows(List.of(project)).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(project, List.of()));
    }
  }

  @Override
  public void update(Project project, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(project.id().value());
    List<TableRows> rows = rows(List.of(project));
    List<String> removed = new ArrayList<>();
    try {
      OWN_ROW.update(dsl, id, expectedVersion, rows.get(0));
      VersionedRows.deleteChildren(dsl, CHILDREN, List.of(id));
      // Components: events refer to them by id, so keep the rows of those that stay.
      Set<String> stored = new HashSet<>();
      dsl.select(COMPONENT.ID)
          .from(COMPONENT)
          .where(COMPONENT.PROJECT_ID.eq(id))
          .fetch(COMPONENT.ID)
          .forEach(c -> stored.add(c.strip()));
      Set<String> next = new HashSet<>();
      project.components().forEach(c -> next.add(c.id().toString()));
      stored.stream().filter(c -> !next.contains(c)).forEach(removed::add);
      if (!removed.isEmpty()) {
        FailedWriteException.marking(
            FailedWriteException.Operation.DELETE,
            COMPONENT,
            () -> dsl.deleteFrom(COMPONENT).where(COMPONENT.ID.in(removed)).execute());
      }
      List<String> kept = stored.stream().filter(next::contains).toList();
      if (!kept.isEmpty()) {
        FailedWriteException.marking(
            FailedWriteException.Operation.DELETE,
            COMPONENT_TEXT,
            () ->
                dsl.deleteFrom(COMPONENT_TEXT)
                    .where(COMPONENT_TEXT.COMPONENT_ID.in(kept))
                    .execute());
        BatchBindStep moves =
            dsl.batch(
                dsl.update(COMPONENT)
                    .set(COMPONENT.POSITION, (Integer) null)
                    .set(COMPONENT.CODE, (String) null)
                    .where(COMPONENT.ID.eq((String) null)));
        for (int i = 0; i < project.components().size(); i++) {
          Component c = project.components().get(i);
          if (stored.contains(c.id().toString())) {
            moves = moves.bind(i, c.code(), c.id().toString());
          }
        }
        FailedWriteException.marking(
            FailedWriteException.Operation.UPDATE, COMPONENT, moves::execute);
      }
      TableRows components = rows.get(rows.size() - 2);
      TableRows newComponents = new TableRows(components.table(), components.fields());
      components.rows().stream()
          .filter(row -> !stored.contains((String) row[0]))
          .forEach(newComponents.rows()::add);
      for (TableRows table : rows.subList(1, rows.size() - 2)) {
        table.insert(dsl);
      }
      newComponents.insert(dsl);
      rows.get(rows.size() - 1).insert(dsl);
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(project, removed));
    }
  }

  @Override
  public void delete(ProjectId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(
          e,
          new TransactionContext.WriteFacts() {
            @Override
            public @Nullable String referencedId(Constraint constraint) {
              return constraint.targetKind().equals(KIND) ? key : null;
            }
          });
    }
  }

  /**
   * The rows of {@code projects}: {@code project} rows first, then the child tables', then {@code
   * component} rows and last {@code component_text} rows.
   */
  static List<TableRows> rows(Collection<Project> projects) {
    TableRows root = new TableRows(PROJECT, ROOT);
    TableRows texts =
        new TableRows(
            PROJECT_TEXT,
            List.of(
                PROJECT_TEXT.PROJECT_ID,
                PROJECT_TEXT.FIELD_NAME,
                PROJECT_TEXT.LANG,
                PROJECT_TEXT.POSITION,
                PROJECT_TEXT.CONTENT));
    TableRows countries =
        new TableRows(
            PROJECT_COUNTRY,
            List.of(
                PROJECT_COUNTRY.PROJECT_ID,
                PROJECT_COUNTRY.COUNTRY,
                PROJECT_COUNTRY.POSITION,
                PROJECT_COUNTRY.COUNTRY_ROLE));
    TableRows organisations =
        new TableRows(
            PROJECT_ORGANISATION,
            List.of(
                PROJECT_ORGANISATION.PROJECT_ID, PROJECT_ORGANISATION.ORGANISATION_ID,
                PROJECT_ORGANISATION.ORG_ROLE, PROJECT_ORGANISATION.POSITION));
    TableRows relations =
        new TableRows(
            PROJECT_RELATION,
            List.of(
                PROJECT_RELATION.PROJECT_ID,
                PROJECT_RELATION.RELATED_ID,
                PROJECT_RELATION.RELATION_TYPE,
                PROJECT_RELATION.POSITION));
    TableRows links =
        new TableRows(
            PROJECT_LINK,
            List.of(
                PROJECT_LINK.PROJECT_ID,
                PROJECT_LINK.POSITION,
                PROJECT_LINK.URI,
                PROJECT_LINK.TITLE,
                PROJECT_LINK.LINK_KIND));
    TableRows externalIds =
        new TableRows(
            PROJECT_EXTERNAL_ID,
            List.of(
                PROJECT_EXTERNAL_ID.PROJECT_ID,
                PROJECT_EXTERNAL_ID.POSITION,
                PROJECT_EXTERNAL_ID.SCHEME,
                PROJECT_EXTERNAL_ID.ID_VALUE));
    TableRows components =
        new TableRows(
            COMPONENT,
            List.of(COMPONENT.ID, COMPONENT.PROJECT_ID, COMPONENT.POSITION, COMPONENT.CODE));
    TableRows componentTexts =
        new TableRows(
            COMPONENT_TEXT,
            List.of(
                COMPONENT_TEXT.COMPONENT_ID,
                COMPONENT_TEXT.FIELD_NAME,
                COMPONENT_TEXT.ITEM,
                COMPONENT_TEXT.LANG,
                COMPONENT_TEXT.POSITION,
                COMPONENT_TEXT.CONTENT));
    for (Project p : projects) {
      String id = ColumnValues.id(p.id().value());
      ProjectDates dates = p.dates();
      PartialDate start = dates.start();
      PartialDate end = dates.end();
      CooperationFramework framework = p.framework();
      Money budget = p.budget();
      root.add(
          id,
          p.code(),
          p.acronym(),
          p.status().name(),
          ColumnValues.partialDate(dates.plannedStart()),
          ColumnValues.partialDate(dates.plannedEnd()),
          ColumnValues.partialDate(dates.actualStart()),
          ColumnValues.partialDate(dates.actualEnd()),
          start == null ? null : start.earliest(),
          end == null ? null : end.latest(),
          framework == null ? null : framework.code(),
          framework == null ? null : framework.acronym(),
          budget == null ? null : budget.amount(),
          budget == null ? null : budget.currency().getCurrencyCode(),
          SearchText.of(p),
          p.version(),
          ColumnValues.utc(p.createdAt()),
          ColumnValues.utc(p.updatedAt()));
      TextRows.append(texts.rows(), p.title(), id, TITLE);
      TextRows.append(texts.rows(), p.summary(), id, SUMMARY);
      TextRows.append(texts.rows(), p.aims(), id, AIMS);
      TextRows.append(
          texts.rows(), framework == null ? null : framework.name(), id, FRAMEWORK_NAME);
      for (int i = 0; i < p.countries().size(); i++) {
        ParticipatingCountry c = p.countries().get(i);
        countries.add(id, c.country().alpha2(), i, c.role().name());
      }
      for (int i = 0; i < p.organisations().size(); i++) {
        ProjectOrganisation o = p.organisations().get(i);
        organisations.add(id, o.organisation().toString(), o.role().name(), i);
      }
      for (int i = 0; i < p.relations().size(); i++) {
        ProjectRelation r = p.relations().get(i);
        relations.add(id, r.project().toString(), r.type().name(), i);
      }
      for (int i = 0; i < p.links().size(); i++) {
        Link link = p.links().get(i);
        links.add(id, i, link.uri().toString(), link.title(), link.kind().name());
      }
      for (int i = 0; i < p.externalIds().size(); i++) {
        ExternalId x = p.externalIds().get(i);
        externalIds.add(id, i, x.scheme(), x.value());
      }
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
    return List.of(
        root,
        texts,
        countries,
        organisations,
        relations,
        links,
        externalIds,
        components,
        componentTexts);
  }

  private TransactionContext.WriteFacts context(Project project, List<String> removedComponents) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return switch (field) {
          case "Project.id" -> project.id().toString();
          case "Project.code" -> project.code();
          default -> null;
        };
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "project_organisation_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  project.organisations().stream().map(o -> o.organisation().toString()).toList());
          case "project_relation_related_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  project.relations().stream().map(r -> r.project().toString()).toList());
          default -> null;
        };
      }

      @Override
      public @Nullable String referencedId(Constraint constraint) {
        if (!constraint.name().equals("event_component_component_fk")
            || removedComponents.isEmpty()) {
          return null;
        }
        // Asked only where the transaction survives the failure (MariaDB, H2); PostgreSQL's
        // error names the key itself.
        if (transaction.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
          return null;
        }
        return transaction
            .read()
            .select(EVENT_COMPONENT.COMPONENT_ID)
            .from(EVENT_COMPONENT)
            .where(EVENT_COMPONENT.COMPONENT_ID.in(removedComponents))
            .limit(1)
            .fetchOptional(EVENT_COMPONENT.COMPONENT_ID)
            .map(String::strip)
            .orElse(null);
      }
    };
  }

  private static Map<Table<?>, Field<String>> childTables() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(PROJECT_TEXT, PROJECT_TEXT.PROJECT_ID);
    children.put(PROJECT_COUNTRY, PROJECT_COUNTRY.PROJECT_ID);
    children.put(PROJECT_ORGANISATION, PROJECT_ORGANISATION.PROJECT_ID);
    children.put(PROJECT_RELATION, PROJECT_RELATION.PROJECT_ID);
    children.put(PROJECT_LINK, PROJECT_LINK.PROJECT_ID);
    children.put(PROJECT_EXTERNAL_ID, PROJECT_EXTERNAL_ID.PROJECT_ID);
    return children;
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(PROJECT.fields()));
    fields.addAll(
        List.of(
            TEXTS,
            COUNTRIES,
            ORGANISATIONS,
            RELATIONS,
            LINKS,
            EXTERNAL_IDS,
            COMPONENTS,
            COMPONENT_TEXTS));
    return List.copyOf(fields);
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }
}
