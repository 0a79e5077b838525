package org.coopkit.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;

/**
 * Rows to insert into one table: its columns, and each row's values in the same order, as the
 * database holds them. A column whose jOOQ field has a converter (an {@code Instant} stored as a
 * UTC date-time) takes the model's value in {@link #add}, converted there once, so that every
 * statement, batch or {@code COPY} binds the rows as they are.
 */
final class TableRows {
  /** Rows sent per JDBC batch. */
  static final int BATCH_SIZE = 1_000;

  private final Table<?> table;
  private final List<Field<?>> fields;
  private final List<Object[]> rows = new ArrayList<>();

  /** Each column's converter to the database's value, or {@code null} where none is needed. */
  private final @Nullable Converter<Object, Object>[] converters;

  /**
   * No rows yet.
   *
   * @param table the table
   * @param fields its columns, in the order of the values
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array; each converter takes its field's
  TableRows(Table<?> table, List<Field<?>> fields) {
    this.table = table;
    this.fields = List.copyOf(fields);
    this.converters = new Converter[fields.size()];
    for (int i = 0; i < converters.length; i++) {
      Converter<?, ?> converter = fields.get(i).getConverter();
      if (converter.fromType() != converter.toType()) {
        converters[i] = (Converter<Object, Object>) converter;
      }
    }
  }

  /**
   * No rows yet, in the table of {@code columns}.
   *
   * @param first the first column; a child table's names the aggregate its rows belong to ({@link
   *     VersionedRows.OwnRow#replace} deletes them by it)
   * @param rest the other columns, in the order of the values
   */
  static TableRows of(TableField<?, ?> first, Field<?>... rest) {
    List<Field<?>> fields = new ArrayList<>(rest.length + 1);
    fields.add(first);
    fields.addAll(Arrays.asList(rest));
    return new TableRows(first.getTable(), fields);
  }

  /** The table. */
  Table<?> table() {
    return table;
  }

  /** Its columns, in the order of the values. */
  List<Field<?>> fields() {
    return fields;
  }

  /**
   * The rows, each as long as {@link #fields()}, in the database's values; where no column has a
   * converter, rows may be appended to it directly (as {@link TextRows#append} does).
   */
  List<Object[]> rows() {
    return rows;
  }

  /**
   * Adds a row; the values come in the order of {@link #fields()}, as the model has them: a
   * column's converter, if any, makes the database's value.
   */
  TableRows add(@Nullable Object... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          table.getName() + " has " + fields.size() + " columns, not " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Converter<Object, Object> converter = converters[i];
      if (converter != null && values[i] != null) {
        values[i] = converter.to(values[i]);
      }
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
                FailedWriteException.Operation.INSERT, table.getName(), e);
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
                FailedWriteException.Operation.INSERT, table.getName(), e);
          }
        });
  }

  /**
   * The one row as a column-to-value map, for an {@code UPDATE … SET}, without {@code skip}; values
   * in the model's form again, as jOOQ binds a field with a converter through it.
   */
  Map<Field<?>, @Nullable Object> asAssignments(Field<?> skip) {
    if (rows.size() != 1) {
      throw new IllegalStateException(
          "one row expected in " + table.getName() + ", not " + rows.size());
    }
    Map<Field<?>, @Nullable Object> assignments = new LinkedHashMap<>();
    Object[] row = rows.get(0);
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).equals(skip)) {
        Converter<Object, Object> converter = converters[i];
        assignments.put(
            fields.get(i), converter == null || row[i] == null ? row[i] : converter.from(row[i]));
      }
    }
    return assignments;
  }

  @Override
  public String toString() {
    return table.getName() + " " + Arrays.toString(fields.toArray()) + " × " + rows.size();
  }
}
