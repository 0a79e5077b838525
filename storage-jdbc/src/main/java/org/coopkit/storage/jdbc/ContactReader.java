package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EMAIL;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_LANGUAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_PHONE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record11;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SelectField;

/**
 * Contacts made from what a read returned: the {@code contact} row and its lists, each a MULTISET
 * of a child table's rows ({@link #SELECT}). Apart from {@link JdbcContactStore} so that the
 * mapping of columns back to the model reads on its own.
 */
final class ContactReader {
  private static final Field<Result<Record2<Integer, String>>> EMAILS =
      ChildRows.of(
          "emails",
          CONTACT_EMAIL.CONTACT_ID,
          CONTACT.ID,
          select(CONTACT_EMAIL.POSITION, CONTACT_EMAIL.ADDRESS));
  private static final Field<Result<Record2<Integer, String>>> PHONES =
      ChildRows.of(
          "phones",
          CONTACT_PHONE.CONTACT_ID,
          CONTACT.ID,
          select(CONTACT_PHONE.POSITION, CONTACT_PHONE.PHONE));
  private static final Field<Result<Record2<Integer, String>>> LANGUAGES =
      ChildRows.of(
          "languages",
          CONTACT_LANGUAGE.CONTACT_ID,
          CONTACT.ID,
          select(CONTACT_LANGUAGE.POSITION, CONTACT_LANGUAGE.LANG));
  private static final Field<
          Result<
              Record11<
                  String,
                  Integer,
                  RoleType,
                  String,
                  String,
                  String,
                  CountryCode,
                  LocalDate,
                  LocalDate,
                  LocalDate,
                  String>>>
      ROLES =
          ChildRows.of(
              "roles",
              CONTACT_ROLE.CONTACT_ID,
              CONTACT.ID,
              select(
                  CONTACT_ROLE.ID,
                  CONTACT_ROLE.POSITION,
                  CONTACT_ROLE.ROLE_TYPE,
                  CONTACT_ROLE.TITLE,
                  CONTACT_ROLE.PROJECT_ID,
                  CONTACT_ROLE.ORGANISATION_ID,
                  CONTACT_ROLE.COUNTRY,
                  CONTACT_ROLE.VALID_FROM,
                  CONTACT_ROLE.VALID_UNTIL,
                  CONTACT_ROLE.SEEN_ON,
                  CONTACT_ROLE.UNIT));
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      ContactTableRows.EXTERNAL_IDS.list(CONTACT.ID);

  /** The columns of a contact and all its lists, one row per contact. */
  static final List<SelectField<?>> SELECT = selection();

  private ContactReader() {}

  /** The contact of a row selected by {@link #SELECT}. */
  static Contact contact(Record r) {
    String id = r.get(CONTACT.ID).strip();
    List<EmailAddress> emails =
        r.get(EMAILS).stream()
            .sorted(Comparator.comparing(Record2::value1))
            .map(e -> EmailAddress.of(e.value2()))
            .toList();
    List<PhoneNumber> phones =
        r.get(PHONES).stream()
            .sorted(Comparator.comparing(Record2::value1))
            .map(p -> PhoneNumber.of(p.value2()))
            .toList();
    List<String> languages =
        r.get(LANGUAGES).stream()
            .sorted(Comparator.comparing(Record2::value1))
            .map(Record2::value2)
            .toList();
    List<RoleAssignment> roles =
        r.get(ROLES).stream()
            .sorted(Comparator.comparing(Record11::value2))
            .map(
                role ->
                    RoleAssignment.builder()
                        .id(RoleId.of(IdText.uuid(role.value1())))
                        .type(role.value3())
                        .title(role.value4())
                        .project(
                            role.value5() == null ? null : ProjectId.of(IdText.uuid(role.value5())))
                        .organisation(
                            role.value6() == null
                                ? null
                                : OrganisationId.of(IdText.uuid(role.value6())))
                        .country(role.value7())
                        .validFrom(role.value8())
                        .validUntil(role.value9())
                        .seenOn(role.value10())
                        .unit(role.value11())
                        .build())
            .toList();
    String organisation = r.get(CONTACT.ORGANISATION_ID);
    return Contact.builder()
        .id(ContactId.of(IdText.uuid(id)))
        .displayName(r.get(CONTACT.DISPLAY_NAME))
        .sortName(r.get(CONTACT.SORT_NAME))
        .honorific(r.get(CONTACT.HONORIFIC))
        .jobTitle(r.get(CONTACT.JOB_TITLE))
        .organisation(organisation == null ? null : OrganisationId.of(IdText.uuid(organisation)))
        .unit(r.get(CONTACT.UNIT))
        .emails(emails)
        .phones(phones)
        .languages(languages)
        .visibility(r.get(CONTACT.VISIBILITY))
        .roles(roles)
        .externalIds(LinkAndIdRows.externalIds(r.get(EXTERNAL_IDS)))
        .nameWithheld(r.get(CONTACT.NAME_WITHHELD))
        .version(r.get(CONTACT.VERSION))
        .createdAt(r.get(CONTACT.CREATED_AT))
        .updatedAt(r.get(CONTACT.UPDATED_AT))
        .build();
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(CONTACT.fields()));
    fields.addAll(List.of(EMAILS, PHONES, LANGUAGES, ROLES, EXTERNAL_IDS));
    return List.copyOf(fields);
  }
}
