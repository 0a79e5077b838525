package org.coopkit.json;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The small objects that pair a reference with a code: an event's organiser (organisation and
 * role), a project's participating country, organisation and relation. Each is an object of exactly
 * the shape's two properties, both required; one reader and one writer serve them all.
 */
final class ReferenceAndCode {
  private ReferenceAndCode() {}

  /** Writes {@code {"<reference>": reference, "<code>": code}} with the shape's two names. */
  static void write(
      JsonGenerator g, ShapedObjectReader.Shape shape, String reference, Enum<?> code) {
    g.writeStartObject();
    g.writeStringProperty(shape.names().get(0), reference);
    g.writeStringProperty(shape.names().get(1), EnumJson.code(code));
    g.writeEndObject();
  }

  /** Reads the object at the current token: the reference, then the code, in either order. */
  static <R, E extends Enum<E>, T> T read(
      JsonParser p,
      ShapedObjectReader.Shape shape,
      Function<JsonParser, R> reference,
      Class<E> codeType,
      BiFunction<R, E, T> make) {
    String referenceName = shape.names().get(0);
    String codeName = shape.names().get(1);
    ShapedObjectReader r = ShapedObjectReader.start(p, shape);
    @Nullable R ref = null;
    @Nullable E code = null;
    while (r.next()) {
      if (r.name().equals(referenceName)) {
        ref = reference.apply(p);
      } else if (r.name().equals(codeName)) {
        code = EnumJson.read(p, codeType);
      } else {
        throw r.unexpected();
      }
    }
    r.require(referenceName, codeName);
    R givenRef = ref;
    E givenCode = code;
    return r.build(() -> make.apply(givenRef, givenCode));
  }
}
