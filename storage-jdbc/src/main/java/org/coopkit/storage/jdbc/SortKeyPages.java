package org.coopkit.storage.jdbc;

import java.util.Collection;
import java.util.List;
import org.coopkit.query.Cursor;
import org.coopkit.query.SortDirection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * The keyset read of a page ordered by a sort key, then id, as contacts and organisations are: the
 * ids and keys of at most {@code limit + 1} rows after the cursor in a derived table, joined back
 * to the rows whose columns the page selects.
 */
final class SortKeyPages {
  private SortKeyPages() {}

  /**
   * The statement of one page.
   *
   * @param keys the table the filters name (an alias, so that they can nest sub-selects)
   * @param id its id column
   * @param sortKey its sort key column
   * @param where the query's filters
   * @param direction the query's order
   * @param after the query's cursor, or {@code null} for the first page
   * @param limit the query's page size
   * @param select what each row of the page holds
   * @param rows the table the page is joined back to
   * @param rowsId that table's id column
   */
  static ResultQuery<Record> of(
      DSLContext dsl,
      Table<?> keys,
      Field<String> id,
      Field<String> sortKey,
      List<Condition> where,
      SortDirection direction,
      @Nullable Cursor after,
      int limit,
      Collection<? extends SelectField<?>> select,
      Table<?> rows,
      Field<String> rowsId) {
    boolean ascending = direction == SortDirection.ASCENDING;
    SelectSeekStep2<Record2<String, String>, String, String> ordered =
        dsl.select(id, sortKey)
            .from(keys)
            .where(where)
            .orderBy(ascending ? sortKey.asc() : sortKey.desc(), ascending ? id.asc() : id.desc());
    Select<Record2<String, String>> keyset =
        after == null
            ? ordered.limit(limit + 1)
            : ordered
                .seek(SortKeyColumn.stored(after.sortKey()), IdText.of(after.id()))
                .limit(limit + 1);
    Table<Record2<String, String>> page = keyset.asTable("page");
    Field<String> pageId = page.field(id);
    Field<String> pageKey = page.field(sortKey);
    return dsl.select(select)
        .from(page.join(rows).on(rowsId.eq(pageId)))
        .orderBy(
            ascending ? pageKey.asc() : pageKey.desc(), ascending ? pageId.asc() : pageId.desc());
  }
}
