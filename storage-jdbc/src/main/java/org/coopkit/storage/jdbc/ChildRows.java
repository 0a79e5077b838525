package org.coopkit.storage.jdbc;

import static org.jooq.impl.DSL.multiset;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectSelectStep;
import org.jooq.TableField;

/**
 * A child table's rows read beside their aggregate's row, as a MULTISET: every reader selects an
 * aggregate's lists this way, so that one statement returns the aggregate whole.
 */
final class ChildRows {
  private ChildRows() {}

  /**
   * The rows of {@code owner}'s table whose {@code owner} column is {@code ownerId}, with {@code
   * columns}, as a field named {@code name}.
   *
   * @param name the field's name in the statement
   * @param owner the child table's column naming the aggregate
   * @param ownerId the aggregate's id column in the outer statement
   * @param columns the columns to read, such as {@code select(PROJECT_LINK.POSITION, …)}
   */
  static <R extends Record> Field<Result<R>> of(
      String name,
      TableField<?, String> owner,
      Field<String> ownerId,
      SelectSelectStep<R> columns) {
    return multiset(columns.from(owner.getTable()).where(owner.eq(ownerId))).as(name);
  }
}
