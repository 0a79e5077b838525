package org.coopkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What {@link CoopkitJson#importInto} did: per section how many records it read, stored and
 * skipped, and the problems it found with their locations.
 *
 * <p>In {@link ImportMode#ALL_OR_NOTHING} an import with any problem stores nothing: every {@code
 * stored} count is then 0. In {@link ImportMode#RECORD_BY_RECORD} the stored records stay, whatever
 * else went wrong.
 *
 * @param mode the mode the import ran in
 * @param readCompletely whether the whole document was read; {@code false} when malformed or
 *     hostile input stopped the import, or an all-or-nothing import gave up after {@link
 *     ImportOptions#maxProblems()} problems
 * @param organisations the organisations section
 * @param projects the projects section
 * @param events the events section
 * @param contacts the contacts section
 * @param problems the first problems found, in the order found (a reference pointing forward within
 *     a section is checked when the section ends, or, all or nothing, when the document has been
 *     read), at most {@link ImportOptions#maxProblems()}
 * @param problemCount how many problems were found, including those not listed
 * @param logframes the logframes section (since 0.2.0)
 * @param sources the sources section (since 0.2.0)
 * @param provenance the provenance section: one record per fact (since 0.2.0)
 * @since 0.1.0
 */
public record ImportReport(
    ImportMode mode,
    boolean readCompletely,
    Counts organisations,
    Counts projects,
    Counts events,
    Counts contacts,
    List<ImportProblem> problems,
    long problemCount,
    Counts logframes,
    Counts sources,
    Counts provenance) {

  /**
   * Checks that the mode and counts are present and copies the problems into an immutable list.
   *
   * @param mode the mode the import ran in
   * @param readCompletely whether the whole document was read
   * @param organisations the organisations section
   * @param projects the projects section
   * @param events the events section
   * @param contacts the contacts section
   * @param problems the first problems found, in the order found
   * @param problemCount how many problems were found, including those not listed
   * @param logframes the logframes section
   * @param sources the sources section
   * @param provenance the provenance section
   * @throws NullPointerException if the mode, a section's counts or the problem list is null
   */
  public ImportReport {
    requireNonNull(mode, "mode");
    requireNonNull(logframes, "logframes");
    requireNonNull(sources, "sources");
    requireNonNull(provenance, "provenance");
    requireNonNull(organisations, "organisations");
    requireNonNull(projects, "projects");
    requireNonNull(events, "events");
    requireNonNull(contacts, "contacts");
    problems = ImmutableList.copyOf(problems);
  }

  /**
   * A report of a document without logframes, sources or provenance, as 0.1.0 made it.
   *
   * @param mode the mode the import ran in
   * @param readCompletely whether the whole document was read
   * @param organisations the organisations section
   * @param projects the projects section
   * @param events the events section
   * @param contacts the contacts section
   * @param problems the first problems found, in the order found
   * @param problemCount how many problems were found, including those not listed
   */
  public ImportReport(
      ImportMode mode,
      boolean readCompletely,
      Counts organisations,
      Counts projects,
      Counts events,
      Counts contacts,
      List<ImportProblem> problems,
      long problemCount) {
    this(
        mode,
        readCompletely,
        organisations,
        projects,
        events,
        contacts,
        problems,
        problemCount,
        Counts.NONE,
        Counts.NONE,
        Counts.NONE);
  }

  /**
   * Whether the document was read completely and without any problem: everything was stored.
   *
   * @return {@code true} only if the whole document was read and no problem was found
   */
  public boolean isSuccess() {
    return readCompletely && problemCount == 0;
  }

  /**
   * The number of records stored, all sections together.
   *
   * @return the sum of the sections' stored counts
   */
  public long stored() {
    return organisations.stored()
        + projects.stored()
        + events.stored()
        + contacts.stored()
        + logframes.stored()
        + sources.stored()
        + provenance.stored();
  }

  /** Lists the counts and the problems, one per line; handy in logs. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("ImportReport[")
            .append(mode)
            .append(readCompletely ? "" : ", stopped early")
            .append(", organisations ")
            .append(organisations)
            .append(", projects ")
            .append(projects)
            .append(", events ")
            .append(events)
            .append(", contacts ")
            .append(contacts)
            .append(logframes.equals(Counts.NONE) ? "" : ", logframes " + logframes)
            .append(sources.equals(Counts.NONE) ? "" : ", sources " + sources)
            .append(provenance.equals(Counts.NONE) ? "" : ", provenance " + provenance)
            .append(", ")
            .append(problemCount)
            .append(" problem(s)]");
    problems.forEach(p -> s.append("\n  ").append(p));
    return s.toString();
  }

  /**
   * The records of one section.
   *
   * @param read how many records the document held (as far as it was read)
   * @param stored how many of them are in the store now
   * @param skipped how many had a problem and were not stored
   * @since 0.1.0
   */
  public record Counts(long read, long stored, long skipped) {
    /** No records. */
    public static final Counts NONE = new Counts(0, 0, 0);

    @Override
    public String toString() {
      return read + " read, " + stored + " stored, " + skipped + " skipped";
    }
  }
}
