package org.coopkit.query;

import java.util.List;
import java.util.StringJoiner;

/**
 * The names of a query's values, given once in the order its {@code values()} lists them, so that
 * its {@code equals}, {@code hashCode} and {@code toString} read one list and cannot disagree on
 * which values count. The query compares and hashes that list with {@link java.util.Arrays}; this
 * describes it.
 */
final class QueryValues {
  private final String type;
  private final List<String> names;

  /** The names of {@code type}'s filters, in the order of its {@code values()}, paging left out. */
  QueryValues(String type, String... names) {
    this.type = type;
    this.names = List.of(names);
  }

  /**
   * {@code Type[name=value, …, direction=…, limit=…, after=…]}: each filter value of {@code values}
   * under its name, then the paging, its cursor shown as {@link PageRequest#describe} says.
   */
  String describe(Object[] values, PageRequest page, boolean showCursor) {
    StringJoiner text = new StringJoiner(", ", type + "[", "]");
    for (int i = 0; i < names.size(); i++) {
      text.add(names.get(i) + "=" + values[i]);
    }
    return text.add(page.describe(showCursor)).toString();
  }
}
