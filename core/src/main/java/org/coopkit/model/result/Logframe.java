package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coopkit.model.Limits;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A project's results chain (logical framework): its impact, outcomes and outputs, each with its
 * indicators. A project has at most one logframe, known by the project's id; it is stored and
 * versioned as a whole, like a project with its components.
 *
 * <p>Rules: result ids are unique in the logframe, indicator ids across all its results; a result
 * that {@linkplain Result#contributesTo() contributes to} another names one of this logframe, one
 * level up (an output an outcome, an outcome the impact).
 *
 * @since 0.2.0
 */
public final class Logframe implements Versioned {
  private final ProjectId id;
  private final List<Result> results;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Logframe(Builder b) {
    this.id = requireNonNull(b.id);
    this.results = ImmutableList.copyOf(b.results);
    this.version = b.version;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    Validator v = Validator.of("Logframe");
    v.size(results, "results", Limits.LIST);
    v.unique(results, Result::id, "results", "result id");
    v.unique(
        results.stream().flatMap(r -> r.indicators().stream()).toList(),
        Indicator::id,
        "indicators",
        "indicator id");
    Map<ResultId, ResultLevel> levels = new HashMap<>();
    results.forEach(r -> levels.put(r.id(), r.level()));
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      ResultId up = r.contributesTo();
      if (up != null) {
        ResultLevel upLevel = levels.get(up);
        v.check(
            upLevel != null,
            "results[" + i + "].contributesTo",
            "must name a result of this logframe",
            up);
        v.check(
            upLevel == null || upLevel == r.level().parentLevel(),
            "results[" + i + "].contributesTo",
            "must name a result one level up (" + r.level().parentLevel() + ")",
            upLevel);
      }
    }
    v.stamps(version, createdAt, updatedAt);
    v.throwIfInvalid();
  }

  /**
   * The id of the project whose logframe this is; a project has at most one.
   *
   * @return the project's id
   */
  public ProjectId id() {
    return id;
  }

  /**
   * The results, in order (the impact, then outcomes and their outputs, by convention).
   *
   * @return the results
   */
  public List<Result> results() {
    return results;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * The result with this id.
   *
   * @param result the result's id
   * @return the result, or empty if this logframe has none with that id
   */
  public Optional<Result> result(ResultId result) {
    return results.stream().filter(r -> r.id().equals(result)).findFirst();
  }

  /**
   * The results that contribute to {@code result}: an outcome's outputs, the impact's outcomes.
   *
   * @param result the result's id
   * @return the results naming it in {@link Result#contributesTo()}, in order
   */
  public List<Result> contributorsTo(ResultId result) {
    return results.stream().filter(r -> result.equals(r.contributesTo())).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Logframe o
        && id.equals(o.id)
        && results.equals(o.results)
        && version == o.version
        && createdAt.equals(o.createdAt)
        && updatedAt.equals(o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, results, version, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "Logframe[id="
        + id
        + ", results="
        + results
        + ", version="
        + version
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  /**
   * Starts a logframe.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this logframe's values.
   *
   * @return a new builder; changing it leaves this logframe untouched
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.results.addAll(results);
    b.version = version;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** Builds a {@link Logframe}; reusable. */
  public static final class Builder implements Versioned.Builder<Builder> {
    private @Nullable ProjectId id;
    private final List<Result> results = new ArrayList<>();
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    /**
     * Sets the project whose logframe it is, {@link Logframe#id()}.
     *
     * @param project the project's id
     * @return this builder
     */
    public Builder project(ProjectId project) {
      this.id = requireNonNull(project, "project");
      return this;
    }

    /**
     * Sets {@link Logframe#results()}, replacing any given before.
     *
     * @param results the values
     * @return this builder
     */
    public Builder results(List<Result> results) {
      Validator.replaceAll(this.results, results, "results");
      return this;
    }

    /**
     * Appends a result.
     *
     * @param result the result
     * @return this builder
     */
    public Builder addResult(Result result) {
      results.add(requireNonNull(result, "result"));
      return this;
    }

    /**
     * Replaces the result with the same id as {@code result}, or appends it if there is none.
     *
     * @param result the result
     * @return this builder
     */
    public Builder putResult(Result result) {
      requireNonNull(result, "result");
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).id().equals(result.id())) {
          results.set(i, result);
          return this;
        }
      }
      results.add(result);
      return this;
    }

    @Override
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    @Override
    public Builder createdAt(Instant createdAt) {
      this.createdAt = requireNonNull(createdAt, "createdAt");
      return this;
    }

    @Override
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    /**
     * Checks the values and builds the logframe.
     *
     * @return a new logframe, version 0 unless a store set it
     * @throws org.coopkit.error.ValidationException if the project is missing or a rule is broken
     */
    public Logframe build() {
      Validator v = Validator.of("Logframe");
      v.required(id, "project");
      v.throwIfInvalid();
      return new Logframe(this);
    }
  }
}
