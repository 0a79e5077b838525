package org.coopkit.storage.jdbc;

import java.util.Comparator;
import java.util.List;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;

/**
 * Reads the link and external id lists that projects and organisations both keep in child tables of
 * the same shape: a position, then the values. Rows come from a {@code MULTISET} in no particular
 * order, so each list is put back in its stored order here.
 */
final class LinkAndIdRows {
  private LinkAndIdRows() {}

  /** Links from rows of position, URI, title and kind. */
  static List<Link> links(Result<Record4<Integer, String, String, Link.Kind>> rows) {
    return rows.stream()
        .sorted(Comparator.comparing(Record4::value1))
        .map(l -> new Link(ColumnValues.uri(l.value2()), l.value3(), l.value4()))
        .toList();
  }

  /** External ids from rows of position, scheme and value. */
  static List<ExternalId> externalIds(Result<Record3<Integer, String, String>> rows) {
    return rows.stream()
        .sorted(Comparator.comparing(Record3::value1))
        .map(x -> ExternalId.of(x.value2(), x.value3()))
        .toList();
  }
}
