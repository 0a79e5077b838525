package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A participant figure one source gave for an event, kept beside the one the record adopts ({@link
 * Participation#total()}): a news item's "about 50", the final report's 93. Reports count the
 * adopted total only; these say what else was reported, and by whom.
 *
 * <p>A reported figure names its source by a line of text. Where the source is stored as a {@link
 * org.coopkit.model.source.Source}, report the figure to the provenance of the event's total
 * instead ({@link org.coopkit.service.ProvenanceService#report} with {@code Fact.of(event.id(),
 * FactPath.PARTICIPATION_TOTAL)}): there it cites the source by id, the adoption says who chose the
 * total and why, and the queries for conflicts and for what a source supports find it. Both stay
 * valid; coopkit does not copy one into the other.
 *
 * @since 0.2.0
 */
public final class ReportedFigure {
  private final ParticipantCount count;
  private final @Nullable String source;
  private final @Nullable PartialDate reportedOn;

  private ReportedFigure(
      ParticipantCount count, @Nullable String source, @Nullable PartialDate reportedOn) {
    requireNonNull(count, "count");
    String text = Validator.normalizeOrNull(source);
    Validator v = Validator.of("ReportedFigure");
    if (v.optionalText(text, "source", Limits.TITLE)) {
      v.check(
          text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0,
          "source",
          "must be one line",
          text);
    }
    v.throwIfInvalid();
    this.count = count;
    this.source = text;
    this.reportedOn = reportedOn;
  }

  /**
   * A figure and where it was reported.
   *
   * @param count the figure as the source gave it, e.g. {@code ParticipantCount.approximately(50)}
   * @param source a one-line citation of the source, e.g. {@code news item}, or {@code null}
   * @param reportedOn the day, month or year the source speaks for, or {@code null}
   * @return the reported figure
   * @throws org.coopkit.error.ValidationException if the source is blank, spans lines or is longer
   *     than {@value Limits#TITLE} characters
   */
  public static ReportedFigure of(
      ParticipantCount count, @Nullable String source, @Nullable PartialDate reportedOn) {
    return new ReportedFigure(count, source, reportedOn);
  }

  /**
   * The figure as the source gave it, with its qualifier ("about 50", "more than 40").
   *
   * @return the figure
   */
  public ParticipantCount count() {
    return count;
  }

  /**
   * A one-line citation of the source, stripped and in Unicode NFC: {@code news item}, {@code final
   * report to the donor}.
   *
   * @return the source, or {@code null} if not recorded
   */
  public @Nullable String source() {
    return source;
  }

  /**
   * The day, month or year the source speaks for.
   *
   * @return when the figure was reported, or {@code null} if not known
   */
  public @Nullable PartialDate reportedOn() {
    return reportedOn;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportedFigure o
        && count.equals(o.count)
        && Objects.equals(source, o.source)
        && Objects.equals(reportedOn, o.reportedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, source, reportedOn);
  }

  @Override
  public String toString() {
    return "ReportedFigure[" + count + ", source=" + source + ", reportedOn=" + reportedOn + "]";
  }
}
