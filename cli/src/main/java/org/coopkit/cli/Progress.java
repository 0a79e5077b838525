package org.coopkit.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error for work that takes more than a moment: after {@link
 * #QUIET_NANOS}, then at most once per {@link #EVERY_NANOS}, it rewrites one line with how much has
 * been read or written. Short runs, like tests, print nothing, nor does a file read to its end.
 */
final class Progress {
  /** How long work runs before the line first appears. */
  static final long QUIET_NANOS = 2_000_000_000L;

  /** How often the line is rewritten. */
  static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String verb;
  private final long total;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private long bytes;
  private boolean shown;

  /**
   * @param err where the line goes
   * @param verb what is happening, e.g. "importing"
   * @param total the number of bytes expected, or -1 if not known
   */
  Progress(PrintWriter err, String verb, long total) {
    this.err = err;
    this.verb = verb;
    this.total = total;
  }

  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          advance(n);
        }
        return n;
      }
    };
  }

  OutputStream counting(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        advance(1);
      }

      @Override
      public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        advance(length);
      }
    };
  }

  /** Ends the line if one was shown, so that what follows starts on a line of its own. */
  void finish() {
    if (shown) {
      show();
      err.println();
      err.flush();
    }
  }

  private void advance(long n) {
    bytes += n;
    long now = System.nanoTime();
    boolean done = total > 0 && bytes >= total;
    if (!done && now - started >= QUIET_NANOS && now - lastShown >= EVERY_NANOS) {
      lastShown = now;
      show();
    }
  }

  private void show() {
    shown = true;
    String line = "\r" + verb + ": " + megabytes(bytes);
    if (total > 0) {
      line +=
          " of " + megabytes(total) + String.format(Locale.ROOT, " (%d%%)", bytes * 100 / total);
    }
    err.print(line);
    err.flush();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
