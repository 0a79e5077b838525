package org.coopkit.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads scalar values and arrays at the parser's current token, turning wrong types and broken
 * model rules into {@link JsonDataException}s located at that token. Never echoes the input, except
 * through the model's own violations, which redact personal values.
 */
final class TokenReader {
  /** What a name must look like to be quoted in a message. */
  private static final Pattern SAFE_NAME = Pattern.compile("[@$]?[A-Za-z][A-Za-z0-9_-]{0,39}");

  private TokenReader() {}

  /** The current token's text; it must be a string. */
  static String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, "a string");
    }
    return p.getString();
  }

  /** The current token as an {@code int}; it must be an integer number in range. */
  static int integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw JsonDataException.at(
          p, "must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  /** The current token as a {@code long}; it must be an integer number in range. */
  static long longInteger(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw JsonDataException.at(
          p, "must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
    }
    return p.getLongValue();
  }

  /** The current token as a boolean. */
  static boolean bool(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw wrongType(p, "true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a string and converts it with a model factory; a {@link ValidationException} becomes a
   * problem at the string, naming {@code subject}.
   */
  static <T> T convert(JsonParser p, String subject, Function<String, T> factory) {
    String text = string(p);
    try {
      return factory.apply(text);
    } catch (ValidationException e) {
      // The parser is still at the string: its location is taken for a problem only.
      throw invalid(p, p.currentTokenLocation(), subject, e);
    }
  }

  /**
   * Reads an array of at most {@code max} elements, none of them null, each with {@code element} at
   * its first token.
   *
   * @param path the model's name for the list, for the message about its size
   */
  static <T> List<T> list(
      JsonParser p, String subject, String path, int max, Function<JsonParser, T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(p, "an array");
    }
    List<T> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (items.size() == max) {
        // Stop here rather than collect an unbounded array; the model would refuse it anyway.
        throw JsonDataException.at(
            p, "Invalid " + subject + ": " + path + ": must hold at most " + max + " entries");
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw JsonDataException.at(p, "Invalid " + subject + ": " + path + ": must not hold null");
      }
      items.add(element.apply(p));
    }
    return items;
  }

  /**
   * Runs a model constructor or factory; a {@link ValidationException} becomes one problem per
   * violation, all at the parser's current position, which is the value being converted.
   */
  static <T> T build(
      JsonParser p, TokenStreamLocation start, String subject, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (ValidationException e) {
      throw invalid(p, start, subject, e);
    }
  }

  /** One problem per violation, all at {@code start}, with the parser's current pointer. */
  static JsonDataException invalid(
      JsonParser p, TokenStreamLocation start, String subject, ValidationException e) {
    String pointer = JsonDataException.pointer(p);
    List<ImportProblem> problems = new ArrayList<>();
    for (Violation v : e.violations()) {
      problems.add(JsonDataException.problem(pointer, start, message(subject, v)));
    }
    return JsonDataException.of(p, problems, start, e);
  }

  /** The message for a model violation: subject, path, rule and (possibly redacted) value. */
  static String message(String subject, Violation violation) {
    return "Invalid " + subject + ": " + violation;
  }

  /** A problem saying the current token should have been something else. */
  static JsonDataException wrongType(JsonParser p, String expected) {
    return JsonDataException.at(p, "must be " + expected + ", not " + describe(p.currentToken()));
  }

  /** Names a token's kind, never its content. */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  /** Cuts a name taken from the input for a message. */
  /**
   * A name the document gave (a field name, an enum code) as a message may quote it: in quotes when
   * it looks like a name (ASCII letters, digits, '_' and '-', perhaps after an '@' or '$'),
   * otherwise only its length, since a name shifted out of place may be a value, such as an e-mail
   * address, and a message must not carry it or any character that forges a log line.
   */
  static String quotedName(String name) {
    return SAFE_NAME.matcher(name).matches()
        ? "'" + name + "'"
        : "<a name of " + name.length() + " characters>";
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
