package org.coopkit.model.internal;

import java.util.List;
import java.util.StringJoiner;

/**
 * The names of a value class's fields, given once in the order its {@code values()} lists them, so
 * that its {@code equals}, {@code hashCode} and {@code toString} read one list and cannot disagree
 * on which fields count. The class compares and hashes that list with {@link java.util.Arrays};
 * this describes it. Serves the queries and the report values.
 */
public final class FieldNames {
  private final String type;
  private final List<String> names;

  /** The names of {@code type}'s fields, in the order of its {@code values()}. */
  public FieldNames(String type, String... names) {
    this.type = type;
    this.names = List.of(names);
  }

  /** {@code Type[name=value, …]}: each of {@code values} under its name. */
  public String describe(Object... values) {
    return joined(values).toString();
  }

  /**
   * {@code Type[name=value, …, more]}: each of {@code values} under its name, then {@code more} (a
   * query's paging, described by the query).
   */
  public String describe(Object[] values, String more) {
    return joined(values).add(more).toString();
  }

  private StringJoiner joined(Object[] values) {
    StringJoiner text = new StringJoiner(", ", type + "[", "]");
    for (int i = 0; i < names.size(); i++) {
      text.add(names.get(i) + "=" + values[i]);
    }
    return text;
  }
}
