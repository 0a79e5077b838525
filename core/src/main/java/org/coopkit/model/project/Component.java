package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.internal.Validator;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A component (work stream, result area) of a project. Components live inside their project: they
 * are stored, ordered and versioned with it.
 *
 * @param id the component's id, unique across all projects
 * @param code its number or short code inside the project, e.g. {@code "1"} or {@code "mla"}
 * @param title what the component is called
 * @param objective what it sets out to achieve
 * @param expectedResults the results it is expected to deliver, in order
 * @since 0.1.0
 */
public record Component(
    ComponentId id,
    @Nullable String code,
    LocalizedText title,
    @Nullable LocalizedText objective,
    List<LocalizedText> expectedResults) {

  /**
   * @param id the component's id, unique across all projects
   * @param code its number or short code inside the project, e.g. {@code "1"} or {@code "mla"}
   * @param title what the component is called
   * @param objective what it sets out to achieve
   * @param expectedResults the results it is expected to deliver, in order
   * @throws org.coopkit.error.ValidationException if a rule is broken
   */
  public Component {
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
     * Sets the component's id, unique across all projects.
     *
     * @param id the component's id, unique across all projects
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(ComponentId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the component's number or short code inside the project, e.g. {@code "1"} or {@code
     * "mla"} ({@code null} for none).
     *
     * @param code its number or short code inside the project, e.g. {@code "1"} or {@code "mla"};
     *     {@code null} for none
     * @return this builder
     */
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets what the component is called.
     *
     * @param title what the component is called
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
     * Sets what the component sets out to achieve ({@code null} for none).
     *
     * @param objective what it sets out to achieve; {@code null} for none
     * @return this builder
     */
    public Builder objective(@Nullable LocalizedText objective) {
      this.objective = objective;
      return this;
    }

    /**
     * Sets the results it is expected to deliver, in order, replacing any given before; the list is
     * copied.
     *
     * @param expectedResults the results it is expected to deliver, in order
     * @return this builder
     * @throws NullPointerException if {@code expectedResults} is null
     */
    public Builder expectedResults(List<LocalizedText> expectedResults) {
      requireNonNull(expectedResults, "expectedResults");
      this.expectedResults.clear();
      this.expectedResults.addAll(expectedResults);
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
