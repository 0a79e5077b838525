package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_TEXT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
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
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.SearchText;
import org.coopkit.spi.OrganisationStore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Organisations in the tables {@code organisation} and {@code organisation_*}. Reads are one
 * statement each (MULTISET).
 */
final class JdbcOrganisationStore implements OrganisationStore {
  static final String KIND = "Organisation";

  private static final String NAME = "";

  static final List<Field<?>> ROOT =
      List.of(
          ORGANISATION.ID,
          ORGANISATION.ACRONYM,
          ORGANISATION.ORG_TYPE,
          ORGANISATION.COUNTRY,
          ORGANISATION.PARENT_ID,
          ORGANISATION.SORT_KEY,
          ORGANISATION.SEARCH_TEXT,
          ORGANISATION.VERSION,
          ORGANISATION.CREATED_AT,
          ORGANISATION.UPDATED_AT);

  private static final Map<Table<?>, Field<String>> CHILDREN = childTables();
  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, ORGANISATION, ORGANISATION.ID, ORGANISATION.VERSION);

  private static final Field<Result<Record3<String, Integer, String>>> NAMES =
      multiset(
              select(ORGANISATION_TEXT.LANG, ORGANISATION_TEXT.POSITION, ORGANISATION_TEXT.CONTENT)
                  .from(ORGANISATION_TEXT)
                  .where(ORGANISATION_TEXT.ORGANISATION_ID.eq(ORGANISATION.ID)))
          .as("names");
  private static final Field<Result<Record4<Integer, String, String, String>>> LINKS =
      multiset(
              select(
                      ORGANISATION_LINK.POSITION,
                      ORGANISATION_LINK.URI,
                      ORGANISATION_LINK.TITLE,
                      ORGANISATION_LINK.LINK_KIND)
                  .from(ORGANISATION_LINK)
                  .where(ORGANISATION_LINK.ORGANISATION_ID.eq(ORGANISATION.ID)))
          .as("links");
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      multiset(
              select(
                      ORGANISATION_EXTERNAL_ID.POSITION,
                      ORGANISATION_EXTERNAL_ID.SCHEME,
                      ORGANISATION_EXTERNAL_ID.ID_VALUE)
                  .from(ORGANISATION_EXTERNAL_ID)
                  .where(ORGANISATION_EXTERNAL_ID.ORGANISATION_ID.eq(ORGANISATION.ID)))
          .as("external_ids");

  private static final List<SelectField<?>> SELECT = selection();

  private final TransactionContext transaction;

  JdbcOrganisationStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Organisation> get(OrganisationId id) {
    try {
      return transaction
          .read()
          .select(SELECT)
          .from(ORGANISATION)
          .where(ORGANISATION.ID.eq(ColumnValues.id(id.value())))
          .fetchOptional(JdbcOrganisationStore::organisation);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Organisation> getForUpdate(OrganisationId id) {
    try {
      transaction.lockRow(ORGANISATION, ORGANISATION.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<OrganisationId> existing(Collection<OrganisationId> ids) {
    try {
      return transaction
          .existing(
              ORGANISATION, ORGANISATION.ID, ids.stream().map(OrganisationId::toString).toList())
          .stream()
          .map(id -> OrganisationId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Organisation> find(OrganisationQuery query) {
    List<Organisation> found;
    try {
      found = pageQuery(transaction.read(), query).fetch(JdbcOrganisationStore::organisation);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return Pages.of(found, query.limit(), OrganisationSearch::cursorAfter);
  }

  /** The statement {@link #find} runs, for at most {@code limit + 1} organisations. */
  static ResultQuery<Record> pageQuery(DSLContext dsl, OrganisationQuery query) {
    var k = ORGANISATION.as("k");
    List<Condition> where = new ArrayList<>();
    if (!query.types().isEmpty()) {
      where.add(k.ORG_TYPE.in(query.types().stream().map(Enum::name).toList()));
    }
    if (!query.countries().isEmpty()) {
      where.add(k.COUNTRY.in(query.countries().stream().map(c -> c.alpha2()).toList()));
    }
    if (!query.parents().isEmpty()) {
      where.add(k.PARENT_ID.in(query.parents().stream().map(Object::toString).toList()));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              ORGANISATION_EXTERNAL_ID,
              ORGANISATION_EXTERNAL_ID.ORGANISATION_ID,
              ORGANISATION_EXTERNAL_ID.SCHEME,
              ORGANISATION_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
    }
    if (query.text() != null) {
      where.add(k.SEARCH_TEXT.contains(query.text()));
    }
    return SortKeyPages.of(
        dsl,
        k,
        k.ID,
        k.SORT_KEY,
        where,
        query.direction(),
        query.after(),
        query.limit(),
        SELECT,
        ORGANISATION,
        ORGANISATION.ID);
  }

  private static Organisation organisation(Record r) {
    String id = r.get(ORGANISATION.ID).strip();
    Map<String, TreeMap<Integer, LocalizedText>> names =
        TextRows.read(
            r.get(NAMES).map(n -> new TextRows.Row(NAME, 0, n.value1(), n.value2(), n.value3())));
    List<Link> links = LinkAndIdRows.links(r.get(LINKS));
    List<ExternalId> externalIds = LinkAndIdRows.externalIds(r.get(EXTERNAL_IDS));
    String parent = r.get(ORGANISATION.PARENT_ID);
    return Organisation.builder()
        .id(OrganisationId.of(ColumnValues.uuid(id)))
        .name(TextRows.required(names, NAME, "organisation " + id))
        .acronym(r.get(ORGANISATION.ACRONYM))
        .type(ColumnValues.enumValue(OrganisationType.class, r.get(ORGANISATION.ORG_TYPE)))
        .country(ColumnValues.countryOrNull(r.get(ORGANISATION.COUNTRY)))
        .parent(parent == null ? null : OrganisationId.of(ColumnValues.uuid(parent)))
        .links(links)
        .externalIds(externalIds)
        .version(r.get(ORGANISATION.VERSION))
        .createdAt(r.get(ORGANISATION.CREATED_AT))
        .updatedAt(r.get(ORGANISATION.UPDATED_AT))
        .build();
  }

  // Writing.

  @Override
  public void insert(Organisation organisation) {
    DSLContext dsl = transaction.write();
    try {
      rows(List.of(organisation)).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(organisation));
    }
  }

  @Override
  public void update(Organisation organisation, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(organisation.id().value());
    try {
      OWN_ROW.replace(dsl, id, expectedVersion, rows(List.of(organisation)), CHILDREN);
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(organisation));
    }
  }

  @Override
  public void delete(OrganisationId id, long expectedVersion) {
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

  /** The rows of {@code organisations}: {@code organisation} rows first, then the children's. */
  static List<TableRows> rows(Collection<Organisation> organisations) {
    TableRows root = new TableRows(ORGANISATION, ROOT);
    TableRows names =
        new TableRows(
            ORGANISATION_TEXT,
            List.of(
                ORGANISATION_TEXT.ORGANISATION_ID,
                ORGANISATION_TEXT.LANG,
                ORGANISATION_TEXT.POSITION,
                ORGANISATION_TEXT.CONTENT));
    TableRows links =
        new TableRows(
            ORGANISATION_LINK,
            List.of(
                ORGANISATION_LINK.ORGANISATION_ID,
                ORGANISATION_LINK.POSITION,
                ORGANISATION_LINK.URI,
                ORGANISATION_LINK.TITLE,
                ORGANISATION_LINK.LINK_KIND));
    TableRows externalIds =
        new TableRows(
            ORGANISATION_EXTERNAL_ID,
            List.of(
                ORGANISATION_EXTERNAL_ID.ORGANISATION_ID, ORGANISATION_EXTERNAL_ID.POSITION,
                ORGANISATION_EXTERNAL_ID.SCHEME, ORGANISATION_EXTERNAL_ID.ID_VALUE));
    for (Organisation o : organisations) {
      String id = ColumnValues.id(o.id().value());
      root.add(
          id,
          o.acronym(),
          o.type().name(),
          ColumnValues.country(o.country()),
          ColumnValues.idOrNull(o.parent()),
          ColumnValues.sortKey(OrganisationSearch.sortKey(o)),
          SearchText.of(o),
          o.version(),
          o.createdAt(),
          o.updatedAt());
      TextRows.append(names.rows(), o.name(), id);
      for (int i = 0; i < o.links().size(); i++) {
        Link link = o.links().get(i);
        links.add(id, i, link.uri().toString(), link.title(), link.kind().name());
      }
      for (int i = 0; i < o.externalIds().size(); i++) {
        ExternalId x = o.externalIds().get(i);
        externalIds.add(id, i, x.scheme(), x.value());
      }
    }
    return List.of(root, names, links, externalIds);
  }

  private TransactionContext.WriteFacts context(Organisation organisation) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return field.equals("Organisation.id") ? organisation.id().toString() : null;
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return organisation.parent() == null ? null : organisation.parent().toString();
      }
    };
  }

  private static Map<Table<?>, Field<String>> childTables() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(ORGANISATION_TEXT, ORGANISATION_TEXT.ORGANISATION_ID);
    children.put(ORGANISATION_LINK, ORGANISATION_LINK.ORGANISATION_ID);
    children.put(ORGANISATION_EXTERNAL_ID, ORGANISATION_EXTERNAL_ID.ORGANISATION_ID);
    return children;
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(ORGANISATION.fields()));
    fields.addAll(List.of(NAMES, LINKS, EXTERNAL_IDS));
    return List.copyOf(fields);
  }
}
