package org.coopkit.json;

import static java.util.Objects.requireNonNull;

import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * One model type's writer and reader: the pair {@link CoopkitJsonModule} registers with Jackson,
 * and that the document's exporter and importer call directly.
 *
 * @param type the model type
 * @param writer writes a value, starting at the generator's position
 * @param reader reads a value starting at the parser's current token, leaving the parser at the
 *     value's last token
 * @param <T> the model type
 */
record ModelReaderWriter<T>(
    Class<T> type, BiConsumer<JsonGenerator, T> writer, Function<JsonParser, T> reader) {
  ModelReaderWriter {
    requireNonNull(type, "type");
    requireNonNull(writer, "writer");
    requireNonNull(reader, "reader");
  }

  static <T> ModelReaderWriter<T> of(
      Class<T> type, BiConsumer<JsonGenerator, T> writer, Function<JsonParser, T> reader) {
    return new ModelReaderWriter<>(type, writer, reader);
  }

  /** A type written as its {@code toString()}, read from a string. */
  static <T> ModelReaderWriter<T> text(Class<T> type, Function<JsonParser, T> reader) {
    return new ModelReaderWriter<>(type, (g, value) -> g.writeString(value.toString()), reader);
  }

  /** An enum written and read as its lower-case code. */
  static <E extends Enum<E>> ModelReaderWriter<E> enumeration(Class<E> type) {
    return new ModelReaderWriter<>(
        type, (g, value) -> g.writeString(EnumJson.code(value)), p -> EnumJson.read(p, type));
  }

  ValueSerializer<T> serializer() {
    return new Serializer<>(this);
  }

  ValueDeserializer<T> deserializer() {
    return new Deserializer<>(this);
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final ModelReaderWriter<T> readerWriter;

    Serializer(ModelReaderWriter<T> readerWriter) {
      this.readerWriter = readerWriter;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      readerWriter.writer().accept(g, value);
    }

    @Override
    public Class<?> handledType() {
      return readerWriter.type();
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final ModelReaderWriter<T> readerWriter;

    Deserializer(ModelReaderWriter<T> readerWriter) {
      this.readerWriter = readerWriter;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      return readerWriter.reader().apply(p);
    }

    @Override
    public Class<?> handledType() {
      return readerWriter.type();
    }
  }
}
