package org.coopkit.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.error.ConflictException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.NotFoundException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;

/**
 * Versioned writes of an aggregate's own row: {@code UPDATE} or {@code DELETE … WHERE id = ? AND
 * version = ?}, and why no row matched when none did. Every store writes its root row this way (a
 * fact's provenance, keyed by three columns, through {@link Row}), so that of two writers that read
 * the same version one fails with a {@link ConflictException}; the child rows are then replaced by
 * {@link #deleteChildren} and a new insert ({@link OwnRow#replace} does all three).
 */
final class VersionedRows {
  private VersionedRows() {}

  /**
   * One versioned row, written only while it holds the version the caller read: {@code UPDATE} or
   * {@code DELETE … WHERE key AND version = ?}, and {@link #notWritten} when no row matched. The
   * key is a condition, for rows keyed by several columns (a fact's provenance); {@link OwnRow}
   * makes it of an aggregate's id.
   *
   * @param kind the kind of aggregate (or record) the row holds, for messages
   * @param table its table
   * @param versionField its version column
   * @param key the condition that selects it, and only it
   * @param id how the row is named in messages
   */
  record Row(String kind, Table<?> table, Field<Long> versionField, Condition key, String id) {

    /** Sets the row's columns to {@code assignments}, marking a failure as an update of it. */
    void update(DSLContext dsl, long expectedVersion, Map<? extends Field<?>, ?> assignments) {
      int updated =
          FailedWriteException.marking(
              FailedWriteException.Operation.UPDATE,
              table,
              () ->
                  dsl.update(table)
                      .set(assignments)
                      .where(key.and(versionField.eq(expectedVersion)))
                      .execute());
      if (updated == 0) {
        throw notWritten(dsl, expectedVersion);
      }
    }

    /** Deletes the row, marking a failure as a delete from its table. */
    void delete(DSLContext dsl, long expectedVersion) {
      int deleted =
          FailedWriteException.marking(
              FailedWriteException.Operation.DELETE,
              table,
              () ->
                  dsl.deleteFrom(table).where(key.and(versionField.eq(expectedVersion))).execute());
      if (deleted == 0) {
        throw notWritten(dsl, expectedVersion);
      }
    }

    /**
     * Why an {@code UPDATE} or {@code DELETE} at {@code expectedVersion} touched no row: the row is
     * gone ({@link NotFoundException}) or has another version ({@link ConflictException}).
     */
    CoopkitException notWritten(DSLContext dsl, long expectedVersion) {
      Long actual =
          dsl.select(versionField).from(table).where(key).fetchOptional(versionField).orElse(null);
      if (actual == null) {
        return new NotFoundException(kind, id);
      }
      return new ConflictException(kind, id, expectedVersion, actual);
    }
  }

  /**
   * An aggregate's own row, keyed by its id ({@link Row}), with the writes of an update that
   * replaces its child rows.
   */
  record OwnRow(String kind, Table<?> table, Field<String> idField, Field<Long> versionField) {

    /** The row of {@code id}. */
    Row row(String id) {
      return new Row(kind, table, versionField, idField.eq(id), id);
    }

    /** Sets the row of {@code id} to {@code own}'s one row (its id aside). */
    void update(DSLContext dsl, String id, long expectedVersion, TableRows own) {
      row(id).update(dsl, expectedVersion, own.asAssignments(idField));
    }

    /**
     * Writes the aggregate of {@code id} anew over the version the caller read: its own row set to
     * {@code rows}' first, then the rows of every table of {@code children} deleted and the rest of
     * {@code rows} inserted. The write every store makes of an update.
     *
     * @param rows the aggregate's own row first, then its child tables' rows
     * @param children each child table and its column naming the aggregate
     */
    void replace(
        DSLContext dsl,
        String id,
        long expectedVersion,
        List<TableRows> rows,
        Map<Table<?>, Field<String>> children) {
      update(dsl, id, expectedVersion, rows.get(0));
      deleteChildren(dsl, children, List.of(id));
      rows.subList(1, rows.size()).forEach(table -> table.insert(dsl));
    }

    /**
     * As {@link #replace(DSLContext, String, long, List, Map)}, the child tables being those of
     * {@code rows} after the first, each naming the aggregate in its first column.
     */
    void replace(DSLContext dsl, String id, long expectedVersion, List<TableRows> rows) {
      replace(dsl, id, expectedVersion, rows, owners(rows.subList(1, rows.size())));
    }

    /** Deletes the row of {@code id}; its child rows go with it (the schema cascades). */
    void delete(DSLContext dsl, String id, long expectedVersion) {
      row(id).delete(dsl, expectedVersion);
    }
  }

  /** Each table of {@code children} and its first column, which names the aggregate of a row. */
  @SuppressWarnings("unchecked") // checked: a String column
  static Map<Table<?>, Field<String>> owners(List<TableRows> children) {
    Map<Table<?>, Field<String>> owners = new LinkedHashMap<>();
    for (TableRows child : children) {
      Field<?> owner = child.fields().get(0);
      if (owner.getType() != String.class) {
        throw new IllegalStateException(
            child.table().getName() + " does not name its aggregate first: " + owner);
      }
      owners.put(child.table(), (Field<String>) owner);
    }
    return owners;
  }

  /**
   * Deletes the child rows of the given owners from every child table, in one batch (the ids are
   * UUIDs, so inlining them is safe).
   */
  static void deleteChildren(
      DSLContext dsl, Map<Table<?>, Field<String>> children, Collection<String> owners) {
    List<Query> deletes = new ArrayList<>();
    children.forEach((table, owner) -> deletes.add(dsl.deleteFrom(table).where(owner.in(owners))));
    FailedWriteException.marking(
        FailedWriteException.Operation.DELETE, null, () -> dsl.batch(deletes).execute());
  }
}
