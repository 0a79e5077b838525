package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Where one fact comes from: the sources it cites, the values sources reported for it, and which of
 * them is adopted.
 *
 * <p><b>Contested.</b> A fact is {@linkplain #isContested() contested} when its reported values
 * hold more than one distinct value and no person has chosen one: it has no adoption, or one by a
 * rule ({@link AdoptionRule#LATEST_SOURCE}, {@link AdoptionRule#MOST_SPECIFIC}). A rule gives
 * reports a value to use, but no one has looked at the conflict, so it stays listed among the
 * conflicts until someone {@linkplain org.coopkit.service.ProvenanceService#adopt adopts} a value.
 *
 * <p><b>Sourced.</b> A fact is {@linkplain #isSourced() sourced} when it cites a source or one of
 * its reported values does.
 *
 * @since 0.2.0
 */
public final class FactProvenance {
  private final Fact fact;
  private final List<SourceId> sources;
  private final List<ReportedValue> reported;
  private final @Nullable Adoption adoption;
  private final long version;
  private final Instant updatedAt;

  private FactProvenance(Builder b) {
    requireNonNull(b.fact, "fact");
    List<SourceId> sources = ImmutableList.copyOf(b.sources);
    List<ReportedValue> reported = ImmutableList.copyOf(b.reported);
    Validator v = Validator.of("FactProvenance");
    v.size(sources, "sources", Limits.LIST);
    v.unique(sources, s -> s, "sources", "source");
    v.size(reported, "reported", Limits.LIST);
    v.unique(reported, ReportedValue::value, "reported", "value");
    Adoption adoption = b.adoption;
    if (adoption != null) {
      String adopted = adoption.value();
      v.check(
          reported.stream().anyMatch(r -> r.value().equals(adopted)),
          "adoption.value",
          "must be one of the reported values",
          adopted);
    }
    v.check(b.version >= 0, "version", "must not be negative", b.version);
    v.instant(b.updatedAt, "updatedAt");
    v.throwIfInvalid();
    this.fact = b.fact;
    this.sources = sources;
    this.reported = reported;
    this.adoption = adoption;
    this.version = b.version;
    this.updatedAt = b.updatedAt;
  }

  /**
   * Starts the provenance of a fact.
   *
   * @param fact the fact
   * @return a new builder, without sources, reports or adoption
   */
  public static Builder builder(Fact fact) {
    return new Builder(fact);
  }

  /**
   * A builder holding these values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(fact);
    b.sources.addAll(sources);
    b.reported.addAll(reported);
    b.adoption = adoption;
    b.version = version;
    b.updatedAt = updatedAt;
    return b;
  }

  /**
   * The fact.
   *
   * @return the fact
   */
  public Fact fact() {
    return fact;
  }

  /**
   * The sources the fact cites for the value its aggregate holds, each once, in the order cited.
   *
   * @return the sources; may be empty
   */
  public List<SourceId> sources() {
    return sources;
  }

  /**
   * The values sources reported for the fact, each distinct value once, in the order reported.
   *
   * @return the reported values; may be empty
   */
  public List<ReportedValue> reported() {
    return reported;
  }

  /**
   * Which reported value is adopted, if any.
   *
   * @return the adoption, or {@code null} if none
   */
  public @Nullable Adoption adoption() {
    return adoption;
  }

  /**
   * The adopted reported value.
   *
   * @return the value, with its sources; empty if none is adopted
   */
  public Optional<ReportedValue> adopted() {
    Adoption a = adoption;
    return a == null
        ? Optional.empty()
        : reported.stream().filter(r -> r.value().equals(a.value())).findFirst();
  }

  /**
   * The version, raised by each change; 0 before it is stored.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * When it was changed last.
   *
   * @return the time
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Whether sources disagree and no person has settled it; see the class comment.
   *
   * @return {@code true} if contested
   */
  public boolean isContested() {
    return reported.size() > 1 && (adoption == null || !adoption.isChosen());
  }

  /**
   * Whether the fact or one of its reported values cites a source.
   *
   * @return {@code true} if sourced
   */
  public boolean isSourced() {
    return !sources.isEmpty() || reported.stream().anyMatch(r -> !r.sources().isEmpty());
  }

  /**
   * Every source the fact rests on: its own, then those of its reported values, each once.
   *
   * @return the sources
   */
  public Set<SourceId> allSources() {
    Set<SourceId> all = new LinkedHashSet<>(sources);
    for (ReportedValue r : reported) {
      all.addAll(r.sources());
    }
    return all;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FactProvenance o
        && fact.equals(o.fact)
        && sources.equals(o.sources)
        && reported.equals(o.reported)
        && Objects.equals(adoption, o.adoption)
        && version == o.version
        && updatedAt.equals(o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, sources, reported, adoption, version);
  }

  /**
   * The fact, its counts and its adoption, for logs.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "FactProvenance["
        + fact
        + ", sources="
        + sources.size()
        + ", reported="
        + reported.size()
        + ", adoption="
        + adoption
        + ", v"
        + version
        + "]";
  }

  /** Builds a {@link FactProvenance}. */
  public static final class Builder {
    private final Fact fact;
    private final List<SourceId> sources = new ArrayList<>();
    private final List<ReportedValue> reported = new ArrayList<>();
    private @Nullable Adoption adoption;
    private long version;
    private Instant updatedAt = Instant.EPOCH;

    private Builder(Fact fact) {
      this.fact = requireNonNull(fact, "fact");
    }

    /**
     * Replaces {@link FactProvenance#sources()}.
     *
     * @param sources the sources
     * @return this builder
     */
    public Builder sources(List<SourceId> sources) {
      Validator.replaceAll(this.sources, sources, "sources");
      return this;
    }

    /**
     * Replaces {@link FactProvenance#reported()}.
     *
     * @param reported the reported values
     * @return this builder
     */
    public Builder reported(List<ReportedValue> reported) {
      Validator.replaceAll(this.reported, reported, "reported");
      return this;
    }

    /**
     * Sets {@link FactProvenance#adoption()}.
     *
     * @param adoption the adoption, or {@code null}
     * @return this builder
     */
    public Builder adoption(@Nullable Adoption adoption) {
      this.adoption = adoption;
      return this;
    }

    /**
     * Sets {@link FactProvenance#version()}; the services set it.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@link FactProvenance#updatedAt()}; the services set it.
     *
     * @param updatedAt the time
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    /**
     * Builds the provenance.
     *
     * @return the provenance
     * @throws org.coopkit.error.ValidationException if a source or value is given twice, the
     *     adopted value is not among the reported ones, or a list is too long
     */
    public FactProvenance build() {
      return new FactProvenance(this);
    }
  }
}
