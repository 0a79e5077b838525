package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.jspecify.annotations.Nullable;

/**
 * Writes events, projects and contacts as CSV with a header row, page by page in constant memory,
 * for spreadsheets and for systems that take CSV.
 *
 * <pre>{@code
 * long rows = CsvExporter.create()
 *     .withDialect(CsvDialect.SPREADSHEET)
 *     .events(coopkit, EventQuery.builder().project(project.id()).build(), out);
 * }</pre>
 *
 * <p>Columns hold one value each; lists (countries, topics, roles) are joined with {@code |}, a
 * character no code and few texts hold. Figures keep what the source said: a participant count is
 * two columns, the number and its qualifier ({@code exact}, {@code more than}, {@code up to},
 * {@code approximately}, {@code planned}), so "more than 500" never becomes 500. A date keeps its
 * precision ({@code 2017}, {@code 2017-10}, {@code 2017-10-09}); an unknown one is empty, and an
 * event known only from a source's date has it in {@code on_or_before}. Texts are in the chosen
 * language where they have it, else English.
 *
 * <p>Contacts are written without personal data (names, e-mails, phones) unless {@link
 * #withPersonalData()} asks for it: a file with them is a copy that erasure cannot reach, so the
 * caller decides, and says so.
 *
 * <p>The report values write their own CSV ({@code toCsv()} on the dashboard, country profile and
 * portfolio). Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CsvExporter {
  /** How many records a query's pages hold while being written. */
  static final int PAGE_SIZE = 200;

  static final String LIST_SEPARATOR = "|";

  private final CsvDialect dialect;
  private final Locale language;
  private final boolean personalData;

  private CsvExporter(CsvDialect dialect, Locale language, boolean personalData) {
    this.dialect = dialect;
    this.language = language;
    this.personalData = personalData;
  }

  /**
   * An exporter writing standard CSV, English texts, and no personal data.
   *
   * @return the exporter
   */
  public static CsvExporter create() {
    return new CsvExporter(CsvDialect.STANDARD, Locale.ENGLISH, false);
  }

  /**
   * Returns an exporter writing in {@code dialect}.
   *
   * @param dialect how the file is written
   * @return a new exporter
   */
  public CsvExporter withDialect(CsvDialect dialect) {
    return new CsvExporter(requireNonNull(dialect, "dialect"), language, personalData);
  }

  /**
   * Returns an exporter writing texts in {@code language} where they have it.
   *
   * @param language the language to prefer
   * @return a new exporter
   */
  public CsvExporter withLanguage(Locale language) {
    return new CsvExporter(dialect, requireNonNull(language, "language"), personalData);
  }

  /**
   * Returns an exporter that writes contacts' names, e-mails and phones too.
   *
   * @return a new exporter
   */
  public CsvExporter withPersonalData() {
    return new CsvExporter(dialect, language, true);
  }

  /**
   * Writes the events the query finds, every page, in the query's order.
   *
   * @param coopkit where to search
   * @param query which events (its limit is ignored: every page is read)
   * @param out where the CSV goes; flushed, not closed
   * @return the number of rows written, not counting the header
   */
  public long events(Coopkit coopkit, EventQuery query, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    try (CsvRows rows = new CsvRows(out, dialect, EventColumns.HEADER)) {
      eachOnEveryPage(
          query.toBuilder().limit(PAGE_SIZE).after(null).build(),
          coopkit.events()::search,
          EventQuery::after,
          e -> rows.row(EventColumns.of(e, language)));
      return rows.rows();
    }
  }

  /**
   * Writes the projects the query finds, every page, in the query's order.
   *
   * @param coopkit where to search
   * @param query which projects (its limit is ignored)
   * @param out where the CSV goes; flushed, not closed
   * @return the number of rows written, not counting the header
   */
  public long projects(Coopkit coopkit, ProjectQuery query, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    try (CsvRows rows = new CsvRows(out, dialect, PROJECT_HEADER)) {
      eachOnEveryPage(
          query.toBuilder().limit(PAGE_SIZE).after(null).build(),
          coopkit.projects()::search,
          ProjectQuery::after,
          p -> rows.row(project(p)));
      return rows.rows();
    }
  }

  /**
   * Writes the contacts the query finds, every page, without personal data unless {@link
   * #withPersonalData()} was asked for.
   *
   * @param coopkit where to search
   * @param query which contacts (its limit is ignored)
   * @param out where the CSV goes; flushed, not closed
   * @return the number of rows written, not counting the header
   */
  public long contacts(Coopkit coopkit, ContactQuery query, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    List<String> header = new ArrayList<>(List.of("id", "visibility", "organisation", "roles"));
    if (personalData) {
      header.addAll(List.of("display_name", "sort_name", "emails", "phones"));
    }
    try (CsvRows rows = new CsvRows(out, dialect, header)) {
      eachOnEveryPage(
          query.toBuilder().limit(PAGE_SIZE).after(null).build(),
          coopkit.contacts()::search,
          ContactQuery::after,
          c -> rows.row(contact(c)));
      return rows.rows();
    }
  }

  /** Hands each item of every page to {@code each}, page by page, so memory holds one page. */
  private static <Q, T> void eachOnEveryPage(
      Q first, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after, Consumer<T> each) {
    Q query = first;
    while (true) {
      Page<T> found = search.apply(query);
      found.items().forEach(each);
      String next = found.nextCursor();
      if (next == null) {
        return;
      }
      query = after.apply(query, next);
    }
  }

  static final List<String> PROJECT_HEADER =
      List.of(
          "id",
          "code",
          "title",
          "acronym",
          "status",
          "start",
          "end",
          "framework",
          "countries",
          "external_ids");

  private List<String> project(Project p) {
    return List.of(
        p.id().toString(),
        p.code(),
        p.title().get(language),
        orEmpty(p.acronym()),
        words(p.status()),
        orEmpty(p.dates().start()),
        orEmpty(p.dates().end()),
        p.framework() == null ? "" : p.framework().code(),
        join(p.countryCodes(), CountryCode::alpha2),
        join(p.externalIds(), Object::toString));
  }

  private List<String> contact(Contact c) {
    List<String> row = new ArrayList<>();
    row.add(c.id().toString());
    row.add(words(c.visibility()));
    row.add(orEmpty(c.organisation()));
    row.add(join(c.roles(), CsvExporter::role));
    if (personalData) {
      row.add(c.displayName());
      row.add(c.sortName());
      row.add(join(c.emails(), EmailAddress::value));
      row.add(join(c.phones(), PhoneNumber::value));
    }
    return row;
  }

  private static String role(RoleAssignment r) {
    return words(r.type()) + (r.title() == null ? "" : " (" + r.title() + ")");
  }

  /** Columns and cells of the events' CSV. */
  static final class EventColumns {
    static final List<String> HEADER =
        List.of(
            "id",
            "title",
            "type",
            "status",
            "format",
            "start",
            "end",
            "on_or_before",
            "part_of",
            "series",
            "city",
            "country",
            "participants",
            "participants_qualifier",
            "participant_countries",
            "topics",
            "projects");

    private EventColumns() {}

    static List<String> of(Event e, Locale language) {
      ParticipantCount total = e.participation().total();
      return List.of(
          e.id().toString(),
          e.title().get(language),
          words(e.type()),
          words(e.status()),
          words(e.format()),
          orEmpty(e.dates().start()),
          orEmpty(e.dates().end()),
          orEmpty(e.dates().onOrBefore()),
          orEmpty(e.partOf()),
          e.series() == null ? "" : e.series().code(),
          e.venue() == null ? "" : orEmpty(e.venue().city()),
          e.venue() == null || e.venue().country() == null ? "" : e.venue().country().alpha2(),
          total == null ? "" : String.valueOf(total.value()),
          total == null ? "" : words(total.qualifier()),
          join(e.participation().countries(), CountryCode::alpha2),
          join(e.topics(), Topic::label),
          join(e.projects(), Object::toString));
    }
  }

  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String orEmpty(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  static <T> String join(Iterable<T> values, Function<T, String> text) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(text.apply(v)));
    return texts.stream().sorted().collect(Collectors.joining(LIST_SEPARATOR));
  }
}
