package org.coopkit.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines as RFC 5545 section 3.1 wants them: UTF-8, ended by CRLF, folded
 * so that no line is longer than 75 octets, a continuation starting with one space, and never a
 * fold inside a character (a multi-byte UTF-8 sequence or a surrogate pair).
 */
final class ContentLines {
  /** The longest line, in octets, not counting its CRLF. */
  static final int MAX_OCTETS = 75;

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] FOLD = {'\r', '\n', ' '};

  private final OutputStream out;

  ContentLines(OutputStream out) {
    this.out = out;
  }

  /** Writes {@code NAME:value} (or {@code NAME;PARAMS:value}), with the value as given. */
  void line(String nameAndParameters, String value) {
    write(nameAndParameters + ":" + value);
  }

  /** Writes a property whose value is text, escaped as section 3.3.11 says. */
  void text(String name, String value) {
    line(name, escape(value));
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes backslashes, semicolons, commas and line ends in a TEXT value. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case ';' -> s.append("\\;");
        case ',' -> s.append("\\,");
        case '\r' -> {
          s.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> s.append("\\n");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  private void write(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    try {
      int lineOctets = 0;
      int from = 0;
      for (int at = 0; at < bytes.length; ) {
        int length = sequenceLength(bytes[at]);
        if (lineOctets + length > MAX_OCTETS) {
          out.write(bytes, from, at - from);
          out.write(FOLD);
          from = at;
          // the space that starts a continuation counts in its line's 75 octets
          lineOctets = 1;
        }
        lineOctets += length;
        at += length;
      }
      out.write(bytes, from, bytes.length - from);
      out.write(CRLF);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The length of the UTF-8 sequence that starts with {@code lead}: a character is never split, and
   * a character outside the BMP is one four-octet sequence, so a surrogate pair never is.
   */
  private static int sequenceLength(byte lead) {
    int b = lead & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    if (b >= 0xF0) {
      return 4;
    }
    return b >= 0xE0 ? 3 : 2;
  }
}
