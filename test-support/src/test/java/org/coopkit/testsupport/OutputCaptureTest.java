package org.coopkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class OutputCaptureTest {
  @Test
  void capturesStreamsAndLoggingAndRestoresThem() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    Logger coopkit = Logger.getLogger("org.coopkit.testsupport.example");

    String text;
    try (OutputCapture capture = OutputCapture.start()) {
      System.out.println("to out");
      System.err.println("to err");
      coopkit.log(Level.FINEST, "finest from coopkit");
      text = capture.text();
    }

    assertThat(text).contains("to out", "to err", "finest from coopkit");
    assertThat(System.out).isSameAs(out);
    assertThat(System.err).isSameAs(err);
  }

  @Test
  void onlyOneCaptureAtATime() {
    OutputCapture first = OutputCapture.start();
    try {
      assertThatIllegalStateException().isThrownBy(OutputCapture::start);
    } finally {
      first.close();
    }
    OutputCapture.start().close(); // closing the first one lets the next one start
  }
}
