package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
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
final class JdbcOrganisationStore implements OrganisationStore {
  static final String KIND = "Organisation";

  private static final AggregateTables<Organisation, OrganisationId> TABLES =
      new AggregateTables<>(
          new VersionedRows.OwnRow(KIND, ORGANISATION, ORGANISATION.ID, ORGANISATION.VERSION),
          OrganisationReader.SELECT,
          OrganisationReader::organisation,
          OrganisationTableRows::of,
          OrganisationTableRows.CHILDREN,
          OrganisationId::of,
          OrganisationId::value);

  private final TransactionContext transaction;

  JdbcOrganisationStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Organisation> get(OrganisationId id) {
    return TABLES.get(transaction, id);
  }

  @Override
  public Optional<Organisation> getForUpdate(OrganisationId id) {
    return TABLES.getForUpdate(transaction, id);
  }

  @Override
  public Set<OrganisationId> existing(Collection<OrganisationId> ids) {
    return TABLES.existing(transaction, ids);
  }

  @Override
  public Page<Organisation> find(OrganisationQuery query) {
    List<Organisation> found =
        TABLES.fetch(transaction, dsl -> OrganisationPageQuery.of(dsl, query));
    return Pages.of(found, query.limit(), OrganisationQuery::cursorAfter);
  }

  // Writing.

  @Override
  public void insert(Organisation organisation) {
    TABLES.insert(transaction, List.of(organisation), context(organisation));
  }

  @Override
  public void update(Organisation organisation, long expectedVersion) {
    TABLES.update(
        transaction, organisation.id(), organisation, expectedVersion, context(organisation));
  }

  @Override
  public void delete(OrganisationId id, long expectedVersion) {
    TABLES.delete(transaction, id, expectedVersion, TABLES.referencedAs(id));
  }

  /** What a failed write of {@code organisation} can tell about its failure. */
  private static TransactionContext.WriteFacts context(Organisation organisation) {
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
}
