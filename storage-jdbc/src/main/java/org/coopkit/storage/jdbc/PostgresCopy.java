package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL by {@code COPY … FROM STDIN} in its text format, through the driver's
 * copy API. In a class of its own, loaded only when the database is PostgreSQL: the driver is an
 * optional dependency.
 *
 * <p>The text format: one line per row, columns separated by a tab, {@code \N} for null, and in
 * values a backslash, tab, line feed and carriage return written as {@code \\}, {@code \t}, {@code
 * \n} and {@code \r}; everything else is sent as it is, in UTF-8 (the driver's client encoding).
 * Values are written as the batch path's driver would send them: dates as ISO dates, timestamps
 * rounded half up to the microsecond, booleans as {@code t}/{@code f}.
 */
final class PostgresCopy {
  /** Bytes gathered before they are handed to the driver. */
  private static final int BUFFER = 64 * 1024;

  private PostgresCopy() {}

  /** Whether {@code connection} is PostgreSQL's driver's, or wraps one (a pool's proxy does). */
  static boolean supports(Connection connection) {
    try {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | LinkageError e) {
      return false;
    }
  }

  /**
   * Copies {@code rows} into {@code table}'s {@code fields}, in the connection's transaction.
   *
   * @throws SQLException as the server refused the data (the copy is then cancelled); the
   *     transaction is then aborted, as after a failed {@code INSERT}
   */
  static void copy(Connection connection, String table, List<Field<?>> fields, List<Object[]> rows)
      throws SQLException {
    StringBuilder sql = new StringBuilder("COPY ").append(table).append(" (");
    for (int i = 0; i < fields.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(fields.get(i).getName());
    }
    sql.append(") FROM STDIN");
    CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.toString());
    try {
      Encoder encoder = new Encoder(in);
      for (Object[] row : rows) {
        encoder.row(row);
      }
      encoder.flush();
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** Writes rows in COPY's text format into a byte buffer, and the buffer into the copy. */
  static final class Encoder {
    private final CopyIn in;
    private byte[] bytes = new byte[BUFFER + 1024];
    private int size;

    Encoder(CopyIn in) {
      this.in = in;
    }

    void row(Object[] row) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          put('\t');
        }
        value(row[i]);
      }
      put('\n');
      if (size >= BUFFER) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (size > 0) {
        in.writeToCopy(bytes, 0, size);
        size = 0;
      }
    }

    private void value(Object value) {
      if (value == null) {
        put('\\');
        put('N');
      } else if (value instanceof String s) {
        text(s);
      } else if (value instanceof Boolean b) {
        put(b ? 't' : 'f');
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        ascii(value.toString());
      } else if (value instanceof LocalDate d) {
        ascii(d.toString());
      } else if (value instanceof LocalDateTime t) {
        timestamp(t);
      } else {
        throw new IllegalArgumentException("no COPY text form for a " + value.getClass().getName());
      }
    }

    /** {@code yyyy-mm-dd hh:mm:ss.ffffff}, rounded half up to the microsecond. */
    private void timestamp(LocalDateTime t) {
      LocalDateTime up = t.plusNanos(500);
      LocalDateTime rounded = up.withNano(up.getNano() / 1000 * 1000);
      ascii(rounded.toLocalDate().toString());
      put(' ');
      two(rounded.getHour());
      put(':');
      two(rounded.getMinute());
      put(':');
      two(rounded.getSecond());
      put('.');
      String micros = Integer.toString(rounded.getNano() / 1000);
      for (int i = micros.length(); i < 6; i++) {
        put('0');
      }
      ascii(micros);
    }

    private void two(int n) {
      put((char) ('0' + n / 10));
      put((char) ('0' + n % 10));
    }

    private void ascii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        bytes[size++] = (byte) s.charAt(i);
      }
    }

    /** A string's characters, escaped and encoded as UTF-8. */
    private void text(String s) {
      // At most 3 bytes per char: a supplementary character is 2 chars and 4 bytes.
      ensure(3 * s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          switch (c) {
            case '\\' -> escaped('\\');
            case '\t' -> escaped('t');
            case '\n' -> escaped('n');
            case '\r' -> escaped('r');
            default -> bytes[size++] = (byte) c;
          }
        } else if (c < 0x800) {
          bytes[size++] = (byte) (0xC0 | (c >> 6));
          bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          bytes[size++] = (byte) (0xF0 | (cp >> 18));
          bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
          // coopkit's model holds well-formed text only; never send half a character.
          throw new IllegalArgumentException("unpaired surrogate at index " + i + " of a value");
        } else {
          bytes[size++] = (byte) (0xE0 | (c >> 12));
          bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
      }
    }

    private void escaped(char c) {
      // Two bytes for one char: the room ensured for three covers it.
      bytes[size++] = '\\';
      bytes[size++] = (byte) c;
    }

    private void put(char c) {
      ensure(1);
      bytes[size++] = (byte) c;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        byte[] larger = new byte[Math.max(bytes.length * 2, size + more)];
        System.arraycopy(bytes, 0, larger, 0, size);
        bytes = larger;
      }
    }
  }
}
