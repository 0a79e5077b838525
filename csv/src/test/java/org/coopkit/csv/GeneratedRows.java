package org.coopkit.csv;

import java.io.Reader;
import java.util.function.LongFunction;

/**
 * A CSV file made while it is read: a header, then {@code rows} rows, each made when the reader
 * reaches it, so no test holds the whole file. Each {@link #read(char[], int, int)} hands out at
 * most one line, so the parser never reads further ahead than the row it is on and the next.
 */
final class GeneratedRows extends Reader {
  private final String header;
  private final long rows;
  private final LongFunction<String> row;
  private long made;
  private String line;
  private int position;

  /**
   * @param header the header line, without a line end
   * @param rows how many rows follow it
   * @param row the row numbered from 0, without a line end
   */
  GeneratedRows(String header, long rows, LongFunction<String> row) {
    this.header = header;
    this.rows = rows;
    this.row = row;
    this.line = header + "\r\n";
  }

  /** How many rows (not counting the header) have been made so far. */
  long made() {
    return made;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (position == line.length()) {
      if (made == rows) {
        return -1;
      }
      line = row.apply(made++) + "\r\n";
      position = 0;
    }
    int n = Math.min(length, line.length() - position);
    line.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {
    // Nothing to release.
  }

  @Override
  public String toString() {
    return "GeneratedRows[" + header + ", " + made + " of " + rows + " made]";
  }
}
