package org.coopkit.storage.jdbc;

import static org.jooq.impl.DSL.select;

import java.util.Comparator;
import java.util.List;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The link and external id lists that aggregates keep in child tables of the same shape: the column
 * naming the aggregate, a position, then the values, under the same names. Each aggregate names its
 * tables by their owner column ({@link LinkColumns#of}, {@link ExternalIdColumns#of}); the rows are
 * written and read here alike. Rows come from a {@code MULTISET} in no particular order, so each
 * list is put back in its stored order.
 */
final class LinkAndIdRows {
  private LinkAndIdRows() {}

  /**
   * A table of links with the kind as a {@link Link.Kind} field (a converter's), as projects and
   * organisations keep them; events keep it as text, which their page reads in plain JDBC.
   */
  record LinkColumns(
      TableField<?, String> owner,
      Field<Integer> position,
      Field<String> uri,
      Field<String> title,
      Field<Link.Kind> kind) {

    /** The columns of the links table whose column naming the aggregate is {@code owner}. */
    static LinkColumns of(TableField<?, String> owner) {
      Table<?> table = owner.getTable();
      return new LinkColumns(
          owner,
          column(table, "position", Integer.class),
          column(table, "uri", String.class),
          column(table, "title", String.class),
          column(table, "link_kind", Link.Kind.class));
    }

    /** Empty rows of the table, in the order {@link #append} fills them. */
    TableRows rows() {
      return TableRows.of(owner, position, uri, title, kind);
    }

    /** Adds a row for each of {@code links} of the aggregate {@code id}, at its position. */
    void append(TableRows rows, String id, List<Link> links) {
      for (int i = 0; i < links.size(); i++) {
        Link link = links.get(i);
        rows.add(id, i, link.uri().toString(), link.title(), link.kind());
      }
    }

    /** The links of the aggregate whose id column is {@code ownerId}, for {@link #links}. */
    Field<Result<Record4<Integer, String, String, Link.Kind>>> list(Field<String> ownerId) {
      return ChildRows.of("links", owner, ownerId, select(position, uri, title, kind));
    }
  }

  /** A table of external ids. */
  record ExternalIdColumns(
      TableField<?, String> owner,
      Field<Integer> position,
      Field<String> scheme,
      Field<String> value) {

    /** The columns of the external ids table whose column naming the aggregate is {@code owner}. */
    static ExternalIdColumns of(TableField<?, String> owner) {
      Table<?> table = owner.getTable();
      return new ExternalIdColumns(
          owner,
          column(table, "position", Integer.class),
          column(table, "scheme", String.class),
          column(table, "id_value", String.class));
    }

    /** Empty rows of the table, in the order {@link #append} fills them. */
    TableRows rows() {
      return TableRows.of(owner, position, scheme, value);
    }

    /** Adds a row for each of {@code ids} of the aggregate {@code id}, at its position. */
    void append(TableRows rows, String id, List<ExternalId> ids) {
      for (int i = 0; i < ids.size(); i++) {
        ExternalId x = ids.get(i);
        rows.add(id, i, x.scheme(), x.value());
      }
    }

    /** The external ids of the aggregate whose id column is {@code ownerId}. */
    Field<Result<Record3<Integer, String, String>>> list(Field<String> ownerId) {
      return ChildRows.of("external_ids", owner, ownerId, select(position, scheme, value));
    }
  }

  /**
   * The column {@code name} of {@code table}, of the model's {@code type}: the link and id tables
   * of every aggregate share their column names, so that each aggregate names only its owner
   * column.
   *
   * @throws IllegalStateException if the table has no such column (a schema that does not match)
   */
  @SuppressWarnings("unchecked") // checked: the field's type
  private static <T> Field<T> column(Table<?> table, String name, Class<T> type) {
    Field<?> field = table.field(name);
    if (field == null || field.getType() != type) {
      throw new IllegalStateException(
          table.getName() + " has no " + type.getSimpleName() + " column " + name);
    }
    return (Field<T>) field;
  }

  /** Links from rows of position, URI, title and kind. */
  static List<Link> links(Result<Record4<Integer, String, String, Link.Kind>> rows) {
    return rows.stream()
        .sorted(Comparator.comparing(Record4::value1))
        .map(l -> new Link(TextForms.uri(l.value2()), l.value3(), l.value4()))
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
