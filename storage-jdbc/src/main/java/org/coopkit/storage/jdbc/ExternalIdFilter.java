package org.coopkit.storage.jdbc;

import static org.jooq.impl.DSL.select;

import java.util.Collection;
import org.coopkit.model.ExternalId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The external id filter of a query: the aggregate's id is among the owners of a row of its {@code
 * *_external_id} table with one of the identifiers, read from the index on {@code (scheme,
 * id_value, owner)} (V3).
 */
final class ExternalIdFilter {
  private ExternalIdFilter() {}

  /**
   * @param id the aggregate's id column in the query
   * @param table the aggregate's external id table
   * @param owner the table's column naming the aggregate
   * @param scheme the table's scheme column
   * @param value the table's value column
   * @param externalIds the identifiers, any of which an aggregate must carry; not empty
   */
  static Condition carrying(
      Field<String> id,
      Table<?> table,
      Field<String> owner,
      Field<String> scheme,
      Field<String> value,
      Collection<ExternalId> externalIds) {
    return id.in(
        select(owner)
            .from(table)
            .where(
                DSL.or(
                    externalIds.stream()
                        .map(x -> scheme.eq(x.scheme()).and(value.eq(x.value())))
                        .toList())));
  }
}
