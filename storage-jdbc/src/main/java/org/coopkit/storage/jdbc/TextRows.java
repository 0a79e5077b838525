package org.coopkit.storage.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.model.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Localized texts stored as rows of a text table: one per language, with the language's position,
 * so that the order in which languages were given (the last-resort fallback is the first) survives
 * the round trip. Shared by every store whose aggregate has texts.
 */
final class TextRows {
  /**
   * One language of a text as read from a text table.
   *
   * @param field which text of the aggregate (e.g. {@code TITLE}), or {@code ""} where a table
   *     holds one text only
   * @param item which of a list of texts (a key message, an expected result), else 0
   * @param lang the language tag
   * @param position the language's position in the text
   * @param content the text in that language
   */
  record Row(String field, int item, String lang, int position, String content) {}

  private TextRows() {}

  /**
   * Appends a row per language of {@code text}: {@code prefix} values, then language tag, position
   * and content. Nothing for a {@code null} text.
   */
  static void append(List<Object[]> rows, @Nullable LocalizedText text, Object... prefix) {
    if (text == null) {
      return;
    }
    int position = 0;
    for (Map.Entry<String, String> language : text.texts().entrySet()) {
      Object[] row = new Object[prefix.length + 3];
      System.arraycopy(prefix, 0, row, 0, prefix.length);
      row[prefix.length] = language.getKey();
      row[prefix.length + 1] = position++;
      row[prefix.length + 2] = language.getValue();
      rows.add(row);
    }
  }

  /** The texts of one aggregate by field and item, each with its languages in order. */
  static Map<String, TreeMap<Integer, LocalizedText>> read(List<Row> rows) {
    Map<String, TreeMap<Integer, List<Row>>> grouped = new LinkedHashMap<>();
    for (Row row : rows) {
      grouped
          .computeIfAbsent(row.field(), f -> new TreeMap<>())
          .computeIfAbsent(row.item(), i -> new ArrayList<>())
          .add(row);
    }
    Map<String, TreeMap<Integer, LocalizedText>> texts = new LinkedHashMap<>();
    grouped.forEach(
        (field, items) -> {
          TreeMap<Integer, LocalizedText> byItem = new TreeMap<>();
          items.forEach((item, languages) -> byItem.put(item, text(languages)));
          texts.put(field, byItem);
        });
    return texts;
  }

  /** The one text of {@code field} (item 0), or {@code null}. */
  static @Nullable LocalizedText single(
      Map<String, TreeMap<Integer, LocalizedText>> texts, String field) {
    TreeMap<Integer, LocalizedText> items = texts.get(field);
    return items == null ? null : items.get(0);
  }

  /** The one text of {@code field}, which must be there. */
  static LocalizedText required(
      Map<String, TreeMap<Integer, LocalizedText>> texts, String field, Object owner) {
    LocalizedText text = single(texts, field);
    if (text == null) {
      throw new IllegalStateException("the stored " + field + " of " + owner + " has no language");
    }
    return text;
  }

  /** The list of texts of {@code field}, by item. */
  static List<LocalizedText> list(
      Map<String, TreeMap<Integer, LocalizedText>> texts, String field) {
    TreeMap<Integer, LocalizedText> items = texts.get(field);
    return items == null ? List.of() : List.copyOf(items.values());
  }

  private static LocalizedText text(List<Row> languages) {
    Map<String, String> ordered = new LinkedHashMap<>();
    languages.stream()
        .sorted(Comparator.comparingInt(Row::position))
        .forEach(row -> ordered.put(row.lang(), row.content()));
    return LocalizedText.of(ordered);
  }
}
