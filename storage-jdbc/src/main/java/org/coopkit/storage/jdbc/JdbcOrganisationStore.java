package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;

import java.util.List;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.spi.OrganisationStore;
import org.jspecify.annotations.Nullable;

/**
 * Organisations in the tables {@code organisation} and {@code organisation_*}. Reads are one
 * statement each (MULTISET).
 *
 * <p>The store runs the statements and translates their failures; what they hold is elsewhere: the
 * rows an organisation is written as in {@link OrganisationTableRows}, a page's keyset query in
 * {@link OrganisationPageQuery}, and the way back from rows to organisations in {@link
 * OrganisationReader}.
 */
final class JdbcOrganisationStore
    extends JdbcAggregateStore<OrganisationId, Organisation, OrganisationQuery>
    implements OrganisationStore {
  static final String KIND = "Organisation";

  JdbcOrganisationStore(TransactionContext transaction) {
    super(
        transaction,
        new VersionedRows.OwnRow(KIND, ORGANISATION, ORGANISATION.ID, ORGANISATION.VERSION),
        OrganisationReader.SELECT,
        OrganisationReader::organisation,
        OrganisationTableRows::of,
        Organisation::id,
        OrganisationId::of,
        OrganisationId::value);
  }

  @Override
  public Page<Organisation> find(OrganisationQuery query) {
    List<Organisation> found = fetch(dsl -> OrganisationPageQuery.of(dsl, query));
    return Pages.of(found, query.limit(), OrganisationSearch::cursorAfter);
  }

  @Override
  TransactionContext.WriteFacts deleteFacts(OrganisationId id) {
    return referencedAs(id);
  }

  /** What a failed write of an organisation can tell: only one is written at a time. */
  @Override
  TransactionContext.WriteFacts writeFacts(List<Organisation> organisations) {
    Organisation organisation = organisations.get(0);
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return field.equals("Organisation.id") ? List.of(organisation.id().toString()) : List.of();
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return organisation.parent() == null ? null : organisation.parent().toString();
      }
    };
  }
}
