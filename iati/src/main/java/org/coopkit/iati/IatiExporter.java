package org.coopkit.iati;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.project.Project;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.jspecify.annotations.Nullable;

/**
 * Writes projects as an IATI Activity Standard 2.03 file: one {@code iati-activities} element
 * ({@code version="2.03"}, {@code generated-datetime}) with an {@code iati-activity} per project,
 * read page by page through the services and written one by one, so memory stays the same for any
 * number of projects.
 *
 * <pre>{@code
 * IatiReport report = IatiExporter.create(
 *         ReportingOrg.of("XI-IATI-EXAMPLE", "40", "Programme Office"))
 *     .write(coopkit, ProjectQuery.builder().framework("pcf-eap").build(), out);
 * }</pre>
 *
 * <p>What each project becomes, in the schema's order:
 *
 * <ul>
 *   <li>{@code iati-identifier}: the project's external id of scheme {@code iati}, which must start
 *       with the reporting organisation's identifier and a hyphen;
 *   <li>{@code reporting-org}: the {@link ReportingOrg} given here, the same for every activity;
 *   <li>{@code title} and {@code description} (type 1 from the summary, type 2 from the aims): a
 *       {@code narrative} per language, each with its {@code xml:lang};
 *   <li>{@code participating-org}: each organisation and role once, by IATI role code (funding 1,
 *       accountable 2, extending 3, implementing 4; coopkit's further roles as their Javadoc says),
 *       with its IATI identifier when it has one and an organisation type code; every donor of a
 *       funding line is a funding organisation;
 *   <li>{@code activity-status}: IATI's code for the project's status;
 *   <li>{@code activity-date}: planned start (1), actual start (2), planned end (3, the end as last
 *       extended, or as derived from a duration), actual end (4). A date known only to the month or
 *       year is written as its first day for a start and its last day for an end, with a {@code
 *       narrative} holding the date as coopkit knows it ({@code 2017-07}); an actual end that would
 *       fall after the day of the export is written as that day;
 *   <li>{@code recipient-country}: the beneficiary countries, with percentages adding up to 100
 *       (equal shares: coopkit records no split); {@code recipient-region}, from {@link
 *       #withRegionWhenNoCountry}, for a project without one;
 *   <li>{@code sector} with its vocabulary (1 DAC five-digit, 2 DAC three-digit) and percentages
 *       adding up to 100 per vocabulary (equal shares where the project gives none); {@code
 *       policy-marker} (vocabulary 1) with its significance;
 *   <li>{@code budget}: a budget line of a year as that calendar year, a whole-period line when the
 *       project's period is at most a year (IATI budgets cover no more); each value with its
 *       currency and a {@code value-date}, the period's start;
 *   <li>{@code transaction}: each funding line with an amount, as the transaction type and finance
 *       type its kind says, dated by the line's start or else the project's, the donor as {@code
 *       provider-org};
 *   <li>{@code document-link}: each link, with a category by its kind and a format by its file
 *       extension; {@code related-activity}: parent (1), child (2) and sibling (3) projects that
 *       have an IATI identifier;
 *   <li>{@code result}: each result of the project's logframe that has indicators, typed by its
 *       level, each indicator with its measure, {@code ascending}, baselines and periods, each
 *       value's breakdown as {@code dimension}s and its note (and a scale level's name) as the
 *       {@code comment}. Only stored values are written: actual values an indicator computes from
 *       events are not.
 * </ul>
 *
 * <p>What is left out is counted in the {@link IatiReport}. A project that cannot be published (no
 * IATI identifier, no start date, no sector, an unknown status, ...) is refused with a {@link
 * ValidationException} naming the project and every rule it breaks, checked before any of its
 * elements is written. The file is then unfinished: the activities before it stay in the stream,
 * but the root element is never closed, so the stream never holds a well-formed document and no
 * reader can take it for a complete file. Write to a temporary file and move it into place once
 * {@code write} returns.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class IatiExporter {
  /** The version of the IATI standard written. */
  public static final String VERSION = "2.03";

  /** How many projects a file over a query reads per page. */
  static final int PAGE_SIZE = 100;

  private final ReportingOrg reporter;
  private final String language;
  private final Clock clock;
  private final @Nullable String regionWhenNoCountry;

  private IatiExporter(
      ReportingOrg reporter, String language, Clock clock, @Nullable String regionWhenNoCountry) {
    this.reporter = reporter;
    this.language = language;
    this.clock = clock;
    this.regionWhenNoCountry = regionWhenNoCountry;
  }

  /**
   * An exporter publishing as {@code reporter}, English as each activity's default language.
   *
   * @param reporter the organisation that publishes the file
   * @return the exporter
   */
  public static IatiExporter create(ReportingOrg reporter) {
    return new IatiExporter(requireNonNull(reporter, "reporter"), "en", Clock.systemUTC(), null);
  }

  /**
   * Returns an exporter that declares {@code languageTag} as each activity's default language
   * ({@code iati-activity/@xml:lang}); narratives name their own language either way.
   *
   * @param languageTag a BCP 47 language tag, preferably an ISO 639-1 code such as {@code fr}
   * @return a new exporter
   * @throws ValidationException if the tag is not well-formed
   */
  public IatiExporter withLanguage(String languageTag) {
    requireNonNull(languageTag, "languageTag");
    String tag;
    try {
      tag = new Locale.Builder().setLanguageTag(languageTag.strip()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      tag = "";
    }
    if (tag.isEmpty() || tag.equals("und")) {
      throw new ValidationException(
          "IatiExporter",
          List.of(new Violation("language", "must be a well-formed language tag", languageTag)));
    }
    return new IatiExporter(reporter, tag, clock, regionWhenNoCountry);
  }

  /**
   * Returns an exporter whose clock gives the file's {@code generated-datetime} and the day of the
   * export, after which no actual date or transaction may lie.
   *
   * @param clock the clock
   * @return a new exporter
   */
  public IatiExporter withClock(Clock clock) {
    return new IatiExporter(
        reporter, language, requireNonNull(clock, "clock"), regionWhenNoCountry);
  }

  /**
   * Returns an exporter that writes {@code recipient-region} {@code regionCode} (all of it) for a
   * project without a beneficiary country; without one, such a project is refused, as IATI requires
   * a recipient country or region.
   *
   * @param regionCode an OECD DAC region code of IATI's Region code list, e.g. {@code 89} (Europe,
   *     regional) or {@code 998} (developing countries, unspecified)
   * @return a new exporter
   * @throws ValidationException if the code is not in the list
   */
  public IatiExporter withRegionWhenNoCountry(String regionCode) {
    requireNonNull(regionCode, "regionCode");
    if (!IatiCodelists.DAC_REGIONS.contains(regionCode.strip())) {
      throw new ValidationException(
          "IatiExporter",
          List.of(
              new Violation(
                  "regionWhenNoCountry",
                  "must be an OECD DAC region code of IATI's Region code list",
                  regionCode)));
    }
    return new IatiExporter(reporter, language, clock, regionCode.strip());
  }

  /**
   * Writes the projects the query finds, every page of them, in the query's order; the stream is
   * flushed, not closed.
   *
   * @param coopkit where to search, and to look up organisations and related projects
   * @param query which projects (its limit sets nothing: every page is read)
   * @param out where the file goes
   * @return how many activities were written, and what was left out
   * @throws ValidationException naming the project, if a project cannot be published (see the class
   *     Javadoc for the state of the stream), or if the query finds no project (nothing is written
   *     then: an IATI file holds at least one activity)
   */
  public IatiReport write(Coopkit coopkit, ProjectQuery query, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(query, "query");
    File file = new File(coopkit, out);
    ProjectQuery page = query.toBuilder().limit(PAGE_SIZE).after(null).build();
    while (true) {
      Page<Project> found = coopkit.projects().search(page);
      found.items().forEach(file::activity);
      if (found.nextCursor() == null) {
        return file.end();
      }
      page = page.after(found.nextCursor());
    }
  }

  /**
   * Writes the given projects, in their order; the stream is flushed, not closed.
   *
   * @param coopkit where to look up organisations and related projects
   * @param projects the projects
   * @param out where the file goes
   * @return how many activities were written, and what was left out
   * @throws ValidationException naming the project, if a project cannot be published, or if there
   *     is none
   */
  public IatiReport write(Coopkit coopkit, Iterable<Project> projects, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(projects, "projects");
    File file = new File(coopkit, out);
    projects.forEach(file::activity);
    return file.end();
  }

  /** One file being written: its root is started with the first activity. */
  private final class File {
    private final Coopkit coopkit;
    private final OutputStream out;
    private final Instant generated = clock.instant();
    private final LocalDate today = LocalDate.ofInstant(generated, ZoneOffset.UTC);
    private @Nullable XmlOut xml;
    private @Nullable ActivityWriter writer;
    private long activities;
    private long fundingLinesLeftOut;
    private long budgetsLeftOut;
    private long relationsLeftOut;
    private long resultsLeftOut;

    File(Coopkit coopkit, OutputStream out) {
      this.coopkit = coopkit;
      this.out = requireNonNull(out, "out");
    }

    void activity(Project project) {
      // Planned whole before anything of it is written: a refused project leaves no fragment.
      ActivityPlan plan = ActivityPlan.of(project, coopkit, reporter, regionWhenNoCountry, today);
      if (writer == null) {
        XmlOut started = new XmlOut(out);
        started.startDocument();
        started.start("iati-activities");
        started.attribute("version", VERSION);
        started.attribute("generated-datetime", ActivityWriter.dateTime(generated));
        xml = started;
        writer = new ActivityWriter(started, reporter, language);
      }
      writer.write(plan);
      activities++;
      fundingLinesLeftOut += plan.fundingLinesLeftOut;
      budgetsLeftOut += plan.budgetsLeftOut;
      relationsLeftOut += plan.relationsLeftOut;
      resultsLeftOut += plan.resultsLeftOut;
    }

    IatiReport end() {
      if (xml == null) {
        throw new ValidationException(
            "IATI activities",
            List.of(
                new Violation(
                    "projects",
                    "must hold at least one project (an IATI file holds at least one activity)",
                    "none")));
      }
      xml.end();
      xml.endDocument();
      return new IatiReport(
          activities, fundingLinesLeftOut, budgetsLeftOut, relationsLeftOut, resultsLeftOut);
    }
  }
}
