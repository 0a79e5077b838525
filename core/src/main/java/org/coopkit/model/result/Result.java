package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ComponentId;
import org.jspecify.annotations.Nullable;

/**
 * One link of a project's results chain: the impact, an outcome or an output, with the indicators
 * that measure it. Results live inside their {@link Logframe}: they are stored, ordered and
 * versioned with it. IATI's {@code result}; see the {@linkplain org.coopkit.model.result package}.
 *
 * @since 0.2.0
 */
public final class Result {
  private final ResultId id;
  private final ResultLevel level;
  private final LocalizedText statement;
  private final @Nullable ResultId contributesTo;
  private final List<ComponentId> components;
  private final List<EventId> events;
  private final List<Indicator> indicators;

  private Result(Builder b) {
    this.id = requireNonNull(b.id);
    this.level = requireNonNull(b.level);
    this.statement = requireNonNull(b.statement);
    this.contributesTo = b.contributesTo;
    this.components = ImmutableList.copyOf(b.components);
    this.events = ImmutableList.copyOf(b.events);
    this.indicators = ImmutableList.copyOf(b.indicators);
    Validator v = Validator.of("Result");
    v.checkLazily(
        statement.maxLength() <= Limits.TEXT,
        "statement",
        "must be at most " + Limits.TEXT + " characters long",
        () -> statement.maxLength() + " characters");
    v.check(
        contributesTo == null || level != ResultLevel.IMPACT,
        "contributesTo",
        "must be empty for the IMPACT, the top of the chain",
        contributesTo);
    v.check(
        !id.equals(contributesTo), "contributesTo", "must not be the result itself", contributesTo);
    v.size(components, "components", Limits.COMPONENTS);
    v.unique(components, c -> c, "components", "component");
    v.size(events, "events", Limits.LIST);
    v.unique(events, e -> e, "events", "event");
    v.check(
        events.isEmpty() || level == ResultLevel.OUTPUT,
        "events",
        "are linked to OUTPUTs only: an event serves an output",
        events.size());
    v.size(indicators, "indicators", Limits.LIST);
    v.unique(indicators, Indicator::id, "indicators", "indicator id");
    v.throwIfInvalid();
  }

  /**
   * The result's id, unique in its logframe (ids made by {@link org.coopkit.Ids} are unique
   * everywhere).
   *
   * @return the id
   */
  public ResultId id() {
    return id;
  }

  /**
   * Where it sits in the chain.
   *
   * @return the level
   */
  public ResultLevel level() {
    return level;
  }

  /**
   * What is to be achieved, e.g. "criminal justice authorities use electronic evidence".
   *
   * @return the statement
   */
  public LocalizedText statement() {
    return statement;
  }

  /**
   * The result one level up that this one contributes to: an output's outcome, an outcome's impact.
   *
   * @return the result it contributes to, in the same logframe; {@code null} if none is named
   */
  public @Nullable ResultId contributesTo() {
    return contributesTo;
  }

  /**
   * The project's components the result belongs to.
   *
   * @return the components, in order, without repeats
   */
  public List<ComponentId> components() {
    return components;
  }

  /**
   * The events that serve this output (several outputs may name one event); empty for an outcome or
   * the impact. The link is kept here, on the results side, so that revising a logframe leaves the
   * events untouched.
   *
   * @return the events, in order, without repeats
   */
  public List<EventId> events() {
    return events;
  }

  /**
   * How the result is measured.
   *
   * @return the indicators, in order
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Result o
        && id.equals(o.id)
        && level == o.level
        && statement.equals(o.statement)
        && Objects.equals(contributesTo, o.contributesTo)
        && components.equals(o.components)
        && events.equals(o.events)
        && indicators.equals(o.indicators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, level, statement, contributesTo, components, events, indicators);
  }

  @Override
  public String toString() {
    return "Result[id="
        + id
        + ", level="
        + level
        + ", statement="
        + statement
        + ", contributesTo="
        + contributesTo
        + ", components="
        + components
        + ", events="
        + events
        + ", indicators="
        + indicators
        + "]";
  }

  /**
   * Starts a result.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this result's values.
   *
   * @return a new builder; changing it leaves this result untouched
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.level = level;
    b.statement = statement;
    b.contributesTo = contributesTo;
    b.components.addAll(components);
    b.events.addAll(events);
    b.indicators.addAll(indicators);
    return b;
  }

  /** Builds a {@link Result}; reusable. */
  public static final class Builder {
    private @Nullable ResultId id;
    private @Nullable ResultLevel level;
    private @Nullable LocalizedText statement;
    private @Nullable ResultId contributesTo;
    private final List<ComponentId> components = new ArrayList<>();
    private final List<EventId> events = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private Builder() {}

    /**
     * Sets {@link Result#id()}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(ResultId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Result#level()}.
     *
     * @param level the value
     * @return this builder
     */
    public Builder level(ResultLevel level) {
      this.level = requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets {@link Result#statement()}.
     *
     * @param statement the value
     * @return this builder
     */
    public Builder statement(LocalizedText statement) {
      this.statement = requireNonNull(statement, "statement");
      return this;
    }

    /**
     * Sets an English {@link Result#statement()}.
     *
     * @param englishStatement the statement in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder statement(String englishStatement) {
      return statement(LocalizedText.of(englishStatement));
    }

    /**
     * Sets {@link Result#contributesTo()} ({@code null} for none).
     *
     * @param contributesTo the value, or {@code null}
     * @return this builder
     */
    public Builder contributesTo(@Nullable ResultId contributesTo) {
      this.contributesTo = contributesTo;
      return this;
    }

    /**
     * Sets {@link Result#components()}, replacing any given before.
     *
     * @param components the values
     * @return this builder
     */
    public Builder components(List<ComponentId> components) {
      Validator.replaceAll(this.components, components, "components");
      return this;
    }

    /**
     * Appends a component.
     *
     * @param component the component
     * @return this builder
     */
    public Builder addComponent(ComponentId component) {
      components.add(requireNonNull(component, "component"));
      return this;
    }

    /**
     * Sets {@link Result#events()}, replacing any given before.
     *
     * @param events the values
     * @return this builder
     */
    public Builder events(List<EventId> events) {
      Validator.replaceAll(this.events, events, "events");
      return this;
    }

    /**
     * Appends an event that serves this output.
     *
     * @param event the event
     * @return this builder
     */
    public Builder addEvent(EventId event) {
      events.add(requireNonNull(event, "event"));
      return this;
    }

    /**
     * Sets {@link Result#indicators()}, replacing any given before.
     *
     * @param indicators the values
     * @return this builder
     */
    public Builder indicators(List<Indicator> indicators) {
      Validator.replaceAll(this.indicators, indicators, "indicators");
      return this;
    }

    /**
     * Appends an indicator.
     *
     * @param indicator the indicator
     * @return this builder
     */
    public Builder addIndicator(Indicator indicator) {
      indicators.add(requireNonNull(indicator, "indicator"));
      return this;
    }

    /**
     * Checks the values and builds the result.
     *
     * @return a new result
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Result build() {
      Validator v = Validator.of("Result");
      v.required(id, "id");
      v.required(level, "level");
      v.required(statement, "statement");
      v.throwIfInvalid();
      return new Result(this);
    }
  }
}
