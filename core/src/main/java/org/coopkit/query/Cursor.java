package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;
import org.coopkit.model.internal.Validator;
import org.coopkit.query.internal.Cursors;

/**
 * The position after which a page starts: the sort key and the id of the last item of the previous
 * page. Host applications treat its text form as opaque: a store returns it as {@link
 * Page#nextCursor()} and reads the position back from the query's {@code after()}. The text names
 * the kind of query, so a cursor of one is refused by another.
 *
 * @param sortKey the last item's sort key (a date, a code, a folded name… as the query's sort
 *     defines)
 * @param id the last item's id
 * @since 0.1.0
 */
public record Cursor(String sortKey, UUID id) {
  /** The longest cursor text read: far beyond any real sort key, short of a hostile one. */
  private static final int MAX_TEXT = 8_192;

  /**
   * Checks that both components are present.
   *
   * @param sortKey the last item's sort key
   * @param id the last item's id
   * @throws NullPointerException if either is null
   */
  public Cursor {
    requireNonNull(sortKey, "sortKey");
    requireNonNull(id, "id");
  }

  /**
   * The opaque, URL-safe text form, tagged with the kind of query whose page it continues.
   *
   * @param kind one letter per query type, so that a cursor of one is refused by another
   */
  String encode(char kind) {
    return Cursors.encode(kind, sortKey, id);
  }

  /**
   * Reads a cursor that {@link #encode(char)} made for the same kind of query: its tag, then an id
   * and a sort key of well-formed UTF-8 with no control character (no NUL, which some databases
   * refuse), of the shape {@code sortKeyShape} accepts. Anything else, forged or from another kind
   * of query, is refused.
   *
   * @throws org.coopkit.error.ValidationException naming {@code subject} and the field {@code
   *     after}, without showing the text
   */
  static Cursor decode(String text, char kind, Predicate<String> sortKeyShape, String subject) {
    if (text.length() <= MAX_TEXT) {
      try {
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        if (bytes.length >= 17 && bytes[0] == (byte) kind) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, 16);
          UUID id = new UUID(buffer.getLong(), buffer.getLong());
          String sortKey =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(bytes, 17, bytes.length - 17))
                  .toString();
          if (sortKey.codePoints().noneMatch(Character::isISOControl)
              && sortKeyShape.test(sortKey)) {
            return new Cursor(sortKey, id);
          }
        }
      } catch (IllegalArgumentException | CharacterCodingException e) {
        // refused below
      }
    }
    Validator v = Validator.of(subject);
    v.add(
        "after",
        "must be a cursor returned by a previous page of the same kind of query",
        "<" + text.length() + " characters>");
    v.throwIfInvalid();
    throw new AssertionError("unreachable");
  }
}
