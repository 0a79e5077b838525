package org.coopkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.coopkit.model.event.Event;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's physical limit: every event table filled by one {@code COPY … FROM STDIN} (text
 * format) with all its rows, in one transaction, through {@link CopyManager}; rows are encoded from
 * the events while they stream, 64 KiB at a time. {@link #load(Connection, List, int)} does the
 * same per chunk of events, one transaction each, as a COPY-based bulk insert with coopkit's chunks
 * would.
 */
final class CopyLoader {
  private static final int BUFFER = 64 * 1024;

  private CopyLoader() {}

  /** All events, one COPY per table, one transaction. */
  static void load(Connection connection, List<Event> events) throws SQLException {
    load(connection, events, events.size());
  }

  /** Chunks of {@code eventsPerTransaction} events, one COPY per table and chunk. */
  static void load(Connection connection, List<Event> events, int eventsPerTransaction)
      throws SQLException {
    connection.setAutoCommit(false);
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    try {
      for (int from = 0; from < events.size(); from += eventsPerTransaction) {
        List<Event> chunk =
            events.subList(from, Math.min(events.size(), from + eventsPerTransaction));
        for (EventRows table : EventRows.values()) {
          CopyIn in =
              copy.copyIn("COPY " + table.table() + " (" + table.columnList() + ") FROM STDIN");
          try {
            Encoder encoder = new Encoder(in);
            for (Event event : chunk) {
              table.rows(event, event.id().toString(), encoder::row);
            }
            encoder.flush();
            in.endCopy();
          } finally {
            if (in.isActive()) {
              in.cancelCopy();
            }
          }
        }
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
  private static final class Encoder {
    private final CopyIn in;
    private final StringBuilder text = new StringBuilder(BUFFER + 4_096);

    Encoder(CopyIn in) {
      this.in = in;
    }

    void row(Object[] row) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        Object value = row[i];
        if (value == null) {
          text.append("\\N");
        } else if (value instanceof Boolean b) {
          text.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
          escape(s);
        } else {
          // Numbers, LocalDate and LocalDateTime: their ISO text is what COPY reads.
          text.append(value);
        }
      }
      text.append('\n');
      if (text.length() >= BUFFER) {
        flush();
      }
    }

    private void escape(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }

    void flush() {
      if (text.length() == 0) {
        return;
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      try {
        in.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new IllegalStateException("COPY failed", e);
      }
      text.setLength(0);
    }
  }
}
