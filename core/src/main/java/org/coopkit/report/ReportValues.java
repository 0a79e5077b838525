package org.coopkit.report;

import java.util.List;
import java.util.StringJoiner;

/**
 * The names of a report value's fields, given once in the order its {@code values()} lists them, so
 * that its {@code equals}, {@code hashCode} and {@code toString} read one list and cannot disagree
 * on which values count. The class compares and hashes that list with {@link java.util.Arrays};
 * this describes it.
 */
final class ReportValues {
  private final String type;
  private final List<String> names;

  /** The names of {@code type}'s values, in the order of its {@code values()}. */
  ReportValues(String type, String... names) {
    this.type = type;
    this.names = List.of(names);
  }

  /** {@code Type[name=value, …]}: each of {@code values} under its name, for logs and debugging. */
  String describe(Object... values) {
    StringJoiner text = new StringJoiner(", ", type + "[", "]");
    for (int i = 0; i < names.size(); i++) {
      text.add(names.get(i) + "=" + values[i]);
    }
    return text.toString();
  }
}
