package org.coopkit.json;

import java.util.Collection;
import java.util.function.BiConsumer;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Small helpers for writers: absent values and empty lists are left out. */
final class FieldWriter {
  private FieldWriter() {}

  /** Writes {@code "name": "value"} with the value's {@code toString()}, unless it is null. */
  static void optional(JsonGenerator g, String name, @Nullable Object value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  /** Writes a partial date, unless it is null. */
  static void date(JsonGenerator g, String name, @Nullable PartialDate date) {
    if (date != null) {
      g.writeStringProperty(name, date.toString());
    }
  }

  /** Writes a localized text, unless it is null. */
  static void text(JsonGenerator g, String name, @Nullable LocalizedText text) {
    if (text != null) {
      g.writeName(name);
      ValueJson.write(g, text);
    }
  }

  /** Writes the values' {@code toString()}s as an array, unless there are none. */
  static void strings(JsonGenerator g, String name, Collection<?> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (Object value : values) {
        g.writeString(value.toString());
      }
      g.writeEndArray();
    }
  }

  /** Writes the values with {@code writer} as an array, unless there are none. */
  static <T> void list(
      JsonGenerator g, String name, Collection<T> values, BiConsumer<JsonGenerator, T> writer) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (T value : values) {
        writer.accept(g, value);
      }
      g.writeEndArray();
    }
  }
}
