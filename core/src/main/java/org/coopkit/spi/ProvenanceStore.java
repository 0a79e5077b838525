package org.coopkit.spi;

import java.util.Optional;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;

/**
 * Stores where facts come from, one {@link FactProvenance} per fact, keyed by the fact (aggregate
 * kind, aggregate id, path), apart from the aggregates: an aggregate's record does not grow with
 * its citations, and an aggregate stored before 0.2.0 needs no change. Called by coopkit's services
 * inside {@link Storage#inTransaction}, after they have checked the rules and that the aggregate
 * and the sources exist.
 *
 * <p>Implementors must guarantee what {@link AggregateStore} does for versions: {@link #update} and
 * {@link #delete} compare the expected version with the stored one at the moment of the write, so
 * of two concurrent writers exactly one succeeds. A database store should keep the sources a fact
 * rests on so that a source cited by a fact cannot be deleted (a foreign key).
 *
 * @since 0.2.0
 */
public interface ProvenanceStore {
  /**
   * The provenance of a fact, if stored.
   *
   * @param fact the fact
   * @return the provenance, or empty
   */
  Optional<FactProvenance> get(Fact fact);

  /**
   * The provenance of a fact, read to be changed in this read-write transaction; see {@link
   * AggregateStore#getForUpdate}. The default returns {@link #get}, right for a store whose writers
   * run one at a time.
   *
   * @param fact the fact
   * @return the provenance, or empty
   */
  default Optional<FactProvenance> getForUpdate(Fact fact) {
    return get(fact);
  }

  /**
   * Stores the provenance of a fact that has none.
   *
   * @param provenance the provenance, at version 1
   * @throws org.coopkit.error.DuplicateException if the fact has provenance already
   */
  void insert(FactProvenance provenance);

  /**
   * Replaces the provenance of a fact, if its stored version is {@code expectedVersion}.
   *
   * @param provenance the new state, its version raised
   * @param expectedVersion the version read
   * @throws org.coopkit.error.NotFoundException if the fact has none
   * @throws org.coopkit.error.ConflictException if the stored version differs
   */
  void update(FactProvenance provenance, long expectedVersion);

  /**
   * Removes the provenance of a fact, if its stored version is {@code expectedVersion}.
   *
   * @param fact the fact
   * @param expectedVersion the version read
   * @throws org.coopkit.error.NotFoundException if the fact has none
   * @throws org.coopkit.error.ConflictException if the stored version differs
   */
  void delete(Fact fact, long expectedVersion);

  /**
   * One page of the provenance that passes every filter of the query, after its cursor, in the
   * order of the facts; a next cursor exactly when more match: the page's last fact as {@link
   * FactQuery#after(String)} reads it.
   *
   * @param query the filters, cursor and page size
   * @return the page
   */
  Page<FactProvenance> find(FactQuery query);
}
