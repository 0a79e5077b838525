package org.coopkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;

/**
 * Enum constants in the document, as lower-case codes: {@code IN_PERSON} is {@code in_person},
 * {@code CONTACT_POINT_24_7} is {@code contact_point_24_7}. Reading accepts exactly these codes.
 */
final class EnumJson {
  private static final ClassValue<ImmutableMap<String, Enum<?>>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, Enum<?>> computeValue(Class<?> type) {
          return Stream.of(type.getEnumConstants())
              .map(c -> (Enum<?>) c)
              .collect(ImmutableMap.toImmutableMap(EnumJson::code, c -> c));
        }
      };

  private EnumJson() {}

  /** The constant's code. */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code of {@code type} at the current token. */
  static <E extends Enum<E>> E read(JsonParser p, Class<E> type) {
    String code = TokenReader.string(p);
    Enum<?> constant = BY_CODE.get(type).get(code);
    if (constant == null) {
      throw JsonDataException.at(
          p,
          "Invalid "
              + name(type)
              + ": must be one of "
              + BY_CODE.get(type).keySet().stream().collect(Collectors.joining(", "))
              + " ("
              + TokenReader.quotedName(code)
              + ")");
    }
    return type.cast(constant);
  }

  /** The codes of {@code type}, in declaration order. */
  static Iterable<String> codes(Class<? extends Enum<?>> type) {
    return BY_CODE.get(type).keySet();
  }

  private static String name(Class<?> type) {
    // Nested enums read as their model names: ParticipantCount.Qualifier, Link.Kind.
    Class<?> outer = type.getEnclosingClass();
    return outer == null
        ? type.getSimpleName()
        : outer.getSimpleName() + "." + type.getSimpleName();
  }
}
