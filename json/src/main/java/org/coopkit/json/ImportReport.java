package org.coopkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CoopkitJson#importInto} did: per section how many records it read, stored and
 * skipped, and the problems it found with their locations.
 *
 * <p>In {@link ImportMode#ALL_OR_NOTHING} an import with any problem stores nothing: every {@code
 * stored} count is then 0. In {@link ImportMode#RECORD_BY_RECORD} the stored records stay, whatever
 * else went wrong.
 *
 * <p>Made by {@link CoopkitJson#importInto}; {@link #builder()} serves a host's test doubles. A
 * final class rather than a record, so that a new section adds its counts without breaking its
 * users.
 *
 * @since 0.1.0
 */
public final class ImportReport {
  private final ImportMode mode;
  private final boolean readCompletely;
  private final Counts organisations;
  private final Counts projects;
  private final Counts events;
  private final Counts contacts;
  private final List<ImportProblem> problems;
  private final long problemCount;
  private final Counts logframes;
  private final Counts sources;
  private final Counts provenance;

  private ImportReport(Builder b) {
    this.mode = b.mode;
    this.readCompletely = b.readCompletely;
    this.organisations = b.organisations;
    this.projects = b.projects;
    this.events = b.events;
    this.contacts = b.contacts;
    this.problems = ImmutableList.copyOf(b.problems);
    this.problemCount = b.problemCount;
    this.logframes = b.logframes;
    this.sources = b.sources;
    this.provenance = b.provenance;
  }

  /**
   * The mode the import ran in.
   *
   * @return all or nothing, or record by record
   */
  public ImportMode mode() {
    return mode;
  }

  /**
   * Whether the whole document was read; {@code false} when malformed or hostile input stopped the
   * import, or an all-or-nothing import gave up after {@link ImportOptions#maxProblems()} problems.
   *
   * @return whether the whole document was read
   */
  public boolean readCompletely() {
    return readCompletely;
  }

  /**
   * The organisations section.
   *
   * @return its counts
   */
  public Counts organisations() {
    return organisations;
  }

  /**
   * The projects section.
   *
   * @return its counts
   */
  public Counts projects() {
    return projects;
  }

  /**
   * The events section.
   *
   * @return its counts
   */
  public Counts events() {
    return events;
  }

  /**
   * The contacts section.
   *
   * @return its counts
   */
  public Counts contacts() {
    return contacts;
  }

  /**
   * The first problems found, in the order found (a reference pointing forward within a section is
   * checked when the section ends, or, all or nothing, when the document has been read), at most
   * {@link ImportOptions#maxProblems()}.
   *
   * @return the problems, unmodifiable
   */
  public List<ImportProblem> problems() {
    return problems;
  }

  /**
   * How many problems were found, including those not listed in {@link #problems()}.
   *
   * @return how many problems were found
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * The logframes section.
   *
   * @return its counts
   * @since 0.2.0
   */
  public Counts logframes() {
    return logframes;
  }

  /**
   * The sources section.
   *
   * @return its counts
   * @since 0.2.0
   */
  public Counts sources() {
    return sources;
  }

  /**
   * The provenance section: one record per fact.
   *
   * @return its counts
   * @since 0.2.0
   */
  public Counts provenance() {
    return provenance;
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

  /**
   * Whether {@code other} is an ImportReport with equal values, every one of them compared.
   *
   * @param other the object to compare with
   * @return whether {@code other} is equal to this
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ImportReport o
        && mode == o.mode
        && readCompletely == o.readCompletely
        && organisations.equals(o.organisations)
        && projects.equals(o.projects)
        && events.equals(o.events)
        && contacts.equals(o.contacts)
        && problems.equals(o.problems)
        && problemCount == o.problemCount
        && logframes.equals(o.logframes)
        && sources.equals(o.sources)
        && provenance.equals(o.provenance);
  }

  /**
   * A hash of every value, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        mode,
        readCompletely,
        organisations,
        projects,
        events,
        contacts,
        problems,
        problemCount,
        logframes,
        sources,
        provenance);
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
   * Starts a report of an all-or-nothing import that read the whole document: every section {@link
   * Counts#NONE} and no problem until set.
   *
   * @return a new builder
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this report's values.
   *
   * @return a new builder; changing it leaves this report untouched
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds an {@link ImportReport}; reusable. Each setter sets the value of the accessor of the
   * same name and rejects {@code null}; the problem list is copied.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private boolean readCompletely = true;
    private Counts organisations = Counts.NONE;
    private Counts projects = Counts.NONE;
    private Counts events = Counts.NONE;
    private Counts contacts = Counts.NONE;
    private List<ImportProblem> problems = List.of();
    private long problemCount;
    private Counts logframes = Counts.NONE;
    private Counts sources = Counts.NONE;
    private Counts provenance = Counts.NONE;

    private Builder() {}

    private Builder(ImportReport r) {
      mode = r.mode;
      readCompletely = r.readCompletely;
      organisations = r.organisations;
      projects = r.projects;
      events = r.events;
      contacts = r.contacts;
      problems = r.problems;
      problemCount = r.problemCount;
      logframes = r.logframes;
      sources = r.sources;
      provenance = r.provenance;
    }

    /**
     * Sets {@link ImportReport#mode()}.
     *
     * @param mode the mode the import ran in
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder mode(ImportMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets {@link ImportReport#readCompletely()}.
     *
     * @param readCompletely whether the whole document was read
     * @return this builder
     */
    public Builder readCompletely(boolean readCompletely) {
      this.readCompletely = readCompletely;
      return this;
    }

    /**
     * Sets {@link ImportReport#organisations()}.
     *
     * @param organisations the organisations section
     * @return this builder
     * @throws NullPointerException if {@code organisations} is null
     */
    public Builder organisations(Counts organisations) {
      this.organisations = requireNonNull(organisations, "organisations");
      return this;
    }

    /**
     * Sets {@link ImportReport#projects()}.
     *
     * @param projects the projects section
     * @return this builder
     * @throws NullPointerException if {@code projects} is null
     */
    public Builder projects(Counts projects) {
      this.projects = requireNonNull(projects, "projects");
      return this;
    }

    /**
     * Sets {@link ImportReport#events()}.
     *
     * @param events the events section
     * @return this builder
     * @throws NullPointerException if {@code events} is null
     */
    public Builder events(Counts events) {
      this.events = requireNonNull(events, "events");
      return this;
    }

    /**
     * Sets {@link ImportReport#contacts()}.
     *
     * @param contacts the contacts section
     * @return this builder
     * @throws NullPointerException if {@code contacts} is null
     */
    public Builder contacts(Counts contacts) {
      this.contacts = requireNonNull(contacts, "contacts");
      return this;
    }

    /**
     * Sets {@link ImportReport#problems()}, replacing any given before.
     *
     * @param problems the first problems found, in the order found
     * @return this builder
     * @throws NullPointerException if the list or one of its problems is null
     */
    public Builder problems(List<ImportProblem> problems) {
      this.problems = ImmutableList.copyOf(problems);
      return this;
    }

    /**
     * Sets {@link ImportReport#problemCount()}.
     *
     * @param problemCount how many problems were found, including those not listed
     * @return this builder
     */
    public Builder problemCount(long problemCount) {
      this.problemCount = problemCount;
      return this;
    }

    /**
     * Sets {@link ImportReport#logframes()}.
     *
     * @param logframes the logframes section
     * @return this builder
     * @throws NullPointerException if {@code logframes} is null
     */
    public Builder logframes(Counts logframes) {
      this.logframes = requireNonNull(logframes, "logframes");
      return this;
    }

    /**
     * Sets {@link ImportReport#sources()}.
     *
     * @param sources the sources section
     * @return this builder
     * @throws NullPointerException if {@code sources} is null
     */
    public Builder sources(Counts sources) {
      this.sources = requireNonNull(sources, "sources");
      return this;
    }

    /**
     * Sets {@link ImportReport#provenance()}.
     *
     * @param provenance the provenance section
     * @return this builder
     * @throws NullPointerException if {@code provenance} is null
     */
    public Builder provenance(Counts provenance) {
      this.provenance = requireNonNull(provenance, "provenance");
      return this;
    }

    /**
     * Builds the report.
     *
     * @return a new report with the values set
     * @throws IllegalArgumentException if {@link #problemCount} is below the number of problems
     *     listed
     */
    public ImportReport build() {
      if (problemCount < problems.size()) {
        throw new IllegalArgumentException(
            "problemCount must be at least the number of problems listed, "
                + problems.size()
                + ", but was "
                + problemCount);
      }
      return new ImportReport(this);
    }
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
