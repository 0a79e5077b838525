package org.coopkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coopkit.model.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * The plain JDBC baseline: for each chunk of {@value #EVENTS_PER_TRANSACTION} events, one
 * transaction that writes every event table's rows with one prepared {@code INSERT} per table
 * (prepared once for the whole load), sent in batches of {@value #BATCH_SIZE} rows, with typed
 * setters. On PostgreSQL the connection has {@code reWriteBatchedInserts=true} ({@link
 * BenchSchema#connect}).
 */
final class PlainJdbcLoader {
  /** Rows per JDBC batch. */
  static final int BATCH_SIZE = 1_000;

  /** Events per transaction: the same as coopkit's default bulk chunk. */
  static final int EVENTS_PER_TRANSACTION = 1_000;

  private PlainJdbcLoader() {}

  /** Inserts the events' rows; the connection is left in auto-commit off. */
  static void load(Connection connection, List<Event> events) throws SQLException {
    connection.setAutoCommit(false);
    Map<EventRows, PreparedStatement> statements = new EnumMap<>(EventRows.class);
    try {
      for (EventRows table : EventRows.values()) {
        statements.put(table, connection.prepareStatement(table.insertSql()));
      }
      int[] batched = new int[EventRows.values().length];
      for (int from = 0; from < events.size(); from += EVENTS_PER_TRANSACTION) {
        List<Event> chunk =
            events.subList(from, Math.min(events.size(), from + EVENTS_PER_TRANSACTION));
        for (EventRows table : EventRows.values()) {
          PreparedStatement insert = statements.get(table);
          List<EventRows.Column> columns = table.columns();
          for (Event event : chunk) {
            table.rows(
                event,
                event.id().toString(),
                row -> {
                  try {
                    for (int i = 0; i < row.length; i++) {
                      set(insert, i + 1, columns.get(i).type(), row[i]);
                    }
                    insert.addBatch();
                    if (++batched[table.ordinal()] == BATCH_SIZE) {
                      insert.executeBatch();
                      batched[table.ordinal()] = 0;
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException("insert into " + table.table() + " failed", e);
                  }
                });
          }
          if (batched[table.ordinal()] > 0) {
            insert.executeBatch();
            batched[table.ordinal()] = 0;
          }
        }
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      for (PreparedStatement statement : statements.values()) {
        statement.close();
      }
    }
  }

  private static void set(PreparedStatement insert, int index, int type, @Nullable Object value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, type);
      return;
    }
    switch (type) {
      case Types.CHAR, Types.VARCHAR -> insert.setString(index, (String) value);
      case Types.INTEGER -> insert.setInt(index, (Integer) value);
      case Types.BIGINT -> insert.setLong(index, (Long) value);
      case Types.BOOLEAN -> insert.setBoolean(index, (Boolean) value);
      default -> insert.setObject(index, value);
    }
  }
}
