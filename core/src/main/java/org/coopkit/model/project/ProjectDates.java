package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A project's dates as sources give them. Real projects are planned, signed, launched, start late
 * and get extended, so each of these is kept; each date may be known only to the month or year.
 *
 * <p><b>The end.</b> The end agreed now is the last {@linkplain #extensions() extension}'s new end,
 * or the planned end when there was none. {@link #actualEnd()} is when the project really ended
 * (or, as in 0.1, the end a source gives as current); when extensions are recorded it must not lie
 * after the last one's new end: a project that ran longer had an extension not yet recorded. {@link
 * #end()} is the end that counts; when no end is recorded at all, it is worked out from the start
 * and {@link #durationMonths()}, and {@link #isEndDerived()} says so. A derived end is never
 * stored: stores and the JSON document keep only what was recorded, and {@link #recordedEnd()}
 * gives the recorded end alone.
 *
 * <p>No order is enforced between signature, launch and start: sources date these events
 * differently (a launch conference may follow the start by months, a signature precede it by
 * years).
 *
 * <p>In 0.1 this was a record; its constructor, {@link #planned}, {@link #withActual}, {@link
 * #UNKNOWN} and the accessors work as before. Two values are equal when all their dates are.
 *
 * @since 0.1.0
 */
public final class ProjectDates {
  /**
   * The longest duration accepted, in months: 50 years.
   *
   * @since 0.2.0
   */
  public static final int MAX_DURATION_MONTHS = 600;

  /** No dates known. */
  public static final ProjectDates UNKNOWN = new ProjectDates(null, null, null, null);

  private final @Nullable PartialDate plannedStart;
  private final @Nullable PartialDate plannedEnd;
  private final @Nullable PartialDate actualStart;
  private final @Nullable PartialDate actualEnd;
  private final @Nullable PartialDate signed;
  private final @Nullable PartialDate launched;
  private final @Nullable Integer durationMonths;
  private final List<EndDateExtension> extensions;

  /**
   * The planned and actual dates, as 0.1's record made them; {@link #builder()} sets the others.
   *
   * @param plannedStart when the project was planned to start
   * @param plannedEnd when it was planned to end
   * @param actualStart when it really started
   * @param actualEnd when it really ended (or, while running, the current agreed end)
   * @throws org.coopkit.error.ValidationException if an end lies before its start
   */
  public ProjectDates(
      @Nullable PartialDate plannedStart,
      @Nullable PartialDate plannedEnd,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd) {
    this(plannedStart, plannedEnd, actualStart, actualEnd, null, null, null, List.of());
  }

  private ProjectDates(
      @Nullable PartialDate plannedStart,
      @Nullable PartialDate plannedEnd,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable PartialDate signed,
      @Nullable PartialDate launched,
      @Nullable Integer durationMonths,
      List<EndDateExtension> extensions) {
    extensions = ImmutableList.copyOf(extensions);
    Validator v = Validator.of("ProjectDates");
    checkOrder(v, plannedStart, plannedEnd, "plannedStart", "plannedEnd");
    checkOrder(v, actualStart, actualEnd, "actualStart", "actualEnd");
    if (durationMonths != null) {
      v.check(
          durationMonths >= 1 && durationMonths <= MAX_DURATION_MONTHS,
          "dates.durationMonths",
          "must be between 1 and " + MAX_DURATION_MONTHS,
          durationMonths);
    }
    if (v.size(extensions, "dates.extensions", Limits.LIST)) {
      checkExtensions(v, plannedEnd, actualEnd, extensions);
    }
    v.throwIfInvalid();
    this.plannedStart = plannedStart;
    this.plannedEnd = plannedEnd;
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
    this.signed = signed;
    this.launched = launched;
    this.durationMonths = durationMonths;
    this.extensions = extensions;
  }

  /**
   * Planned dates only.
   *
   * @param start when the project is planned to start, or {@code null} if not known
   * @param end when it is planned to end, or {@code null} if not known
   * @return dates with no actual start or end
   */
  public static ProjectDates planned(@Nullable PartialDate start, @Nullable PartialDate end) {
    return new ProjectDates(start, end, null, null);
  }

  /**
   * Returns a copy with the actual dates set.
   *
   * @param start when the project really started, or {@code null} if not known
   * @param end when it really ended or is now agreed to end, or {@code null} if not known
   * @return new dates with the same other dates
   */
  public ProjectDates withActual(@Nullable PartialDate start, @Nullable PartialDate end) {
    return toBuilder().actualStart(start).actualEnd(end).build();
  }

  /**
   * When the project was planned to start.
   *
   * @return the planned start, or {@code null} if not known
   */
  public @Nullable PartialDate plannedStart() {
    return plannedStart;
  }

  /**
   * When it was planned to end, before any extension.
   *
   * @return the planned end, or {@code null} if not known
   */
  public @Nullable PartialDate plannedEnd() {
    return plannedEnd;
  }

  /**
   * When it really started.
   *
   * @return the actual start, or {@code null} if not known
   */
  public @Nullable PartialDate actualStart() {
    return actualStart;
  }

  /**
   * When it really ended (or, while running, the end a source gives as current); never after the
   * last extension's new end.
   *
   * @return the actual end, or {@code null} if not known
   */
  public @Nullable PartialDate actualEnd() {
    return actualEnd;
  }

  /**
   * When the project's agreement was signed.
   *
   * @return the signature date, or {@code null} if not known
   * @since 0.2.0
   */
  public @Nullable PartialDate signed() {
    return signed;
  }

  /**
   * When the project was launched, e.g. by a launch conference.
   *
   * @return the launch date, or {@code null} if not known
   * @since 0.2.0
   */
  public @Nullable PartialDate launched() {
    return launched;
  }

  /**
   * How long the project is to run, in months, 1 to {@value #MAX_DURATION_MONTHS}, as sources give
   * it ("36 months") often where no end date is known. Not checked against the dates: sources give
   * both, rounded.
   *
   * @return the duration in months, or {@code null} if not known
   * @since 0.2.0
   */
  public @Nullable Integer durationMonths() {
    return durationMonths;
  }

  /**
   * The extensions of the end date, oldest first: the first one's previous end is the planned end
   * (when that is known), each later one's previous end is the new end of the one before, and their
   * decision dates, where known, do not go back in time.
   *
   * @return the extensions, unmodifiable
   * @since 0.2.0
   */
  public List<EndDateExtension> extensions() {
    return extensions;
  }

  /**
   * The start that counts: actual if known, else planned.
   *
   * @return the start, or {@code null} if neither is known
   */
  public @Nullable PartialDate start() {
    return actualStart != null ? actualStart : plannedStart;
  }

  /**
   * The end agreed now: the last extension's new end, else the planned end.
   *
   * @return the agreed end, or {@code null} if neither is known
   * @since 0.2.0
   */
  public @Nullable PartialDate agreedEnd() {
    return extensions.isEmpty() ? plannedEnd : extensions.get(extensions.size() - 1).newEnd();
  }

  /**
   * The end that was recorded: actual if known, else the {@linkplain #agreedEnd() agreed end}.
   *
   * @return the recorded end, or {@code null} if none is known
   * @since 0.2.0
   */
  public @Nullable PartialDate recordedEnd() {
    return actualEnd != null ? actualEnd : agreedEnd();
  }

  /**
   * The end that counts: the {@linkplain #recordedEnd() recorded end}; when none is recorded, the
   * end worked out from the {@linkplain #start() start} and {@link #durationMonths()}, at the
   * start's precision: a project starting 2019-06 for 36 months ends 2022-05, one starting on
   * 2019-06-15 ends on 2022-06-14, one starting in 2019 ends in 2022 (the year its last month can
   * fall in). {@link #isEndDerived()} tells the two apart; a derived end is never stored.
   *
   * @return the end, or {@code null} if none is recorded nor can be worked out
   */
  public @Nullable PartialDate end() {
    PartialDate recorded = recordedEnd();
    return recorded != null ? recorded : derivedEnd();
  }

  /**
   * Whether {@link #end()} was worked out from the start and the duration rather than recorded.
   *
   * @return {@code true} if no end is recorded and one was worked out
   * @since 0.2.0
   */
  public boolean isEndDerived() {
    return recordedEnd() == null && derivedEnd() != null;
  }

  /**
   * Whether the project runs on {@code date}, judged by {@link #start()} and {@link #end()} (a
   * derived end included); an unknown start or end is taken as open.
   *
   * @param date the day to check
   * @return {@code true} if the day lies within the start's earliest and the end's latest day
   */
  public boolean isActiveOn(LocalDate date) {
    PartialDate s = start();
    PartialDate e = end();
    return (s == null || !date.isBefore(s.earliest())) && (e == null || !date.isAfter(e.latest()));
  }

  private @Nullable PartialDate derivedEnd() {
    PartialDate s = start();
    if (s == null || durationMonths == null) {
      return null;
    }
    int months = durationMonths;
    LocalDate last =
        switch (s.precision()) {
          case DAY -> s.earliest().plusMonths(months).minusDays(1);
          case MONTH -> YearMonth.of(s.year(), s.month()).plusMonths(months - 1L).atDay(1);
          case YEAR -> YearMonth.of(s.year(), 12).plusMonths(months - 1L).atDay(1);
        };
    if (last.getYear() > PartialDate.MAX_YEAR) {
      return null; // beyond the dates the model holds: no end can be given
    }
    return switch (s.precision()) {
      case DAY -> PartialDate.of(last);
      case MONTH -> PartialDate.ofMonth(last.getYear(), last.getMonthValue());
      case YEAR -> PartialDate.ofYear(last.getYear());
    };
  }

  private static void checkOrder(
      Validator v,
      @Nullable PartialDate start,
      @Nullable PartialDate end,
      String startPath,
      String endPath) {
    if (start != null && end != null) {
      v.checkLazily(
          !end.latest().isBefore(start.earliest()),
          "dates." + endPath,
          "must not be before dates." + startPath,
          () -> end + " < " + start);
    }
  }

  private static void checkExtensions(
      Validator v,
      @Nullable PartialDate plannedEnd,
      @Nullable PartialDate actualEnd,
      List<EndDateExtension> extensions) {
    PartialDate agreed = plannedEnd;
    PartialDate decided = null;
    for (int i = 0; i < extensions.size(); i++) {
      EndDateExtension x = extensions.get(i);
      String path = "dates.extensions[" + i + "]";
      if (agreed != null) {
        v.check(
            x.previousEnd().equals(agreed),
            path + ".previousEnd",
            i == 0
                ? "must be dates.plannedEnd (" + agreed + ")"
                : "must be the new end of the extension before (" + agreed + ")",
            x.previousEnd());
      }
      PartialDate when = x.decided();
      if (when != null && decided != null) {
        PartialDate before = decided;
        v.checkLazily(
            !when.latest().isBefore(before.earliest()),
            path + ".decided",
            "must not be before the decision of the extension before",
            () -> when + " < " + before);
      }
      agreed = x.newEnd();
      decided = when != null ? when : decided;
    }
    if (actualEnd != null && agreed != null && !extensions.isEmpty()) {
      PartialDate last = agreed;
      v.checkLazily(
          !actualEnd.earliest().isAfter(last.latest()),
          "dates.actualEnd",
          "must not be after the last extension's new end (record the extension first)",
          () -> actualEnd + " > " + last);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProjectDates o
        && Objects.equals(plannedStart, o.plannedStart)
        && Objects.equals(plannedEnd, o.plannedEnd)
        && Objects.equals(actualStart, o.actualStart)
        && Objects.equals(actualEnd, o.actualEnd)
        && Objects.equals(signed, o.signed)
        && Objects.equals(launched, o.launched)
        && Objects.equals(durationMonths, o.durationMonths)
        && extensions.equals(o.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        signed,
        launched,
        durationMonths,
        extensions);
  }

  @Override
  public String toString() {
    return "ProjectDates[plannedStart="
        + plannedStart
        + ", plannedEnd="
        + plannedEnd
        + ", actualStart="
        + actualStart
        + ", actualEnd="
        + actualEnd
        + ", signed="
        + signed
        + ", launched="
        + launched
        + ", durationMonths="
        + durationMonths
        + ", extensions="
        + extensions
        + "]";
  }

  /**
   * Starts dates with none known.
   *
   * @return a new, empty builder
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these dates.
   *
   * @return a new builder; changing it leaves these dates untouched
   * @since 0.2.0
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.plannedStart = plannedStart;
    b.plannedEnd = plannedEnd;
    b.actualStart = actualStart;
    b.actualEnd = actualEnd;
    b.signed = signed;
    b.launched = launched;
    b.durationMonths = durationMonths;
    b.extensions.addAll(extensions);
    return b;
  }

  /**
   * Builds {@link ProjectDates}; reusable. Every date is optional.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable PartialDate plannedStart;
    private @Nullable PartialDate plannedEnd;
    private @Nullable PartialDate actualStart;
    private @Nullable PartialDate actualEnd;
    private @Nullable PartialDate signed;
    private @Nullable PartialDate launched;
    private @Nullable Integer durationMonths;
    private final List<EndDateExtension> extensions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets {@link ProjectDates#plannedStart()}.
     *
     * @param plannedStart the value, or {@code null} if not known
     * @return this builder
     */
    public Builder plannedStart(@Nullable PartialDate plannedStart) {
      this.plannedStart = plannedStart;
      return this;
    }

    /**
     * Sets {@link ProjectDates#plannedEnd()}.
     *
     * @param plannedEnd the value, or {@code null} if not known
     * @return this builder
     */
    public Builder plannedEnd(@Nullable PartialDate plannedEnd) {
      this.plannedEnd = plannedEnd;
      return this;
    }

    /**
     * Sets {@link ProjectDates#actualStart()}.
     *
     * @param actualStart the value, or {@code null} if not known
     * @return this builder
     */
    public Builder actualStart(@Nullable PartialDate actualStart) {
      this.actualStart = actualStart;
      return this;
    }

    /**
     * Sets {@link ProjectDates#actualEnd()}.
     *
     * @param actualEnd the value, or {@code null} if not known
     * @return this builder
     */
    public Builder actualEnd(@Nullable PartialDate actualEnd) {
      this.actualEnd = actualEnd;
      return this;
    }

    /**
     * Sets {@link ProjectDates#signed()}.
     *
     * @param signed the value, or {@code null} if not known
     * @return this builder
     */
    public Builder signed(@Nullable PartialDate signed) {
      this.signed = signed;
      return this;
    }

    /**
     * Sets {@link ProjectDates#launched()}.
     *
     * @param launched the value, or {@code null} if not known
     * @return this builder
     */
    public Builder launched(@Nullable PartialDate launched) {
      this.launched = launched;
      return this;
    }

    /**
     * Sets {@link ProjectDates#durationMonths()}; checked by {@link #build()}.
     *
     * @param durationMonths the value, or {@code null} if not known
     * @return this builder
     */
    public Builder durationMonths(@Nullable Integer durationMonths) {
      this.durationMonths = durationMonths;
      return this;
    }

    /**
     * Sets {@link ProjectDates#extensions()}, replacing any given before; the list is copied.
     *
     * @param extensions the extensions, oldest first
     * @return this builder
     * @throws NullPointerException if {@code extensions} or one of them is null
     */
    public Builder extensions(List<EndDateExtension> extensions) {
      Validator.replaceAll(this.extensions, extensions, "extensions");
      return this;
    }

    /**
     * Appends an extension after those given so far.
     *
     * @param extension the extension
     * @return this builder
     * @throws NullPointerException if {@code extension} is null
     */
    public Builder addExtension(EndDateExtension extension) {
      extensions.add(requireNonNull(extension, "extension"));
      return this;
    }

    /**
     * Checks every rule at once and builds the dates.
     *
     * @return the dates
     * @throws org.coopkit.error.ValidationException if an end lies before its start, the duration
     *     is out of range, or the extensions do not follow on from each other
     */
    public ProjectDates build() {
      return new ProjectDates(
          plannedStart,
          plannedEnd,
          actualStart,
          actualEnd,
          signed,
          launched,
          durationMonths,
          extensions);
    }
  }
}
