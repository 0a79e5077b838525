package org.coopkit.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything written to {@code System.out}, {@code System.err} and {@code
 * java.util.logging} while it is open, at every level, for a test to search.
 *
 * <p>SLF4J's simple binding writes to whatever {@code System.err} is when it logs, and SLF4J's JUL
 * binding logs through {@code java.util.logging}, so either is captured when on the class path.
 * Bindings that keep their own handle on the original streams (none of coopkit's modules uses one)
 * are not.
 *
 * <p>Only one capture may be open at a time.
 */
final class OutputCapture implements AutoCloseable {
  private static final AtomicBoolean OPEN = new AtomicBoolean();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, UTF_8);
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final Logger root = Logger.getLogger("");
  private final Level rootLevel = root.getLevel();
  private final Handler handler =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          synchronized (bytes) {
            stream.print(formatter.format(record));
          }
        }

        @Override
        public void flush() {
          stream.flush();
        }

        @Override
        public void close() {
          flush();
        }
      };

  private OutputCapture() {
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.ALL);
    System.setOut(stream);
    System.setErr(stream);
  }

  /**
   * Starts capturing.
   *
   * @throws IllegalStateException if another capture is open
   */
  static OutputCapture start() {
    if (!OPEN.compareAndSet(false, true)) {
      throw new IllegalStateException("another OutputCapture is open");
    }
    return new OutputCapture();
  }

  /** Everything captured so far. */
  String text() {
    synchronized (bytes) {
      stream.flush();
      return bytes.toString(UTF_8);
    }
  }

  /** Stops capturing and puts the streams and logging back as they were. */
  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
    root.removeHandler(handler);
    root.setLevel(rootLevel);
    OPEN.set(false);
  }
}
