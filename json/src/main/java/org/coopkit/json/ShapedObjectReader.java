package org.coopkit.json;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON object of a known {@link Shape}, property by property:
 *
 * <pre>{@code
 * ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
 * while (r.next()) {
 *   switch (r.name()) { case "id" -> …; default -> throw r.unexpected(); }
 * }
 * return r.build(() -> builder.build());
 * }</pre>
 *
 * <p>Unknown properties fail; a property whose value is {@code null} counts as absent and is
 * skipped. {@link #build} turns the model's violations into problems located, where the violation's
 * path names a property of this object, at that property.
 */
final class ShapedObjectReader {
  private static final Splitter PATH = Splitter.onPattern("[.\\[\\]]").omitEmptyStrings();

  private final JsonParser p;
  private final Shape shape;
  private final TokenStreamLocation start;
  private final @Nullable TokenStreamLocation[] at;
  private int current = -1;

  /** The properties met so far, null or not, one bit each. */
  private long given;

  private ShapedObjectReader(JsonParser p, Shape shape) {
    this.p = p;
    this.shape = shape;
    this.start = p.currentTokenLocation();
    this.at = new TokenStreamLocation[shape.names().size()];
  }

  /** Starts reading the object at the current token. */
  static ShapedObjectReader start(JsonParser p, Shape shape) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw TokenReader.wrongType(p, "an object");
    }
    return new ShapedObjectReader(p, shape);
  }

  /**
   * Moves to the value of the next property that is not null.
   *
   * @return {@code false} at the end of the object
   */
  boolean next() {
    while (true) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return false;
      }
      String name = p.currentName();
      Integer index = shape.index().get(name);
      if (index == null) {
        throw JsonDataException.at(
            p,
            "Invalid "
                + shape.subject()
                + ": unknown field "
                + TokenReader.quotedName(name)
                + "; the fields are "
                + String.join(", ", shape.names()));
      }
      // The hardened mapper refuses duplicate keys already; a host's own mapper may not.
      if ((given & (1L << index)) != 0) {
        throw JsonDataException.at(
            p, "Invalid " + shape.subject() + ": field '" + name + "' appears twice");
      }
      given |= 1L << index;
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        at[index] = p.currentTokenLocation();
        current = index;
        return true;
      }
    }
  }

  /** The name of the property {@link #next()} moved to. */
  String name() {
    return shape.names().get(current);
  }

  /** Whether the object has a non-null value for {@code name} so far. */
  boolean has(String name) {
    Integer index = shape.index().get(name);
    return index != null && at[index] != null;
  }

  /** For a {@code switch} default: a property of the shape this reader does not handle. */
  IllegalStateException unexpected() {
    return new IllegalStateException(
        shape.subject() + "." + name() + " is in the shape but not read");
  }

  /**
   * Fails unless every one of {@code names} was given, reporting each missing one as the model
   * reports a missing value.
   */
  void require(String... names) {
    List<ImportProblem> problems = null;
    for (String name : names) {
      if (!has(name)) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add(
            JsonDataException.problem(
                JsonDataException.pointer(p) + "/" + escape(name),
                start,
                TokenReader.message(shape.subject(), new Violation(name, "is required", "null"))));
      }
    }
    if (problems != null) {
      throw JsonDataException.of(p, problems, start, null);
    }
  }

  /**
   * Fails unless either all or none of {@code names} were given.
   *
   * @return whether all were given
   */
  boolean allOrNone(String... names) {
    int given = 0;
    for (String name : names) {
      given += has(name) ? 1 : 0;
    }
    if (given != 0 && given != names.length) {
      require(names);
    }
    return given == names.length;
  }

  /**
   * Runs the model's builder or constructor, once the object's end is reached; each violation
   * becomes a problem.
   */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (ValidationException e) {
      // At the end of the object the parser's context is the object's parent, so this is the
      // object's own pointer.
      JsonPointer self = p.streamReadContext().pathAsPointer();
      String base = self.toString();
      String ownName = self.last() == null ? "" : self.last().getMatchingProperty();
      List<ImportProblem> problems = new ArrayList<>();
      for (Violation v : e.violations()) {
        problems.add(locate(base, ownName, v));
      }
      throw JsonDataException.of(p, problems, start, e);
    }
  }

  /**
   * Puts a violation at the property its path starts with, if that is one of this object's: the
   * model's paths are {@code relations[0].project} or, for some parts, prefixed by the part's own
   * name ({@code dates.end}, {@code venue.name}).
   */
  private ImportProblem locate(String base, String ownName, Violation v) {
    List<String> segments = PATH.splitToList(v.path());
    if (segments.size() > 1 && segments.get(0).equals(ownName)) {
      segments = segments.subList(1, segments.size());
    }
    Integer index = segments.isEmpty() ? null : shape.index().get(segments.get(0));
    if (index == null) {
      return JsonDataException.problem(base, start, TokenReader.message(shape.subject(), v));
    }
    StringBuilder pointer = new StringBuilder(base);
    segments.forEach(s -> pointer.append('/').append(escape(s)));
    TokenStreamLocation location = at[index] != null ? at[index] : start;
    return JsonDataException.problem(
        pointer.toString(), location, TokenReader.message(shape.subject(), v));
  }

  /** Escapes a JSON Pointer segment (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The properties an object may have, in the order they are written.
   *
   * @param subject the model type, for messages, e.g. {@code Event}
   * @param names the property names
   * @param index each name's position
   */
  record Shape(String subject, ImmutableList<String> names, ImmutableMap<String, Integer> index) {
    static Shape of(String subject, String... names) {
      if (names.length > Long.SIZE) {
        throw new IllegalArgumentException(subject + " has more fields than a long has bits");
      }
      ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      return new Shape(subject, ImmutableList.copyOf(names), index.buildOrThrow());
    }
  }
}
