package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.coopkit.model.internal.Validator;

/**
 * Where a fact sits in its aggregate: a path of field names, as the model's accessors name them,
 * with a key where a field holds many values.
 *
 * <p>Grammar (at most {@value #MAX_LENGTH} characters):
 *
 * <pre>
 * path    = segment *( "." segment )
 * segment = name [ "[" key "]" ]
 * name    = a-z *( a-z / A-Z / 0-9 )             ; e.g. dates, actualEnd, participation
 * key     = 1*64 ( a-z / A-Z / 0-9 / "-" / "_" / ":" )  ; a country code, an id, a language
 * </pre>
 *
 * <p>Examples: {@code dates.actualEnd}, {@code participation.total}, {@code countries[MD]} (a
 * country of a project), {@code roles[0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d].type} (a role of a
 * contact). The path is not checked against the aggregate's fields, so that a fact of a field added
 * later can be cited before coopkit knows it; it is compared as written, case included.
 *
 * @param value the path, in the grammar above
 * @since 0.2.0
 */
public record FactPath(String value) implements Comparable<FactPath> {
  // Before the constants below, which are checked against it.
  private static final Pattern SEGMENT =
      Pattern.compile("[a-z][A-Za-z0-9]*(\\[[A-Za-z0-9_:-]{1,64}\\])?");

  /** The longest path, in characters: {@value}. */
  public static final int MAX_LENGTH = 200;

  /** The total of an event's participants, which reports count. */
  public static final FactPath PARTICIPATION_TOTAL = new FactPath("participation.total");

  /**
   * Checks the path against the grammar.
   *
   * @param value the path
   * @throws NullPointerException if {@code value} is null
   * @throws org.coopkit.error.ValidationException naming the field {@code path}, the rule broken
   *     and the value, if the path is empty, too long or not in the grammar
   */
  public FactPath {
    requireNonNull(value, "value");
    Validator v = Validator.of("FactPath");
    if (v.check(!value.isEmpty(), "path", "must not be empty", value)
        && v.check(
            value.length() <= MAX_LENGTH,
            "path",
            "must be at most " + MAX_LENGTH + " characters long",
            value.length() + " characters")) {
      for (String segment : value.split("\\.", -1)) {
        if (!SEGMENT.matcher(segment).matches()) {
          v.add(
              "path",
              "must be field names separated by '.', each a lower-case letter then letters or"
                  + " digits, optionally followed by a [key] of 1 to 64 letters, digits, '-', '_'"
                  + " or ':'; segment '"
                  + segment
                  + "' is not",
              value);
          break;
        }
      }
    }
    v.throwIfInvalid();
  }

  /**
   * Reads a path.
   *
   * @param value the path, e.g. {@code dates.actualEnd}
   * @return the path
   * @throws org.coopkit.error.ValidationException if it is not in the grammar
   */
  public static FactPath of(String value) {
    return new FactPath(value);
  }

  /**
   * The path of one value of a field that holds many: {@code keyed("countries", "MD")} is {@code
   * countries[MD]}.
   *
   * @param field the field name
   * @param key the key
   * @return the path {@code field[key]}
   * @throws org.coopkit.error.ValidationException if the result is not in the grammar
   */
  public static FactPath keyed(String field, String key) {
    return new FactPath(field + "[" + key + "]");
  }

  /**
   * This path followed by {@code child}: {@code of("dates").then("actualEnd")}.
   *
   * @param child one or more segments
   * @return the longer path
   * @throws org.coopkit.error.ValidationException if the result is not in the grammar
   */
  public FactPath then(String child) {
    return new FactPath(value + "." + child);
  }

  /**
   * Orders by the text, char by char.
   *
   * @param other the path to compare with
   * @return the order
   */
  @Override
  public int compareTo(FactPath other) {
    return value.compareTo(other.value);
  }

  /**
   * The path as written.
   *
   * @return the path
   */
  @Override
  public String toString() {
    return value;
  }
}
