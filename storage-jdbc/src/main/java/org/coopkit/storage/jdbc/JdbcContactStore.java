package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_EMAIL;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_LANGUAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_PHONE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Cursor;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.SearchText;
import org.coopkit.spi.ContactStore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record9;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Contacts with their role assignments, in the tables {@code contact} and {@code contact_*}. Reads
 * are one statement each (MULTISET). The role filters of a search are one {@code EXISTS}-like
 * subquery on {@code contact_role}, so that they all hold for one and the same role.
 */
final class JdbcContactStore implements ContactStore {
  static final String KIND = "Contact";

  static final List<Field<?>> ROOT =
      List.of(
          CONTACT.ID,
          CONTACT.DISPLAY_NAME,
          CONTACT.SORT_NAME,
          CONTACT.HONORIFIC,
          CONTACT.JOB_TITLE,
          CONTACT.ORGANISATION_ID,
          CONTACT.UNIT,
          CONTACT.VISIBILITY,
          CONTACT.NAME_KEY,
          CONTACT.SORT_KEY,
          CONTACT.VERSION,
          CONTACT.CREATED_AT,
          CONTACT.UPDATED_AT);

  private static final Map<Table<?>, Field<String>> CHILDREN = childTables();
  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, CONTACT, CONTACT.ID, CONTACT.VERSION);

  private static final Field<Result<Record2<Integer, String>>> EMAILS =
      multiset(
              select(CONTACT_EMAIL.POSITION, CONTACT_EMAIL.ADDRESS)
                  .from(CONTACT_EMAIL)
                  .where(CONTACT_EMAIL.CONTACT_ID.eq(CONTACT.ID)))
          .as("emails");
  private static final Field<Result<Record2<Integer, String>>> PHONES =
      multiset(
              select(CONTACT_PHONE.POSITION, CONTACT_PHONE.PHONE)
                  .from(CONTACT_PHONE)
                  .where(CONTACT_PHONE.CONTACT_ID.eq(CONTACT.ID)))
          .as("phones");
  private static final Field<Result<Record2<Integer, String>>> LANGUAGES =
      multiset(
              select(CONTACT_LANGUAGE.POSITION, CONTACT_LANGUAGE.LANG)
                  .from(CONTACT_LANGUAGE)
                  .where(CONTACT_LANGUAGE.CONTACT_ID.eq(CONTACT.ID)))
          .as("languages");
  private static final Field<
          Result<
              Record9<
                  String, Integer, String, String, String, String, String, LocalDate, LocalDate>>>
      ROLES =
          multiset(
                  select(
                          CONTACT_ROLE.ID,
                          CONTACT_ROLE.POSITION,
                          CONTACT_ROLE.ROLE_TYPE,
                          CONTACT_ROLE.TITLE,
                          CONTACT_ROLE.PROJECT_ID,
                          CONTACT_ROLE.ORGANISATION_ID,
                          CONTACT_ROLE.COUNTRY,
                          CONTACT_ROLE.VALID_FROM,
                          CONTACT_ROLE.VALID_UNTIL)
                      .from(CONTACT_ROLE)
                      .where(CONTACT_ROLE.CONTACT_ID.eq(CONTACT.ID)))
              .as("roles");

  private static final List<SelectField<?>> SELECT = selection();

  private final TransactionContext transaction;

  JdbcContactStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Contact> get(ContactId id) {
    try {
      return transaction
          .read()
          .select(SELECT)
          .from(CONTACT)
          .where(CONTACT.ID.eq(ColumnValues.id(id.value())))
          .fetchOptional(JdbcContactStore::contact);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Contact> getForUpdate(ContactId id) {
    try {
      transaction.lockRow(CONTACT, CONTACT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<ContactId> existing(Collection<ContactId> ids) {
    try {
      return transaction
          .existing(CONTACT, CONTACT.ID, ids.stream().map(ContactId::toString).toList())
          .stream()
          .map(id -> ContactId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Contact> find(ContactQuery query) {
    List<Contact> found;
    try {
      found = pageQuery(transaction.read(), query).fetch(JdbcContactStore::contact);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    if (found.size() <= query.limit()) {
      return Page.last(found);
    }
    List<Contact> items = found.subList(0, query.limit());
    Contact last = items.get(items.size() - 1);
    return new Page<>(items, ContactQuery.cursorAfter(last));
  }

  /** The statement {@link #find} runs, for at most {@code limit + 1} contacts. */
  static ResultQuery<Record> pageQuery(DSLContext dsl, ContactQuery query) {
    var k = CONTACT.as("k");
    List<Condition> where = new ArrayList<>();
    if (query.publicOnly()) {
      where.add(k.VISIBILITY.eq(Visibility.PUBLIC.name()));
    }
    if (query.namePrefix() != null) {
      // SearchText.startsWord: the name key holds " " before every word.
      where.add(k.NAME_KEY.contains(" " + query.namePrefix()));
    }
    if (!query.organisations().isEmpty()) {
      List<String> organisations = strings(query.organisations());
      where.add(
          k.ORGANISATION_ID
              .in(organisations)
              .or(
                  k.ID.in(
                      select(CONTACT_ROLE.CONTACT_ID)
                          .from(CONTACT_ROLE)
                          .where(CONTACT_ROLE.ORGANISATION_ID.in(organisations)))));
    }
    if (query.filtersRoles()) {
      List<Condition> role = new ArrayList<>();
      if (!query.roles().isEmpty()) {
        role.add(CONTACT_ROLE.ROLE_TYPE.in(query.roles().stream().map(Enum::name).toList()));
      }
      if (!query.projects().isEmpty()) {
        role.add(CONTACT_ROLE.PROJECT_ID.in(strings(query.projects())));
      }
      if (!query.countries().isEmpty()) {
        role.add(CONTACT_ROLE.COUNTRY.in(strings(query.countries())));
      }
      LocalDate day = query.activeOn();
      if (day != null) {
        // RoleAssignment.isActiveOn: open ends count as open.
        role.add(CONTACT_ROLE.VALID_FROM.isNull().or(CONTACT_ROLE.VALID_FROM.le(day)));
        role.add(CONTACT_ROLE.VALID_UNTIL.isNull().or(CONTACT_ROLE.VALID_UNTIL.ge(day)));
      }
      where.add(k.ID.in(select(CONTACT_ROLE.CONTACT_ID).from(CONTACT_ROLE).where(role)));
    }
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    SelectSeekStep2<Record2<String, String>, String, String> ordered =
        dsl.select(k.ID, k.SORT_KEY)
            .from(k)
            .where(where)
            .orderBy(
                ascending ? k.SORT_KEY.asc() : k.SORT_KEY.desc(),
                ascending ? k.ID.asc() : k.ID.desc());
    Cursor after = query.after();
    int rows = query.limit() + 1;
    Select<Record2<String, String>> keyset =
        after == null
            ? ordered.limit(rows)
            : ordered
                .seek(ColumnValues.sortKey(after.sortKey()), ColumnValues.id(after.id()))
                .limit(rows);
    Table<Record2<String, String>> page = keyset.asTable("page");
    Field<String> pageId = page.field(k.ID);
    Field<String> pageKey = page.field(k.SORT_KEY);
    return dsl.select(SELECT)
        .from(page.join(CONTACT).on(CONTACT.ID.eq(pageId)))
        .orderBy(
            ascending ? pageKey.asc() : pageKey.desc(), ascending ? pageId.asc() : pageId.desc());
  }

  private static Contact contact(Record r) {
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
            .sorted(Comparator.comparing(Record9::value2))
            .map(
                role ->
                    RoleAssignment.builder()
                        .id(RoleId.of(ColumnValues.uuid(role.value1())))
                        .type(ColumnValues.enumValue(RoleType.class, role.value3()))
                        .title(role.value4())
                        .project(
                            role.value5() == null
                                ? null
                                : ProjectId.of(ColumnValues.uuid(role.value5())))
                        .organisation(
                            role.value6() == null
                                ? null
                                : OrganisationId.of(ColumnValues.uuid(role.value6())))
                        .country(ColumnValues.countryOrNull(role.value7()))
                        .validFrom(role.value8())
                        .validUntil(role.value9())
                        .build())
            .toList();
    String organisation = r.get(CONTACT.ORGANISATION_ID);
    return Contact.builder()
        .id(ContactId.of(ColumnValues.uuid(id)))
        .displayName(r.get(CONTACT.DISPLAY_NAME))
        .sortName(r.get(CONTACT.SORT_NAME))
        .honorific(r.get(CONTACT.HONORIFIC))
        .jobTitle(r.get(CONTACT.JOB_TITLE))
        .organisation(
            organisation == null ? null : OrganisationId.of(ColumnValues.uuid(organisation)))
        .unit(r.get(CONTACT.UNIT))
        .emails(emails)
        .phones(phones)
        .languages(languages)
        .visibility(ColumnValues.enumValue(Visibility.class, r.get(CONTACT.VISIBILITY)))
        .roles(roles)
        .version(r.get(CONTACT.VERSION))
        .createdAt(ColumnValues.instant(r.get(CONTACT.CREATED_AT)))
        .updatedAt(ColumnValues.instant(r.get(CONTACT.UPDATED_AT)))
        .build();
  }

  // Writing.

  @Override
  public void insert(Contact contact) {
    insertAll(List.of(contact));
  }

  /** Inserts contacts as given; for {@link JdbcStorage#insertContacts} too. */
  void insertAll(List<Contact> contacts) {
    DSLContext dsl = transaction.write();
    try {
      rows(contacts).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(contacts));
    }
  }

  @Override
  public void update(Contact contact, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(contact.id().value());
    List<TableRows> rows = rows(List.of(contact));
    try {
      OWN_ROW.update(dsl, id, expectedVersion, rows.get(0));
      VersionedRows.deleteChildren(dsl, CHILDREN, List.of(id));
      rows.subList(1, rows.size()).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(List.of(contact)));
    }
  }

  @Override
  public void delete(ContactId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /** The rows of {@code contacts}: {@code contact} rows first, then each child table's. */
  static List<TableRows> rows(Collection<Contact> contacts) {
    TableRows root = new TableRows(CONTACT, ROOT);
    TableRows emails =
        new TableRows(
            CONTACT_EMAIL,
            List.of(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION, CONTACT_EMAIL.ADDRESS));
    TableRows phones =
        new TableRows(
            CONTACT_PHONE,
            List.of(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION, CONTACT_PHONE.PHONE));
    TableRows languages =
        new TableRows(
            CONTACT_LANGUAGE,
            List.of(CONTACT_LANGUAGE.CONTACT_ID, CONTACT_LANGUAGE.POSITION, CONTACT_LANGUAGE.LANG));
    TableRows roles =
        new TableRows(
            CONTACT_ROLE,
            List.of(
                CONTACT_ROLE.CONTACT_ID,
                CONTACT_ROLE.ID,
                CONTACT_ROLE.POSITION,
                CONTACT_ROLE.ROLE_TYPE,
                CONTACT_ROLE.TITLE,
                CONTACT_ROLE.PROJECT_ID,
                CONTACT_ROLE.ORGANISATION_ID,
                CONTACT_ROLE.COUNTRY,
                CONTACT_ROLE.VALID_FROM,
                CONTACT_ROLE.VALID_UNTIL));
    for (Contact c : contacts) {
      String id = ColumnValues.id(c.id().value());
      root.add(
          id,
          c.displayName(),
          c.sortName(),
          c.honorific(),
          c.jobTitle(),
          ColumnValues.idOrNull(c.organisation()),
          c.unit(),
          c.visibility().name(),
          SearchText.nameKey(c),
          ColumnValues.sortKey(SearchText.sortKey(c)),
          c.version(),
          ColumnValues.utc(c.createdAt()),
          ColumnValues.utc(c.updatedAt()));
      for (int i = 0; i < c.emails().size(); i++) {
        emails.add(id, i, c.emails().get(i).value());
      }
      for (int i = 0; i < c.phones().size(); i++) {
        phones.add(id, i, c.phones().get(i).value());
      }
      for (int i = 0; i < c.languages().size(); i++) {
        languages.add(id, i, c.languages().get(i));
      }
      for (int i = 0; i < c.roles().size(); i++) {
        RoleAssignment role = c.roles().get(i);
        roles.add(
            id,
            role.id().toString(),
            i,
            role.type().name(),
            role.title(),
            ColumnValues.idOrNull(role.project()),
            ColumnValues.idOrNull(role.organisation()),
            ColumnValues.country(role.country()),
            role.validFrom(),
            role.validUntil());
      }
    }
    return List.of(root, emails, phones, languages, roles);
  }

  private TransactionContext.WriteFacts context(List<Contact> contacts) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return contacts.size() == 1 ? contacts.get(0).id().toString() : null;
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "contact_organisation_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  contacts.stream()
                      .map(Contact::organisation)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          case "contact_role_project_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  roles(contacts)
                      .map(RoleAssignment::project)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          case "contact_role_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  roles(contacts)
                      .map(RoleAssignment::organisation)
                      .filter(Objects::nonNull)
                      .map(Object::toString)
                      .toList());
          default -> null;
        };
      }
    };
  }

  private static Stream<RoleAssignment> roles(List<Contact> contacts) {
    return contacts.stream().flatMap(c -> c.roles().stream());
  }

  private static Map<Table<?>, Field<String>> childTables() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID);
    children.put(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID);
    children.put(CONTACT_LANGUAGE, CONTACT_LANGUAGE.CONTACT_ID);
    children.put(CONTACT_ROLE, CONTACT_ROLE.CONTACT_ID);
    return children;
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(List.of(CONTACT.fields()));
    fields.addAll(List.of(EMAILS, PHONES, LANGUAGES, ROLES));
    return List.copyOf(fields);
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }
}
