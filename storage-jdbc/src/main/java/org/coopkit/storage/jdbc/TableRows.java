package org.coopkit.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Rows to insert into one table: its columns, and each row's values in the same order.
 *
 * @param table the table
 * @param fields its columns, in the order of the values
 * @param rows the rows, each as long as {@code fields}
 */
record TableRows(Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
  /** Rows sent per JDBC batch. */
  static final int BATCH_SIZE = 1_000;

  TableRows(Table<?> table, List<Field<?>> fields) {
    this(table, fields, new ArrayList<>());
  }

  /** Adds a row; the values come in the order of {@link #fields()}. */
  TableRows add(Object... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          table.getName() + " has " + fields.size() + " columns, not " + values.length);
    }
    rows.add(values);
    return this;
  }

  /**
   * Inserts every row with one prepared statement, as a JDBC batch: one round trip, which the
   * PostgreSQL driver (with {@code reWriteBatchedInserts=true}, as {@code Pools} sets it) sends as
   * multi-row inserts and MariaDB's as a bulk operation. Measured faster than jOOQ's own batch and
   * multi-row {@code VALUES}, whose per-value objects cost more than the database on large loads.
   * Does nothing without rows.
   *
   * @throws FailedWriteException if the database refuses a row, marked as an insert into this table
   */
  void insert(DSLContext dsl) {
    if (rows.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    String sql =
        dsl.render(dsl.insertInto((Table<Record>) table, fields).values(new Object[fields.size()]));
    int[] types = new int[fields.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = fields.get(i).getDataType().getSQLType();
    }
    dsl.connection(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int batched = 0;
            for (Object[] row : rows) {
              for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                  statement.setNull(i + 1, types[i]);
                } else {
                  statement.setObject(i + 1, row[i]);
                }
              }
              if (rows.size() == 1) {
                statement.executeUpdate();
                return;
              }
              statement.addBatch();
              if (++batched % BATCH_SIZE == 0) {
                statement.executeBatch();
              }
            }
            statement.executeBatch();
          } catch (SQLException e) {
            throw new FailedWriteException(
                "SQL [" + sql + "]; " + e.getMessage(),
                FailedWriteException.Operation.INSERT,
                table.getName(),
                e);
          }
        });
  }

  /**
   * Inserts every row as {@link #insert} does, but on PostgreSQL by {@code COPY … FROM STDIN} (see
   * {@link PostgresCopy}), which moves the rows of a bulk load in a fraction of a batch's time. The
   * same transaction, the same constraints checked, and a failure marked as {@link #insert}'s is,
   * so that it is translated alike.
   *
   * @throws FailedWriteException if the database refuses a row
   */
  void insertInBulk(DSLContext dsl) {
    if (rows.isEmpty()) {
      return;
    }
    if (dsl.dialect().family() != SQLDialect.POSTGRES) {
      insert(dsl);
      return;
    }
    dsl.connection(
        connection -> {
          if (!PostgresCopy.supports(connection)) {
            insert(dsl);
            return;
          }
          try {
            PostgresCopy.copy(connection, table.getName(), fields, rows);
          } catch (SQLException e) {
            throw new FailedWriteException(
                "SQL [insert into " + table.getName() + " by COPY FROM STDIN]; " + e.getMessage(),
                FailedWriteException.Operation.INSERT,
                table.getName(),
                e);
          }
        });
  }

  /** The one row as a column-to-value map, for an {@code UPDATE … SET}, without {@code skip}. */
  Map<Field<?>, Object> asAssignments(Field<?> skip) {
    if (rows.size() != 1) {
      throw new IllegalStateException(
          "one row expected in " + table.getName() + ", not " + rows.size());
    }
    Map<Field<?>, Object> assignments = new LinkedHashMap<>();
    Object[] row = rows.get(0);
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).equals(skip)) {
        assignments.put(fields.get(i), row[i]);
      }
    }
    return assignments;
  }

  @Override
  public String toString() {
    return table.getName() + " " + Arrays.toString(fields.toArray()) + " × " + rows.size();
  }
}
