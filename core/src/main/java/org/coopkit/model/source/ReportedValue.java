package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * One value that sources gave for a fact, kept whether adopted or not: "about 50" from a news item,
 * "93" from the final report.
 *
 * @since 0.2.0
 */
public final class ReportedValue {
  private final String value;
  private final List<SourceId> sources;
  private final boolean approximate;
  private final @Nullable String note;

  private ReportedValue(Builder b) {
    requireNonNull(b.value, "value");
    String value = Validator.normalize(b.value);
    String note = Validator.normalizeOrNull(b.note);
    List<SourceId> sources = ImmutableList.copyOf(b.sources);
    Validator v = Validator.of("ReportedValue");
    if (v.text(value, "value", Limits.TITLE)) {
      v.check(oneLine(value), "value", "must be one line", value);
    }
    if (v.optionalText(note, "note", Limits.TITLE)) {
      v.check(note == null || oneLine(note), "note", "must be one line", note);
    }
    v.size(sources, "sources", Limits.LIST);
    v.unique(sources, s -> s, "sources", "source");
    v.throwIfInvalid();
    this.value = value;
    this.sources = sources;
    this.approximate = b.approximate;
    this.note = note;
  }

  private static boolean oneLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
  }

  /**
   * A value and the sources that give it.
   *
   * @param value the value as text, e.g. {@code 93} or {@code 2025-06-30}
   * @param sources the sources that give it; may be empty
   * @return the reported value, not approximate, without note
   * @throws org.coopkit.error.ValidationException as {@link Builder#build()}
   */
  public static ReportedValue of(String value, List<SourceId> sources) {
    return builder().value(value).sources(sources).build();
  }

  /**
   * Starts a reported value; the value is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.value = value;
    b.sources.addAll(sources);
    b.approximate = approximate;
    b.note = note;
    return b;
  }

  /**
   * The value as text, stripped and in Unicode NFC; one line of at most {@value Limits#TITLE}
   * characters. Two reported values of a fact differ when their texts differ.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * The sources that give this value, in the order they were added, each once.
   *
   * @return the sources; may be empty
   */
  public List<SourceId> sources() {
    return sources;
  }

  /**
   * Whether the sources gave it as an estimate ("about 50").
   *
   * @return {@code true} if approximate
   */
  public boolean approximate() {
    return approximate;
  }

  /**
   * A one-line note: how the value was worded, where in the source it stands. It may quote a
   * person's words: a contact's erasure removes it (see {@link
   * org.coopkit.service.ProvenanceService}).
   *
   * @return the note, or {@code null}
   */
  public @Nullable String note() {
    return note;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportedValue o
        && value.equals(o.value)
        && sources.equals(o.sources)
        && approximate == o.approximate
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, sources, approximate, note);
  }

  /**
   * The value and its sources, for logs.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "ReportedValue[" + value + (approximate ? " (approximate)" : "") + ", " + sources + "]";
  }

  /** Builds a {@link ReportedValue}. */
  public static final class Builder {
    private @Nullable String value;
    private final List<SourceId> sources = new ArrayList<>();
    private boolean approximate;
    private @Nullable String note;

    private Builder() {}

    /**
     * Sets {@link ReportedValue#value()}.
     *
     * @param value the value as text
     * @return this builder
     */
    public Builder value(String value) {
      this.value = requireNonNull(value, "value");
      return this;
    }

    /**
     * Replaces {@link ReportedValue#sources()}.
     *
     * @param sources the sources
     * @return this builder
     */
    public Builder sources(List<SourceId> sources) {
      Validator.replaceAll(this.sources, sources, "sources");
      return this;
    }

    /**
     * Adds a source to {@link ReportedValue#sources()}.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(SourceId source) {
      sources.add(requireNonNull(source, "source"));
      return this;
    }

    /**
     * Sets {@link ReportedValue#approximate()}.
     *
     * @param approximate whether the value is an estimate
     * @return this builder
     */
    public Builder approximate(boolean approximate) {
      this.approximate = approximate;
      return this;
    }

    /**
     * Sets {@link ReportedValue#note()}.
     *
     * @param note the note, or {@code null}
     * @return this builder
     */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Builds the reported value.
     *
     * @return the reported value
     * @throws NullPointerException if the value is missing
     * @throws org.coopkit.error.ValidationException if the value is blank, spans lines or is longer
     *     than {@value Limits#TITLE} characters, the note likewise, or a source is given twice
     */
    public ReportedValue build() {
      return new ReportedValue(this);
    }
  }
}
