package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_TEXT;

import java.util.Collection;
import java.util.List;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.query.internal.OrganisationSearch;
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

  /** The columns of {@code organisation_link}. */
  static final LinkAndIdRows.LinkColumns LINKS =
      LinkAndIdRows.LinkColumns.of(ORGANISATION_LINK.ORGANISATION_ID);

  /** The columns of {@code organisation_external_id}. */
  static final LinkAndIdRows.ExternalIdColumns EXTERNAL_IDS =
      LinkAndIdRows.ExternalIdColumns.of(ORGANISATION_EXTERNAL_ID.ORGANISATION_ID);

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
    TableRows links = LINKS.rows();
    TableRows externalIds = EXTERNAL_IDS.rows();
    for (Organisation o : organisations) {
      String id = IdText.of(o.id().value());
      root.add(
          id,
          o.acronym(),
          o.type(),
          o.country(),
          IdText.ofNullable(o.parent()),
          SortKeyColumn.stored(OrganisationSearch.sortKey(o)),
          SearchText.of(o),
          o.version(),
          o.createdAt(),
          o.updatedAt());
      TextRows.append(names.rows(), o.name(), id);
      LINKS.append(links, id, o.links());
      EXTERNAL_IDS.append(externalIds, id, o.externalIds());
    }
    return List.of(root, names, links, externalIds);
  }
}
