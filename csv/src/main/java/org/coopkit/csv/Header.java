package org.coopkit.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file's header read against a mapping: the index of each field's column, or -1 for a field the
 * file has no column for. Problems with the header are problems of row 1.
 */
final class Header<F extends Enum<F> & CsvField> {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int NAMES_LISTED = 30;

  private final CsvMapping<F> mapping;
  private final Map<F, Integer> indexes;
  private final Map<F, String> names;

  private Header(CsvMapping<F> mapping, Map<F, Integer> indexes, Map<F, String> names) {
    this.mapping = mapping;
    this.indexes = indexes;
    this.names = names;
  }

  /**
   * Reads the header row. Each problem found (a column the mapping needs that is missing) is added
   * to {@code problems}; the header is usable only if none was.
   */
  static <F extends Enum<F> & CsvField> Header<F> read(
      CsvMapping<F> mapping, List<String> cells, List<CsvImportProblem> problems) {
    List<String> header = new ArrayList<>(cells);
    if (!header.isEmpty()
        && !header.get(0).isEmpty()
        && header.get(0).charAt(0) == BYTE_ORDER_MARK) {
      // A Reader over a UTF-8 file saved by a spreadsheet program starts with the mark.
      header.set(0, header.get(0).substring(1));
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(CsvMapping.foldHeader(header.get(i)), i);
    }
    Map<F, Integer> indexes = new EnumMap<>(mapping.fieldType());
    Map<F, String> names = new EnumMap<>(mapping.fieldType());
    Set<String> named = new HashSet<>();
    F[] fields = mapping.fieldType().getEnumConstants();
    for (F field : fields) {
      if (mapping.namesColumn(field)) {
        named.add(CsvMapping.foldHeader(mapping.column(field)));
      }
    }
    for (F field : fields) {
      String folded = CsvMapping.foldHeader(mapping.column(field));
      Integer index =
          mapping.namesColumn(field) || !named.contains(folded) ? byName.get(folded) : null;
      indexes.put(field, index == null ? -1 : index);
      names.put(field, index == null ? mapping.column(field) : header.get(index).strip());
      boolean needed = mapping.namesColumn(field) || field.isRequired();
      if (index == null && needed && mapping.defaultValue(field).isEmpty()) {
        problems.add(
            new CsvImportProblem(
                1,
                mapping.column(field),
                "no such column in the header, which "
                    + describe(header)
                    + (field.isRequired() ? "; " + field + " is required" : "")));
      }
    }
    return new Header<>(mapping, indexes, names);
  }

  private static String describe(List<String> header) {
    if (header.isEmpty()) {
      return "is empty";
    }
    List<String> shown = header.subList(0, Math.min(header.size(), NAMES_LISTED));
    return "has "
        + String.join(", ", shown)
        + (header.size() > NAMES_LISTED ? " and " + (header.size() - NAMES_LISTED) + " more" : "");
  }

  CsvMapping<F> mapping() {
    return mapping;
  }

  /** The index of the field's column, or -1 if the file has none. */
  int index(F field) {
    return indexes.get(field);
  }

  /** The name of the field's column as the file writes it, or as the mapping does if missing. */
  String name(F field) {
    return names.get(field);
  }
}
