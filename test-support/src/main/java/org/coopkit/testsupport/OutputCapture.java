package org.coopkit.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Captures everything written to {@code System.out}, {@code System.err} and {@code
 * java.util.logging} while it is open, at every level {@code java.util.logging} is asked for, so
 * that a test can search what a storage (or a host application) logged.
 *
 * <pre>{@code
 * try (OutputCapture capture = OutputCapture.start()) {
 *   contacts.create(contact);
 *   assertThat(capture.text()).doesNotContain("marta.example@coe.example");
 * }
 * }</pre>
 *
 * <p>SLF4J's simple binding writes to whatever {@code System.err} is when it logs, and SLF4J's JUL
 * binding logs through {@code java.util.logging}, so either is captured when it is on the class
 * path (the simple binding at the level it was configured with when SLF4J started, e.g. {@code
 * -Dorg.slf4j.simpleLogger.defaultLogLevel=debug}). Bindings that keep their own handle on the
 * original streams are not captured.
 *
 * <p>{@code java.util.logging} is captured at every level for coopkit's loggers ({@code
 * org.coopkit}) and at the configured levels for everything else: a JDBC driver's wire trace, which
 * a host turns on knowingly to debug, shows bound values by design.
 *
 * <p>Only one capture may be open at a time in a JVM: it replaces global streams.
 *
 * @since 0.1.0
 */
public final class OutputCapture implements AutoCloseable {
  private static final AtomicBoolean OPEN = new AtomicBoolean();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, UTF_8);
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final Logger root = Logger.getLogger("");
  // coopkit's own loggers at every level; libraries' at the level the host configured, since a
  // driver's wire trace (FINEST) is a debugging tool a host turns on knowingly.
  private final Logger coopkit = Logger.getLogger("org.coopkit");
  private final @Nullable Level coopkitLevel = coopkit.getLevel();
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
    coopkit.setLevel(Level.ALL);
    System.setOut(stream);
    System.setErr(stream);
  }

  /**
   * Starts capturing.
   *
   * @return the open capture; close it to restore the standard streams
   * @throws IllegalStateException if another capture is open
   */
  public static OutputCapture start() {
    if (!OPEN.compareAndSet(false, true)) {
      throw new IllegalStateException("another OutputCapture is open");
    }
    return new OutputCapture();
  }

  /**
   * Everything captured so far.
   *
   * @return the text written to standard output and standard error since the capture started
   */
  public String text() {
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
    coopkit.setLevel(coopkitLevel);
    OPEN.set(false);
  }
}
