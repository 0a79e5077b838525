package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_TEXT;

import java.util.Collection;
import java.util.List;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.internal.SearchText;

/**
 * The rows an organisation is written as: its {@code organisation} row, with the sort key and
 * search text that pages read, and the rows of each child table ({@code organisation_text}, {@code
 * organisation_link}, {@code organisation_external_id}). Apart from {@link JdbcOrganisationStore}
 * so that the mapping of an organisation to columns reads on its own.
 */
final class OrganisationTableRows {
  /**
   * The {@code field_name} of an organisation's name in {@code organisation_text}: the only one.
   */
  static final String NAME = "";

  private OrganisationTableRows() {}

  /** The rows of {@code organisations}: {@code organisation} rows first, then the children's. */
  static List<TableRows> of(Collection<Organisation> organisations) {
    TableRows root =
        TableRows.of(
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
    TableRows names =
        TableRows.of(
            ORGANISATION_TEXT.ORGANISATION_ID,
            ORGANISATION_TEXT.LANG,
            ORGANISATION_TEXT.POSITION,
            ORGANISATION_TEXT.CONTENT);
    TableRows links =
        TableRows.of(
            ORGANISATION_LINK.ORGANISATION_ID,
            ORGANISATION_LINK.POSITION,
            ORGANISATION_LINK.URI,
            ORGANISATION_LINK.TITLE,
            ORGANISATION_LINK.LINK_KIND);
    TableRows externalIds =
        TableRows.of(
            ORGANISATION_EXTERNAL_ID.ORGANISATION_ID, ORGANISATION_EXTERNAL_ID.POSITION,
            ORGANISATION_EXTERNAL_ID.SCHEME, ORGANISATION_EXTERNAL_ID.ID_VALUE);
    for (Organisation o : organisations) {
      String id = ColumnValues.id(o.id().value());
      root.add(
          id,
          o.acronym(),
          o.type(),
          o.country(),
          ColumnValues.idOrNull(o.parent()),
          ColumnValues.sortKey(OrganisationQuery.sortKey(o)),
          SearchText.of(o),
          o.version(),
          o.createdAt(),
          o.updatedAt());
      TextRows.append(names.rows(), o.name(), id);
      for (int i = 0; i < o.links().size(); i++) {
        Link link = o.links().get(i);
        links.add(id, i, link.uri().toString(), link.title(), link.kind());
      }
      for (int i = 0; i < o.externalIds().size(); i++) {
        ExternalId x = o.externalIds().get(i);
        externalIds.add(id, i, x.scheme(), x.value());
      }
    }
    return List.of(root, names, links, externalIds);
  }
}
