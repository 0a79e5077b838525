package org.coopkit.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the module's readers when well-formed JSON does not describe a valid model value: a
 * wrong type, an unknown field, a missing one, or a broken model rule (the {@link
 * org.coopkit.error.ValidationException} is the cause). Callers of a Jackson mapper see it as a
 * {@link DatabindException} whose message names every problem with its JSON Pointer and line and
 * column; the importer takes the problems one by one.
 */
final class JsonDataException extends DatabindException {
  private static final long serialVersionUID = 1L;

  // Problems are plain records; a deserialized exception keeps only its message.
  private final transient @Nullable ImmutableList<ImportProblem> problems;

  private JsonDataException(
      JsonParser parser,
      List<ImportProblem> problems,
      @Nullable TokenStreamLocation location,
      @Nullable Throwable cause) {
    super(parser, summary(problems), location, cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** A problem at the parser's current token. */
  static JsonDataException at(JsonParser parser, String message) {
    TokenStreamLocation location = parser.currentTokenLocation();
    return new JsonDataException(
        parser, List.of(problem(pointer(parser), location, message)), location, null);
  }

  /** Problems found reading one value; {@code cause} is the model's exception, if any. */
  static JsonDataException of(
      JsonParser parser,
      List<ImportProblem> problems,
      TokenStreamLocation location,
      @Nullable Throwable cause) {
    return new JsonDataException(parser, problems, location, cause);
  }

  /** The problems, at least one, in the order they were found. */
  ImmutableList<ImportProblem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }

  /** Where the parser is, as a JSON Pointer. */
  /**
   * The JSON Pointer of the parser's place, each field name in it as {@link TokenReader#quotedName}
   * lets a message show it: a name that is no name (a value shifted out of place, such as an e-mail
   * address) stands as {@code <a name of N characters>}.
   */
  static String pointer(JsonParser parser) {
    List<String> segments = new ArrayList<>();
    for (TokenStreamContext c = parser.streamReadContext();
        c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inArray()) {
        segments.add(Integer.toString(Math.max(0, c.getCurrentIndex())));
      } else if (c.currentName() != null) {
        String name = c.currentName();
        String quoted = TokenReader.quotedName(name);
        segments.add(quoted.startsWith("'") ? name.replace("~", "~0").replace("/", "~1") : quoted);
      }
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      pointer.append('/').append(segments.get(i));
    }
    return pointer.toString();
  }

  static ImportProblem problem(
      String pointer, @Nullable TokenStreamLocation location, String message) {
    return location == null
        ? new ImportProblem(pointer, -1, -1, message)
        : new ImportProblem(pointer, location.getLineNr(), location.getColumnNr(), message);
  }

  private static String summary(List<ImportProblem> problems) {
    return problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; "));
  }
}
