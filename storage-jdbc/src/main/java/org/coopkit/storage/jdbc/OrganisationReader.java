package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION_TEXT;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.SelectField;

/**
 * Organisations made from what a read returned: the {@code organisation} row and its lists, each a
 * MULTISET of a child table's rows ({@link #SELECT}). Apart from {@link JdbcOrganisationStore} so
 * that the mapping of columns back to the model reads on its own, the same for a read by id and for
 * a page.
 */
final class OrganisationReader {
  private static final Field<Result<Record3<String, Integer, String>>> NAMES =
      ChildRows.of(
          "names",
          ORGANISATION_TEXT.ORGANISATION_ID,
          ORGANISATION.ID,
          select(ORGANISATION_TEXT.LANG, ORGANISATION_TEXT.POSITION, ORGANISATION_TEXT.CONTENT));
  private static final Field<Result<Record4<Integer, String, String, Link.Kind>>> LINKS =
      OrganisationTableRows.LINKS.list(ORGANISATION.ID);
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      OrganisationTableRows.EXTERNAL_IDS.list(ORGANISATION.ID);

  /** The columns of an organisation and all its lists, one row per organisation. */
  static final List<SelectField<?>> SELECT = selection();

  private OrganisationReader() {}

  /** The organisation of a row selected by {@link #SELECT}. */
  static Organisation organisation(Record r) {
    String id = r.get(ORGANISATION.ID).strip();
    Map<String, TreeMap<Integer, LocalizedText>> names =
        TextRows.read(
            r.get(NAMES)
                .map(
                    n ->
                        new TextRows.Row(
                            OrganisationTableRows.NAME, 0, n.value1(), n.value2(), n.value3())));
    String parent = r.get(ORGANISATION.PARENT_ID);
    return Organisation.builder()
        .id(OrganisationId.of(IdText.uuid(id)))
        .name(TextRows.required(names, OrganisationTableRows.NAME, "organisation " + id))
        .acronym(r.get(ORGANISATION.ACRONYM))
        .type(r.get(ORGANISATION.ORG_TYPE))
        .country(r.get(ORGANISATION.COUNTRY))
        .parent(parent == null ? null : OrganisationId.of(IdText.uuid(parent)))
        .links(LinkAndIdRows.links(r.get(LINKS)))
        .externalIds(LinkAndIdRows.externalIds(r.get(EXTERNAL_IDS)))
        .version(r.get(ORGANISATION.VERSION))
        .createdAt(r.get(ORGANISATION.CREATED_AT))
        .updatedAt(r.get(ORGANISATION.UPDATED_AT))
        .build();
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(ORGANISATION.fields()));
    fields.addAll(List.of(NAMES, LINKS, EXTERNAL_IDS));
    return List.copyOf(fields);
  }
}
