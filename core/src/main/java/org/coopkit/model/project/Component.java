package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A component (work stream, result area) of a project. Components live inside their project: they
 * are stored, ordered and versioned with it.
 *
 * @since 0.1.0
 */
public final class Component {
  private final ComponentId id;
  private final @Nullable String code;
  private final LocalizedText title;
  private final @Nullable LocalizedText objective;
  private final List<LocalizedText> expectedResults;

  private Component(
      ComponentId id,
      @Nullable String code,
      LocalizedText title,
      @Nullable LocalizedText objective,
      List<LocalizedText> expectedResults) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    expectedResults = ImmutableList.copyOf(expectedResults);
    code = Validator.normalizeOrNull(code);
    Validator v = Validator.of("Component");
    v.optionalText(code, "code", Limits.CODE);
    v.checkLazily(
        title.maxLength() <= Limits.TITLE,
        "title",
        "must be at most " + Limits.TITLE + " characters long",
        () -> title.maxLength() + " characters");
    v.size(expectedResults, "expectedResults", Limits.LIST);
    v.throwIfInvalid();
    this.id = id;
    this.code = code;
    this.title = title;
    this.objective = objective;
    this.expectedResults = expectedResults;
  }

  /**
   * The component's id, unique across all projects.
   *
   * @return the component's id, unique across all projects
   */
  public ComponentId id() {
    return id;
  }

  /**
   * Its number or short code inside the project, e.g. {@code "1"} or {@code "mla"}.
   *
   * @return its number or short code inside the project, e.g. {@code "1"} or {@code "mla"}
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * What the component is called.
   *
   * @return what the component is called
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * What it sets out to achieve.
   *
   * @return what it sets out to achieve
   */
  public @Nullable LocalizedText objective() {
    return objective;
  }

  /**
   * The results it is expected to deliver, in order.
   *
   * @return the results it is expected to deliver, in order
   */
  public List<LocalizedText> expectedResults() {
    return expectedResults;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Component o
        && Objects.equals(id, o.id)
        && Objects.equals(code, o.code)
        && Objects.equals(title, o.title)
        && Objects.equals(objective, o.objective)
        && Objects.equals(expectedResults, o.expectedResults);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, code, title, objective, expectedResults);
  }

  @Override
  public String toString() {
    return "Component[id="
        + id
        + ", code="
        + code
        + ", title="
        + title
        + ", objective="
        + objective
        + ", expectedResults="
        + expectedResults
        + "]";
  }

  /**
   * Starts a component.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this component's values.
   *
   * @return a new builder; changing it leaves this component untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Component}; reusable. */
  public static final class Builder {
    private @Nullable ComponentId id;
    private @Nullable String code;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText objective;
    private final List<LocalizedText> expectedResults = new ArrayList<>();

    private Builder() {}

    private Builder(Component c) {
      id = c.id;
      code = c.code;
      title = c.title;
      objective = c.objective;
      expectedResults.addAll(c.expectedResults);
    }

    /**
     * Sets {@link Component#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(ComponentId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Component#code()} ({@code null} for none).
     *
     * @param code the value, or {@code null} for none
     * @return this builder
     */
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link Component#title()}.
     *
     * @param title the value
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder title(LocalizedText title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets an English title.
     *
     * @param englishTitle the component's title in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder title(String englishTitle) {
      return title(LocalizedText.of(englishTitle));
    }

    /**
     * Sets {@link Component#objective()} ({@code null} for none).
     *
     * @param objective the value, or {@code null} for none
     * @return this builder
     */
    public Builder objective(@Nullable LocalizedText objective) {
      this.objective = objective;
      return this;
    }

    /**
     * Sets {@link Component#expectedResults()}, replacing any given before; the list is copied.
     *
     * @param expectedResults the values
     * @return this builder
     * @throws NullPointerException if {@code expectedResults} is null
     */
    public Builder expectedResults(List<LocalizedText> expectedResults) {
      Validator.replaceAll(this.expectedResults, expectedResults, "expectedResults");
      return this;
    }

    /**
     * Appends {@code result} to the expected results given so far.
     *
     * @param result the entry to append
     * @return this builder
     * @throws NullPointerException if {@code result} is null
     */
    public Builder addExpectedResult(LocalizedText result) {
      expectedResults.add(requireNonNull(result, "result"));
      return this;
    }

    /**
     * Checks the values and builds the component.
     *
     * @return a new component
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Component build() {
      Validator v = Validator.of("Component");
      v.required(id, "id");
      v.required(title, "title");
      v.throwIfInvalid();
      return new Component(
          requireNonNull(id), code, requireNonNull(title), objective, expectedResults);
    }
  }
}
