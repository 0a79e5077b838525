package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * How the achievement of a result is measured: a statement, a measure, the direction in which it
 * improves, and its baselines, targets and actual values by period and breakdown. IATI's {@code
 * indicator}; see the {@linkplain org.coopkit.model.result package} for the mapping.
 *
 * <p>An indicator {@linkplain #computedFrom() computed from events} has no actual values typed in:
 * the progress report counts them from the events linked to the result's outputs.
 *
 * @since 0.2.0
 */
public final class Indicator {
  private final IndicatorId id;
  private final LocalizedText statement;
  private final Measure measure;
  private final Direction direction;
  private final Set<Disaggregation> disaggregations;
  private final List<Baseline> baselines;
  private final List<Target> targets;
  private final List<Actual> actuals;
  private final @Nullable EventCount computedFrom;

  private Indicator(Builder b) {
    this.id = requireNonNull(b.id);
    this.statement = requireNonNull(b.statement);
    this.measure = requireNonNull(b.measure);
    this.direction = b.direction;
    this.disaggregations = ImmutableSortedSet.copyOf(b.disaggregations);
    this.baselines = ImmutableList.copyOf(b.baselines);
    this.targets = ImmutableList.copyOf(b.targets);
    this.actuals = ImmutableList.copyOf(b.actuals);
    this.computedFrom = b.computedFrom;
    Validator v = Validator.of("Indicator");
    v.checkLazily(
        statement.maxLength() <= Limits.TITLE,
        "statement",
        "must be at most " + Limits.TITLE + " characters long",
        () -> statement.maxLength() + " characters");
    v.size(baselines, "baselines", Limits.LIST);
    v.size(targets, "targets", Limits.LIST);
    v.size(actuals, "actuals", Limits.LIST);
    v.unique(baselines, Baseline::breakdown, "baselines", "breakdown");
    v.unique(targets, t -> List.of(t.period(), t.breakdown()), "targets", "period and breakdown");
    v.unique(actuals, a -> List.of(a.period(), a.breakdown()), "actuals", "period and breakdown");
    for (int i = 0; i < baselines.size(); i++) {
      checkValue(v, "baselines[" + i + "]", baselines.get(i).breakdown(), baselines.get(i).value());
    }
    for (int i = 0; i < targets.size(); i++) {
      checkValue(v, "targets[" + i + "]", targets.get(i).breakdown(), targets.get(i).value());
    }
    for (int i = 0; i < actuals.size(); i++) {
      checkValue(v, "actuals[" + i + "]", actuals.get(i).breakdown(), actuals.get(i).value());
    }
    if (computedFrom != null) {
      v.check(
          measure.kind() == MeasureKind.NUMBER,
          "measure",
          "must be a NUMBER for an indicator computed from events",
          measure.kind());
      v.check(
          actuals.isEmpty(),
          "actuals",
          "must be empty for an indicator computed from events",
          actuals.size());
    }
    v.throwIfInvalid();
  }

  private void checkValue(Validator v, String path, Breakdown breakdown, BigDecimal value) {
    v.check(
        measure.accepts(value),
        path + ".value",
        "must fit the measure " + measure.kind() + describe(measure),
        value.toPlainString());
    v.check(
        breakdown.sex() == null || disaggregations.contains(Disaggregation.SEX),
        path + ".breakdown.sex",
        "is given only for an indicator broken down by SEX",
        breakdown.sex());
    v.check(
        breakdown.organisationType() == null
            || disaggregations.contains(Disaggregation.ORGANISATION_TYPE),
        path + ".breakdown.organisationType",
        "is given only for an indicator broken down by ORGANISATION_TYPE",
        breakdown.organisationType());
  }

  private static String describe(Measure measure) {
    return switch (measure.kind()) {
      case NUMBER -> "";
      case PERCENTAGE -> " (0 to 100)";
      case YES_NO -> " (0 for no, 1 for yes)";
      case SCALE -> " (a level's position, 0 to " + (measure.levels().size() - 1) + ")";
    };
  }

  /**
   * The indicator's id, unique in its logframe (ids made by {@link org.coopkit.Ids} are unique
   * everywhere).
   *
   * @return the id
   */
  public IndicatorId id() {
    return id;
  }

  /**
   * What is measured, e.g. "number of judges and prosecutors trained on electronic evidence".
   *
   * @return the statement
   */
  public LocalizedText statement() {
    return statement;
  }

  /**
   * How it is measured.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Which way its values improve.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The dimensions, besides the country, by which its values may be broken down.
   *
   * @return the dimensions, in their order
   */
  public Set<Disaggregation> disaggregations() {
    return disaggregations;
  }

  /**
   * Where it stood before the project, at most one per breakdown.
   *
   * @return the baselines, in order
   */
  public List<Baseline> baselines() {
    return baselines;
  }

  /**
   * The values to reach, at most one per period and breakdown.
   *
   * @return the targets, in order
   */
  public List<Target> targets() {
    return targets;
  }

  /**
   * The values reached, at most one per period and breakdown; empty for an indicator computed from
   * events.
   *
   * @return the actual values, in order
   */
  public List<Actual> actuals() {
    return actuals;
  }

  /**
   * What it counts from events, if its actual values are computed from the events linked to its
   * result's outputs instead of typed in; see {@link EventCount}.
   *
   * @return what is counted, or {@code null} for an indicator whose actual values are typed in
   */
  public @Nullable EventCount computedFrom() {
    return computedFrom;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Indicator o
        && id.equals(o.id)
        && statement.equals(o.statement)
        && measure.equals(o.measure)
        && direction == o.direction
        && disaggregations.equals(o.disaggregations)
        && baselines.equals(o.baselines)
        && targets.equals(o.targets)
        && actuals.equals(o.actuals)
        && computedFrom == o.computedFrom;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        statement,
        measure,
        direction,
        disaggregations,
        baselines,
        targets,
        actuals,
        computedFrom);
  }

  @Override
  public String toString() {
    return "Indicator[id="
        + id
        + ", statement="
        + statement
        + ", measure="
        + measure
        + ", direction="
        + direction
        + ", disaggregations="
        + disaggregations
        + ", baselines="
        + baselines
        + ", targets="
        + targets
        + ", actuals="
        + actuals
        + ", computedFrom="
        + computedFrom
        + "]";
  }

  /**
   * Starts an indicator; the direction is {@link Direction#HIGHER_IS_BETTER} unless set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this indicator's values.
   *
   * @return a new builder; changing it leaves this indicator untouched
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.statement = statement;
    b.measure = measure;
    b.direction = direction;
    b.disaggregations.addAll(disaggregations);
    b.baselines.addAll(baselines);
    b.targets.addAll(targets);
    b.actuals.addAll(actuals);
    b.computedFrom = computedFrom;
    return b;
  }

  /** Builds an {@link Indicator}; reusable. */
  public static final class Builder {
    private @Nullable IndicatorId id;
    private @Nullable LocalizedText statement;
    private @Nullable Measure measure;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private final Set<Disaggregation> disaggregations = EnumSet.noneOf(Disaggregation.class);
    private final List<Baseline> baselines = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Actual> actuals = new ArrayList<>();
    private @Nullable EventCount computedFrom;

    private Builder() {}

    /**
     * Sets {@link Indicator#id()}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(IndicatorId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Indicator#statement()}.
     *
     * @param statement the value
     * @return this builder
     */
    public Builder statement(LocalizedText statement) {
      this.statement = requireNonNull(statement, "statement");
      return this;
    }

    /**
     * Sets an English {@link Indicator#statement()}.
     *
     * @param englishStatement the statement in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder statement(String englishStatement) {
      return statement(LocalizedText.of(englishStatement));
    }

    /**
     * Sets {@link Indicator#measure()}.
     *
     * @param measure the value
     * @return this builder
     */
    public Builder measure(Measure measure) {
      this.measure = requireNonNull(measure, "measure");
      return this;
    }

    /**
     * Sets {@link Indicator#direction()}.
     *
     * @param direction the value
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets {@link Indicator#disaggregations()}, replacing any given before.
     *
     * @param disaggregations the values
     * @return this builder
     */
    public Builder disaggregations(Set<Disaggregation> disaggregations) {
      Validator.replaceAll(this.disaggregations, disaggregations, "disaggregations");
      return this;
    }

    /**
     * Sets {@link Indicator#baselines()}, replacing any given before.
     *
     * @param baselines the values
     * @return this builder
     */
    public Builder baselines(List<Baseline> baselines) {
      Validator.replaceAll(this.baselines, baselines, "baselines");
      return this;
    }

    /**
     * Appends a baseline.
     *
     * @param baseline the baseline
     * @return this builder
     */
    public Builder addBaseline(Baseline baseline) {
      baselines.add(requireNonNull(baseline, "baseline"));
      return this;
    }

    /**
     * Sets {@link Indicator#targets()}, replacing any given before.
     *
     * @param targets the values
     * @return this builder
     */
    public Builder targets(List<Target> targets) {
      Validator.replaceAll(this.targets, targets, "targets");
      return this;
    }

    /**
     * Appends a target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder addTarget(Target target) {
      targets.add(requireNonNull(target, "target"));
      return this;
    }

    /**
     * Sets {@link Indicator#actuals()}, replacing any given before.
     *
     * @param actuals the values
     * @return this builder
     */
    public Builder actuals(List<Actual> actuals) {
      Validator.replaceAll(this.actuals, actuals, "actuals");
      return this;
    }

    /**
     * Appends an actual value.
     *
     * @param actual the actual value
     * @return this builder
     */
    public Builder addActual(Actual actual) {
      actuals.add(requireNonNull(actual, "actual"));
      return this;
    }

    /**
     * Sets {@link Indicator#computedFrom()} ({@code null} for actual values typed in).
     *
     * @param computedFrom what is counted from events, or {@code null}
     * @return this builder
     */
    public Builder computedFrom(@Nullable EventCount computedFrom) {
      this.computedFrom = computedFrom;
      return this;
    }

    /**
     * Checks the values and builds the indicator.
     *
     * @return a new indicator
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Indicator build() {
      Validator v = Validator.of("Indicator");
      v.required(id, "id");
      v.required(statement, "statement");
      v.required(measure, "measure");
      v.throwIfInvalid();
      return new Indicator(this);
    }
  }
}
